<?php
// realpdf-v18 driver: builds one stand-in invoice object and calls Dolibarr's pdf_crabe::write_file().
// Usage: php make_invoice.php <docname> <builddir>      (data: helper, see invoices_data.php)
$docname = $argv[1];
$builddir = $argv[2];
define('DOL_DOCUMENT_ROOT', __DIR__.'/htdocs');
define('DOL_DATA_ROOT', $builddir.'/documents');
define('DOL_VERSION', '20.0.0');
define('MAIN_DB_PREFIX', 'llx_');
define('TCPDF_PATH', '/usr/share/php/tcpdf/');
define('LANGS_ROOT', __DIR__.'/langs');
date_default_timezone_set('UTC');

require DOL_DOCUMENT_ROOT.'/core/lib/functions.lib.php';
require DOL_DOCUMENT_ROOT.'/core/class/translate.class.php';
require DOL_DOCUMENT_ROOT.'/core/class/hookmanager.class.php';
require __DIR__.'/standin_objects.php';

$db = new DoliDBStandIn();
$conf = new stdClass();
$conf->global = new stdClass();
$conf->global->MAIN_MAX_DECIMALS_UNIT = 5;	// Dolibarr defaults
$conf->global->MAIN_MAX_DECIMALS_TOT = 2;
$conf->global->MAIN_MAX_DECIMALS_SHOWN = 8;
$conf->global->MAIN_DISABLE_TCPDI = 1;		// TCPDI (PDF merge) not shipped by Debian
$conf->currency = 'EUR';
$conf->facture = new stdClass();
$conf->facture->dir_output = DOL_DATA_ROOT.'/facture';
$conf->facture->multidir_output = array();
$conf->mycompany = new stdClass();
$conf->mycompany->dir_output = DOL_DATA_ROOT.'/mycompany';
$conf->mycompany->multidir_output = array();
$user = new User();
$hookmanager = null;

require __DIR__.'/invoices_data.php';
$d = $DOCS[$docname];

$langs = new Translate('', $conf);
$langs->setDefaultLang($d['lang']);
$mysoc = new Societe($db, $d['mysoc']);
$BANKACCOUNTS = $d['bankaccounts'];
$INVOICES_BY_ID = isset($d['invoices_by_id']) ? $d['invoices_by_id'] : array();
$FORMES_JURIDIQUES = array();
foreach ($d['conf'] as $k => $v) {
	$conf->global->$k = $v;
}

$inv = $d['invoice'];
$inv['thirdparty'] = new Societe($db, $d['thirdparty']);
$lines = array();
foreach ($inv['lines'] as $l) {
	$lines[] = new FactureLigne($l);
}
$inv['lines'] = $lines;
$object = new Facture($db, $inv);

require DOL_DOCUMENT_ROOT.'/core/modules/facture/doc/pdf_crabe.modules.php';
$model = new pdf_crabe($db);
$outputlangs = $langs;
$res = $model->write_file($object, $outputlangs);
if ($res <= 0) {
	fwrite(STDERR, "write_file failed: ".$model->error."\n");
	exit(1);
}
echo $model->result['fullpath']."\n";
