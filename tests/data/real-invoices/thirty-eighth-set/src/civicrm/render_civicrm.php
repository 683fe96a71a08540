<?php
// Helper renderer (not CiviCRM code): emulates CiviCRM's message-template pipeline for the
// contribution_invoice_receipt template: 1) TokenProcessor replaces {domain.*}/{contact.*}/{contribution.*}
// tokens, 2) Smarty evaluates the result with CiviCRM's {ts} block and crmMoney/crmNumberFormat modifiers.
// usage: php render_civicrm.php <smarty4 dir> <template.tpl> <data.json> <out.html>
list(, $smartyDir, $tpl, $dataFile, $out) = $argv;
require $smartyDir . '/Smarty.class.php';
$D = json_decode(file_get_contents($dataFile), true);
$GLOBALS['CUR'] = $D['currency_symbol'];
function civi_money($x) { return $GLOBALS['CUR'] . number_format((float)$x, 2, '.', ','); }   // en_US locale
function civi_date_full($iso) { $t = strtotime($iso); return date('F jS, Y', $t); }            // "%B %E%f, %Y"
$text = file_get_contents($tpl);
$tok = $D['tokens'];
$text = preg_replace_callback('/\{(domain|contact|contribution)\.([a-zA-Z0-9_.:]+)(\|[^}]*)?\}/', function ($m) use ($tok, $D) {
    $key = $m[1] . '.' . $m[2]; $filter = isset($m[3]) ? $m[3] : '';
    if (!array_key_exists($key, $tok)) { fwrite(STDERR, "missing token $key\n"); return ''; }
    $v = $tok[$key];
    if ($filter === '|crmDate:"Full"') return civi_date_full($v);
    if ($filter === '|boolean') return $v ? '1' : '0';
    if (in_array($m[2], array('tax_exclusive_amount', 'total_amount', 'paid_amount', 'balance_amount'))) return civi_money($v);
    return (string)$v;
}, $text);
$smarty = new Smarty();
$smarty->setCompileDir(sys_get_temp_dir() . '/civi_smarty_c');
$smarty->registerPlugin('block', 'ts', function ($params, $content, $tpl, &$repeat) {
    if ($content === null) return '';
    foreach ($params as $k => $v) $content = str_replace('%' . $k, $v, $content);
    return $content;
});
$smarty->registerPlugin('modifier', 'crmMoney', function ($x, $cur = null) { return civi_money($x); });
$smarty->registerPlugin('modifier', 'crmNumberFormat', function ($x) { return rtrim(rtrim(number_format((float)$x, 3, '.', ','), '0'), '.'); });
$smarty->assign('config', (object)array('empoweredBy' => $D['empoweredBy']));
$smarty->assign('resourceBase', $D['resourceBase']);
$smarty->assign('currency', $D['currency']);
$smarty->assign('userText', '');
$smarty->assign('notes', $D['notes']);
$smarty->assign('dueDate', $D['dueDate']);
$lines = array(); $breakdown = array(); $sub = 0; $tax = 0;
foreach ($D['lines'] as $l) {
    $lt = round($l['qty'] * $l['unit_price'], 2); $ta = round($lt * $l['tax_rate'] / 100, 2);
    $lines[] = array('title' => $l['title'], 'qty' => $l['qty'], 'unit_price' => $l['unit_price'], 'tax_rate' => $l['tax_rate'],
                     'tax_amount' => $ta, 'line_total' => $lt);
    $k = rtrim(rtrim(number_format($l['tax_rate'], 2, '.', ''), '0'), '.');
    if (!isset($breakdown[$k])) $breakdown[$k] = array('amount' => 0);
    $breakdown[$k]['amount'] += $ta; $sub += $lt; $tax += $ta;
}
$smarty->assign('lineItems', $lines);
$smarty->assign('taxRateBreakdown', $breakdown);
$html = $smarty->fetch('string:' . $text);
$css = '<style>@page { size: A4; margin: 0.75in; } body { font-family: Arial, "Liberation Sans", sans-serif; } font[size="1"] { font-size: x-small; } font[size="4"] { font-size: large; } /* HTML font-size hints, unsupported by weasyprint */</style>';
$html = str_replace('</head>', $css . "\n</head>", $html);
file_put_contents($out, $html);
fwrite(STDERR, sprintf("subtotal %.2f tax %.2f total %.2f (token total %.2f)\n", $sub, $tax, $sub + $tax, $tok['contribution.total_amount']));
