<?php
// Render simpleinvoices' templates/invoices/default/template.tpl with Debian's Smarty 3 (smarty3 package).
// usage: php render_si.php data.json out.html
require_once '/usr/share/php/smarty3/Smarty.class.php';
$base = dirname(__DIR__);
require_once "$base/src/simpleinvoices/blade_helpers.php";
$d = json_decode(file_get_contents($argv[1]), true);
global $LANG;
$LANG = array();
require "$base/src/simpleinvoices/lang/" . $d['lang'] . ".lang.excerpt.php";
$locale = $d['number_locale'];   // 'de' => 1.234,56 ; 'en' => 1,234.56

// modifiers as simpleinvoices defines them (include/functions.php / siLocal)
function htmlsafe($s) { return htmlentities((string)$s, ENT_QUOTES, 'UTF-8'); }
function si_number($n, $prec = 2) {
    global $locale;
    return $locale === 'de' ? number_format((float)$n, $prec, ',', '.') : number_format((float)$n, $prec, '.', ',');
}
function si_number_trim($n) { $s = si_number($n); return rtrim(rtrim($s, '0'), $GLOBALS['locale'] === 'de' ? ',' : '.'); }

$smarty = new Smarty();
$smarty->auto_literal = false;       // simpleinvoices templates use "{ if ...}" (Smarty 2 style)
$smarty->setCompileDir(sys_get_temp_dir() . '/si_smarty_c');
$smarty->setTemplateDir("$base/src/simpleinvoices");
$smarty->addPluginsDir(array("$base/src/simpleinvoices/plugins", __DIR__ . '/si_glue'));
$smarty->registerPlugin('modifier', 'htmlsafe', 'htmlsafe');
$smarty->registerPlugin('modifier', 'urlsafe', 'htmlsafe');
$smarty->registerPlugin('modifier', 'outhtml', function ($s) { return (string)$s; });
$smarty->registerPlugin('modifier', 'siLocal_number', 'si_number');
$smarty->registerPlugin('modifier', 'siLocal_number_trim', 'si_number_trim');

// compute totals as simpleinvoices stores them: gross_total = qty*unit_price (net),
// tax_amount per line, invoice.gross = sum(gross_total), total = gross + tax
$items = $d['invoiceItems'];
$gross = 0; $taxes = array();
foreach ($items as &$it) {
    $it['gross_total'] = round($it['quantity'] * $it['unit_price'], 2);
    $it['tax_amount'] = round($it['gross_total'] * $it['tax_rate'] / 100, 2);
    $it['total'] = $it['gross_total'] + $it['tax_amount'];
    $gross += $it['gross_total'];
    $taxes[$it['tax_name']] = ($taxes[$it['tax_name']] ?? 0) + $it['tax_amount'];
}
unset($it);
$inv = $d['invoice'];
$inv['gross'] = round($gross, 2);
$inv['tax_grouped'] = array();
foreach ($taxes as $name => $amt) { $inv['tax_grouped'][] = array('tax_name' => $name, 'tax_amount' => round($amt, 2)); }
$inv['total_tax'] = round(array_sum($taxes), 2);
$inv['total'] = round($inv['gross'] + $inv['total_tax'], 2);
$inv['owing'] = round($inv['total'] - $inv['paid'], 2);
fwrite(STDERR, sprintf("net %.2f tax %.2f total %.2f\n", $inv['gross'], $inv['total_tax'], $inv['total']));

$smarty->assign('LANG', $LANG);
$smarty->assign('css', 'style.css');
$smarty->assign('logo', $d['logo']);
$smarty->assign('preference', $d['preference']);
$smarty->assign('biller', $d['biller']);
$smarty->assign('customer', $d['customer']);
$smarty->assign('invoice', $inv);
$smarty->assign('invoiceItems', $items);
$smarty->assign('invoice_number_of_taxes', count($inv['tax_grouped']));
$smarty->assign('customFieldLabels', $d['customFieldLabels']);
file_put_contents($argv[2], $smarty->fetch('template.tpl'));
