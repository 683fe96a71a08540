<?php
// realpdf-v18 invoice data (data: helper). Identifiers are fictitious but pass their checksums:
// SIREN/SIRET Luhn, FR VAT key (12 + 3*(SIREN mod 97)) mod 97, RIB key and IBAN mod-97.
function ts($y, $m, $d)
{
	return gmmktime(12, 0, 0, $m, $d, $y);
}
function line($desc, $qty, $pu, $rate)
{
	$ht = round($qty * $pu, 2);
	$tva = round($ht * $rate / 100, 2);
	return array('desc' => $desc, 'qty' => $qty, 'subprice' => $pu, 'tva_tx' => sprintf('%.3f', $rate),
		'total_ht' => $ht, 'total_tva' => $tva, 'total_ttc' => $ht + $tva, 'product_type' => 1);
}
function totals($inv)
{
	$inv['total_ht'] = $inv['total_tva'] = $inv['total_ttc'] = 0;
	foreach ($inv['lines'] as $l) {
		$inv['total_ht'] += $l['total_ht'];
		$inv['total_tva'] += $l['total_tva'];
		$inv['total_ttc'] += $l['total_ttc'];
	}
	return $inv;
}

$SOC_ANR = array('id' => 1, 'name' => 'Atelier Numérique du Rhône', 'address' => '12 rue de la Charité', 'zip' => '69002', 'town' => 'Lyon',
	'country' => 'France', 'country_code' => 'FR', 'email' => 'facturation@atelier-numerique-rhone.fr',
	'idprof1' => '812345676', 'idprof2' => '81234567600017', 'idprof4' => 'Lyon B 812 345 676',
	'tva_intra' => 'FR19812345676', 'tva_assuj' => 1, 'capital' => '10000');
$BANK_ANR = array(1 => array('bank' => 'BNP Paribas', 'code_banque' => '30004', 'code_guichet' => '00819', 'number' => '00010245781',
	'cle_rib' => '08', 'domiciliation' => 'BNP PARIBAS LYON BELLECOUR', 'owner_name' => 'Atelier Numérique du Rhône',
	'iban' => 'FR7630004008190001024578108', 'bic' => 'BNPAFRPPXXX'));
$CLI_MARTIN = array('id' => 7, 'name' => 'Boulangerie Martin SARL', 'address' => '8 place Bellecour', 'zip' => '69002', 'town' => 'Lyon',
	'country' => 'France', 'country_code' => 'FR', 'code_client' => 'CU2404-00012');

$DOCS = array();

$DOCS['v18-01'] = array('lang' => 'fr_FR', 'mysoc' => $SOC_ANR, 'bankaccounts' => $BANK_ANR, 'thirdparty' => $CLI_MARTIN,
	'conf' => array('FACTURE_RIB_NUMBER' => 1),
	'invoice' => totals(array('id' => 42, 'ref' => 'FA2405-0042', 'type' => 0, 'date' => ts(2024, 5, 14), 'date_lim_reglement' => ts(2024, 6, 13),
		'cond_reglement_code' => '30D', 'mode_reglement_code' => 'VIR', 'fk_account' => 1,
		'lines' => array(
			line('Développement site vitrine (5 pages, responsive)', 1, 2400, 20),
			line('Hébergement et maintenance - 12 mois', 1, 180, 20),
			line('Formation back-office (demi-journée)', 2, 350, 20),
		))));

$DOCS['v18-02'] = array('lang' => 'fr_FR',
	'mysoc' => array('id' => 1, 'name' => 'Claire Dubois Traduction', 'address' => '5 impasse des Tilleuls', 'zip' => '35000', 'town' => 'Rennes',
		'country' => 'France', 'country_code' => 'FR', 'email' => 'contact@dubois-traduction.fr',
		'idprof1' => '890123458', 'idprof2' => '89012345800014', 'tva_assuj' => 0),
	'bankaccounts' => array(2 => array('bank' => 'Crédit Mutuel', 'code_banque' => '10278', 'code_guichet' => '07300', 'number' => '00020412345',
		'cle_rib' => '16', 'domiciliation' => 'CCM RENNES CENTRE', 'owner_name' => 'Claire Dubois',
		'iban' => 'FR7610278073000002041234516', 'bic' => 'CMCIFR2A')),
	'thirdparty' => array('id' => 3, 'name' => 'Éditions du Littoral SAS', 'address' => '27 quai Duguay-Trouin', 'zip' => '35400', 'town' => 'Saint-Malo',
		'country' => 'France', 'country_code' => 'FR', 'code_client' => 'CU2409-00003'),
	'conf' => array('FACTURE_RIB_NUMBER' => 2),
	'invoice' => totals(array('id' => 7, 'ref' => 'FA2409-0007', 'type' => 0, 'date' => ts(2024, 9, 3), 'date_lim_reglement' => ts(2024, 9, 3),
		'cond_reglement_code' => 'RECEP', 'mode_reglement_code' => 'VIR', 'fk_account' => 2,
		'lines' => array(
			line('Traduction FR > EN - contrat de distribution (4 200 mots)', 4200, 0.09, 0),
			line('Relecture et mise en page', 1, 120, 0),
		))));

$DOCS['v18-03'] = array('lang' => 'fr_FR', 'mysoc' => $SOC_ANR, 'bankaccounts' => $BANK_ANR, 'thirdparty' => $CLI_MARTIN,
	'conf' => array('FACTURE_RIB_NUMBER' => 1),
	'invoices_by_id' => array(42 => 'FA2405-0042'),
	'invoice' => totals(array('id' => 51, 'ref' => 'AV2406-0003', 'type' => 2, 'fk_facture_source' => 42, 'date' => ts(2024, 6, 10),
		'date_lim_reglement' => ts(2024, 6, 10), 'mode_reglement_code' => 'VIR', 'fk_account' => 1,
		'lines' => array(
			line('Hébergement et maintenance - 6 mois non utilisés', 1, -90, 20),
			line('Geste commercial sur la formation back-office', 1, -100, 20),
		))));

$SOC_ANR_DE = $SOC_ANR;
$SOC_ANR_DE['country'] = 'Frankreich';	// $mysoc->country is the country label in the user's language
unset($SOC_ANR_DE['idprof4']);
$DOCS['v18-04'] = array('lang' => 'de_DE', 'mysoc' => $SOC_ANR_DE, 'bankaccounts' => $BANK_ANR,
	'thirdparty' => array('id' => 12, 'name' => 'Weber & Söhne GmbH', 'address' => 'Hauptstraße 14', 'zip' => '79539', 'town' => 'Lörrach',
		'country' => 'Deutschland', 'country_code' => 'DE', 'code_client' => 'CU2407-00021'),
	'conf' => array('FACTURE_RIB_NUMBER' => 1),
	'invoice' => totals(array('id' => 58, 'ref' => 'FA2407-0058', 'type' => 0, 'date' => ts(2024, 7, 22), 'date_lim_reglement' => ts(2024, 8, 21),
		'cond_reglement_code' => '30D', 'mode_reglement_code' => 'VIR', 'fk_account' => 1,
		'lines' => array(
			line('Mehrsprachige Website (DE/FR) - Umsetzung', 1, 3150, 20),
			line('Schulung Redaktionssystem (1 Tag, vor Ort in Lyon)', 1, 650, 20),
			line('Hosting 12 Monate', 1, 180, 20),
		))));
