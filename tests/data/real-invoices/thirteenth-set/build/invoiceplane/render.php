<?php
// Minimal stand-ins for the CodeIgniter/InvoicePlane helpers that the PDF view calls.
// Usage: php render.php DATA.json > out.html
// The view file itself (src/invoiceplane/application/views/invoice_templates/pdf/InvoicePlane.php) is included unchanged.
$ROOT = realpath(__DIR__ . '/../../src/invoiceplane');
$data = json_decode(file_get_contents($argv[1]), true);
$SETTINGS = $data['settings'];

// language: the chosen language file, falling back to english for keys it lacks
$LANG = [];
foreach (['english', $data['language']] as $l) {
    $f = "$ROOT/application/language/$l/ip_lang.php";
    if (is_file($f)) { $lang = []; include $f; $LANG = array_merge($LANG, $lang); }
}
function lang($key) { global $LANG; return $LANG[$key] ?? false; }   // CodeIgniter returns FALSE for unknown keys
function base_url() { global $ROOT; return 'file://' . $ROOT . '/'; }
function invoice_logo_pdf() { return ''; }                          // no logo uploaded
function get_country_name($cldr, $code) { return Locale::getDisplayRegion('-' . $code, $cldr); }
// date_helper.php: date_from_mysql()
function date_from_mysql($date, $ignore_post_check = false) {
    global $SETTINGS;
    if ($date) { $d = DateTime::createFromFormat('Y-m-d', $date); return $d->format($SETTINGS['date_format']); }
    return '';
}
// number_helper.php: format_currency() / format_amount() (tax_rate_decimal_places = 2)
function format_currency($amount) {
    global $SETTINGS;
    $s = $SETTINGS['currency_symbol']; $p = $SETTINGS['currency_symbol_placement'];
    $t = $SETTINGS['thousands_separator']; $dp = $SETTINGS['decimal_point'];
    $dec = $dp ? 2 : 0;
    if ($p == 'before') return $s . number_format((float)$amount, $dec, $dp, $t);
    if ($p == 'afterspace') return number_format((float)$amount, $dec, $dp, $t) . '&nbsp;' . $s;
    return number_format((float)$amount, $dec, $dp, $t) . $s;
}
function format_amount($amount = null) {
    global $SETTINGS;
    if ($amount) { $dp = $SETTINGS['decimal_point']; return number_format((float)$amount, $dp ? 2 : 0, $dp, $SETTINGS['thousands_separator']); }
}
$toObj = function ($a) { return json_decode(json_encode($a)); };
$invoice = $toObj($data['invoice']);
$items = array_map($toObj, $data['items']);
$invoice_tax_rates = array_map($toObj, $data['invoice_tax_rates']);
$payment_method = $data['payment_method'] ? $toObj($data['payment_method']) : null;
$show_discounts = $data['show_discounts'];
include "$ROOT/application/views/invoice_templates/pdf/InvoicePlane.php";
