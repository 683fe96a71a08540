<?php
// usage: php run.php BUILD_DIR DATA.json > out.pdf
error_reporting(E_ALL & ~E_DEPRECATED);
ini_set('display_errors', 'stderr');
$sBuild = $argv[1];
$GLOBALS['v43data'] = $aData = json_decode(file_get_contents($argv[2]), true);
date_default_timezone_set('Europe/Berlin');
require __DIR__ . '/standins.php';

// language: the module's own language file (de / en)
$aLang = array();
require $sBuild . '/mod/invoicepdf_lang.' . $aData['lang'] . '.php';
oxRegistry::$oLang = new oxLang();
oxRegistry::$oLang->aLang = $aLang;

// config: shop currency (OXID default currency definition "EUR@ 1.00@ ,@ .@ €@ 2"), payment term
$oConfig = new oxConfig();
$oConfig->aParams = array('sCoreDir' => $sBuild . '/core/', 'sShopURL' => 'http://localhost', 'iPaymentTerm' => $aData['payment_term'], 'blShowVATForDelivery' => false);
$oCur = new stdClass();
$oCur->name = 'EUR'; $oCur->rate = '1.00'; $oCur->dec = ','; $oCur->thousand = '.'; $oCur->sign = '€'; $oCur->decimal = 2;
$oConfig->oCur = $oCur;
$oConfig->sImageDir = $sBuild . '/img';
oxRegistry::$oConfig = $oConfig;

require $sBuild . '/mod/oxpdf.php';
require $sBuild . '/mod/invoicepdfblock.php';
require $sBuild . '/mod/invoicepdfarticlesummary.php';
require $sBuild . '/mod/invoicepdfoxorder.php';

$oOrder = new InvoicepdfOxOrder();
$oOrder->v43Load($aData);
$oOrder->genPdf('invoice.pdf', $aData['lang'] == 'de' ? 0 : 1);
