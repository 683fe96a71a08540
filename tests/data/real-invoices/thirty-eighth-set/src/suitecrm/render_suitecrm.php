<?php
// Helper renderer (not SuiteCRM code): loads the SuiteCRM AOS PDF sample template class, fills it the way
// modules/AOS_PDF_Templates/generatePdf.php + templateParser.php do, and writes HTML for weasyprint
// (SuiteCRM itself renders with mPDF; {PAGENO}/{DATE} in the footer are mPDF features, emulated here).
// usage: php render_suitecrm.php <ge_ge|en_us> <template.php> <data.json> <out.html>
list(, $lang, $tpl, $dataFile, $out) = $argv;
require __DIR__ . '/lang_excerpts.php';
$D = json_decode(file_get_contents($dataFile), true);
$GLOBALS['L'] = $LANG; $GLOBALS['lang'] = $lang;
function translate($key, $module = 'app') {
    $L = $GLOBALS['L']; $lang = $GLOBALS['lang'];
    if (isset($L[$lang][$module][$key])) return $L[$lang][$module][$key];
    return $L['en_us'][$module][$key];           // default-language fallback
}
class TemplateSampleService { static function getAbsoluteLogoUrl() { return 'company_logo.png'; } }
class _Theme { function getImageURL($f) { return $f; } }
class SugarThemeRegistry { static function current() { return new _Theme(); } }
class _Locale { public $fmt; function getPrecedentPreference($p) { return $this->fmt; } }
$locale = new _Locale(); $locale->fmt = $D['user']['date_format'];
$GLOBALS['locale'] = $locale;
$src = file_get_contents($tpl);
$src = str_replace("require_once __DIR__ . '/../TemplateSampleService.php';", '', $src);
eval('?>' . $src);
$t = new smpl_Invoice_Sample();
$text = $t->getBody(); $footer = $t->getFooter();

// generatePdf.php: whitespace collapse, then variable renames
$text = preg_replace('/([\r\n])[\s]+/', '\1', $text);
$footer = preg_replace('/([\r\n])[\s]+/', '\1', $footer);
$v = 'aos_invoices';
foreach (array('total_amt','discount_amount','subtotal_amount','tax_amount','shipping_amount','total_amount') as $f)
    $text = str_replace('$' . $f, '$' . $v . '_' . $f, $text);

$dec = $D['user']['dec_sep']; $th = $D['user']['num_grp_sep'];
function money($x) { global $dec, $th; return number_format($x, 2, $dec, $th); }      // currency_format_number(.., no symbol)
function trimnum($x) { global $dec, $th; return rtrim(rtrim(number_format($x, 2, $dec, $th), '0'), $dec); }
function subst($s, $arr) {   // templateParser::parse_template_bean (krsort, empty handling)
    krsort($arr);
    foreach ($arr as $name => $value) {
        if ($value !== '' && is_string($value)) $s = str_replace('$' . $name, $value, $s);
        elseif (strpos($name, 'address') > 0) { $s = str_replace(array("\$$name<br />", "\$$name <br />", "\$$name"), '', $s); }
        else $s = str_replace('$' . $name, '&nbsp;', $s);
    }
    return $s;
}
// populate_product_lines / populate_service_lines: repeat the row holding the line variables
preg_match('#<tr>\n<td[^>]*>\$aos_products_quotes_product_qty.*?</tr>\n#s', $text, $m); $prodRow = $m[0];
preg_match('#<tr>\n<td[^>]*>\$aos_services_quotes_name.*?</tr>\n#s', $text, $m); $servRow = $m[0];
$rows = ''; $srows = '';
$sum_list = 0; $sum_tax = 0;
foreach ($D['lines'] as $ln) {
    $tot = round($ln['qty'] * $ln['list_price'], 2); $vat = round($tot * $ln['vat'] / 100, 2);
    $sum_list += $tot; $sum_tax += $vat;
    $vals = array(
        'aos_products_quotes_product_qty' => trimnum($ln['qty']),
        'aos_products_quotes_name' => $ln['name'],
        'aos_products_description' => isset($ln['description']) ? $ln['description'] : '',
        'aos_products_quotes_product_list_price' => money($ln['list_price']),
        'aos_products_quotes_product_discount' => '',
        'aos_products_quotes_product_unit_price' => money($ln['list_price']),
        'aos_products_quotes_vat' => trimnum($ln['vat']) . '%',
        'aos_products_quotes_product_total_price' => money($tot),
        'aos_services_quotes_name' => $ln['name'],
        'aos_services_quotes_service_list_price' => money($ln['list_price']),
        'aos_services_quotes_service_discount' => '',
        'aos_services_quotes_service_unit_price' => money($ln['list_price']),
        'aos_services_quotes_vat' => trimnum($ln['vat']) . '%',
        'aos_services_quotes_service_total_price' => money($tot),
    );
    if ($ln['type'] == 'product') $rows .= subst($prodRow, $vals); else $srows .= subst($servRow, $vals);
}
$text = str_replace($prodRow, $rows, $text);
$text = str_replace($servRow, $srows, $text);
$inv = $D['invoice'];
$total = $sum_list + $sum_tax + $inv['shipping'];
$hdr = array(
    'aos_invoices_billing_account' => $inv['billing_account'],
    'aos_invoices_billing_address_street' => str_replace("\n", '<br />', $inv['street']),
    'aos_invoices_billing_address_city' => $inv['city'],
    'aos_invoices_billing_address_state' => $inv['state'],
    'aos_invoices_billing_address_postalcode' => $inv['postalcode'],
    'aos_invoices_modified_by_name' => $inv['modified_by_name'],
    'aos_invoices_date_entered' => explode(' ', $inv['date_entered'])[0],
    'aos_invoices_due_date' => $inv['due_date'],
    'aos_invoices_number' => (string)$inv['number'],
    'aos_invoices_total_amt' => money($sum_list),
    'aos_invoices_discount_amount' => money(0),
    'aos_invoices_subtotal_amount' => money($sum_list),
    'aos_invoices_tax_amount' => money($sum_tax),
    'aos_invoices_shipping_amount' => money($inv['shipping']),
    'aos_invoices_total_amount' => money($total),
);
$text = subst($text, $hdr);
// mPDF footer tokens
$footer = str_replace('{PAGENO}', '<span class="pageno"></span>', $footer);
$footer = preg_replace_callback('/\{DATE\s+(.*?)\}/', function ($mm) use ($D) { return date($mm[1], strtotime($D['generated_on'])); }, $footer);
$css = '@page { size: A4; margin: 16mm 15mm 16mm 15mm; @bottom-center { content: element(footer); width: 100%; } }
body { font-family: "DejaVu Sans Condensed", "DejaVu Sans"; font-size: 9pt; }
table { max-width: 100%; }
#footer { position: running(footer); font-size: 9pt; width: 100%; }
.pageno::after { content: counter(page); }';
file_put_contents($out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" . translate('LBL_PDF_NAME', 'AOS_Invoices') . ' ' . $inv['number'] .
  "</title><style>$css</style></head><body>\n<div id=\"footer\">$footer</div>\n$text\n</body></html>\n");
fwrite(STDERR, sprintf("subtotal %.2f tax %.2f total %.2f\n", $sum_list, $sum_tax, $total));
