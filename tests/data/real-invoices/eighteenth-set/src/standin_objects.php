<?php
// realpdf-v18 STAND-IN business objects (Dolibarr normally loads them from its database).
class DoliDBStandIn
{
	public function query($sql)
	{
		return true;	// lists of payments / credit notes used: none
	}
	public function num_rows($res)
	{
		return 0;
	}
	public function fetch_object($res)
	{
		return false;
	}
	public function jdate($d)
	{
		return $d;
	}
	public function lasterror()
	{
		return '';
	}
}
class Societe
{
	public $id, $name, $name_alias, $address, $zip, $town, $country, $country_code, $phone, $fax, $email, $url;
	public $idprof1, $idprof2, $idprof3, $idprof4, $idprof5, $idprof6, $tva_intra, $tva_assuj = 1, $capital;
	public $forme_juridique_code, $managers, $code_client, $logo, $state_id, $note_public;
	public function __construct($db = null, $data = array())
	{
		foreach ($data as $k => $v) {
			$this->$k = $v;
		}
	}
	public function getFullAddress()
	{
		return dol_format_address($this);
	}
}
class User
{
	public $id = 1;
	public $conf;
	public function __construct()
	{
		$this->conf = new stdClass();
	}
	public function getFullName($langs)
	{
		return 'Admin';
	}
}
class Account
{
	public $bank, $code_banque, $code_guichet, $number, $cle_rib, $domiciliation, $address, $owner_name, $owner_address, $iban, $bic;
	public $country_code = 'FR';
	public function __construct($db)
	{
	}
	public function fetch($id)
	{
		global $BANKACCOUNTS;
		foreach ($BANKACCOUNTS[$id] as $k => $v) {
			$this->$k = $v;
		}
		return 1;
	}
	public function getCountryCode()
	{
		return $this->country_code;
	}
	// Dolibarr's Account::useDetailedBBAN(): 1 (bank code/desk/number/key) for FR among others
	public function useDetailedBBAN()
	{
		return in_array($this->country_code, array('FR', 'ES', 'GA', 'IT', 'NC')) ? 1 : 0;
	}
	public function getFieldsToShow()
	{
		return array('BankCode', 'DeskCode', 'BankAccountNumber', 'BankAccountNumberKey');
	}
}
class FactureLigne
{
	public $fk_product = 0, $label = '', $product_label = '', $desc = '', $qty, $subprice, $tva_tx, $vat_src_code = '';
	public $total_ht, $total_tva, $total_ttc, $total_localtax1 = 0, $total_localtax2 = 0, $localtax1_tx = 0, $localtax2_tx = 0;
	public $localtax1_type = '', $localtax2_type = '', $remise_percent = 0, $info_bits = 0, $special_code = 0, $product_type = 1;
	public $situation_percent = 100, $date_start = '', $date_end = '', $fk_parent_line = 0;
	public function __construct($data = array())
	{
		foreach ($data as $k => $v) {
			$this->$k = $v;
		}
	}
	public function get_prev_progress($invoiceid, $include_credit_note = true)
	{
		return 0;
	}
}
class Facture
{
	const STATUS_DRAFT = 0;
	const STATUS_VALIDATED = 1;
	const CLOSECODE_DISCOUNTVAT = 'discount_vat';
	public $element = 'facture';
	public $id, $ref, $ref_customer = '', $type = 0, $status = 1, $date, $date_lim_reglement, $date_pointoftax;
	public $thirdparty, $lines = array(), $total_ht, $total_tva, $total_ttc, $revenuestamp = 0, $remise = 0;
	public $cond_reglement_code = '', $cond_reglement = '', $cond_reglement_doc = '', $cond_reglement_label = '';
	public $mode_reglement_code = '', $mode_reglement = '', $fk_account = 0, $fk_bank = 0, $fk_facture_source = 0;
	public $note_public = '', $specimen = 0, $entity = 1, $multicurrency_tx = 1, $multicurrency_code = 'EUR';
	public $situation_cycle_ref = 0, $paye = 0, $close_code = '', $context = array(), $linkedObjects = array();
	public function __construct($db = null, $data = array())
	{
		foreach ($data as $k => $v) {
			$this->$k = $v;
		}
	}
	public function fetch($id)
	{
		global $INVOICES_BY_ID;	// used for the source invoice of a credit note
		$this->id = $id;
		$this->ref = $INVOICES_BY_ID[$id];
		return 1;
	}
	public function fetch_thirdparty()
	{
		return 1;
	}
	public function getSommePaiement($multicurrency = 0)
	{
		return 0;
	}
	public function getSumCreditNotesUsed($multicurrency = 0)
	{
		return 0;
	}
	public function getSumDepositsUsed($multicurrency = 0)
	{
		return 0;
	}
	public function getListOfPayments()
	{
		return array();
	}
	public function getIdContact($source, $code)
	{
		return array();
	}
	public function getIdReplacingInvoice($option = '')
	{
		return 0;
	}
	public function displayRetainedWarranty()
	{
		return false;
	}
	public function fetchObjectLinked()
	{
		return 1;
	}
}
