<?php
// Helper renderer (not Akaunting code): a minimal Blade compiler for the directives this view uses
// (@extends/@section/@stack/@push/@if/@foreach/{{ }}/{!! !!}/@money), with Akaunting 1.x helpers
// setting(), trans(), trans_choice(), Date::parse() and akaunting/money formatting emulated.
// usage: php render_akaunting.php <invoice.blade.php> <lang.php> <invoice.css> <data.json> <out.html>
list(, $tplFile, $langFile, $cssFile, $dataFile, $out) = $argv;
$LANGS = require $langFile;
$D = json_decode(file_get_contents($dataFile), true);
$GLOBALS['LANGS'] = $LANGS; $GLOBALS['D'] = $D;
function setting($k) { return isset($GLOBALS['D']['settings'][$k]) ? $GLOBALS['D']['settings'][$k] : ''; }
function trans($k) { $p = explode('.', $k, 2); $L = $GLOBALS['LANGS'];
    return (count($p) == 2 && isset($L[$p[0]][$p[1]])) ? $L[$p[0]][$p[1]] : $k; }
function trans_choice($k, $n) { $parts = array_map('trim', explode('|', trans($k))); return $n == 1 ? $parts[0] : end($parts); }
function e($s) { return htmlspecialchars((string)$s, ENT_QUOTES, 'UTF-8'); }
class Date { public $t; static function parse($s) { $d = new Date(); $d->t = strtotime($s); return $d; }
             function format($f) { return date($f, $this->t); } }
function money_fmt($amount, $code) {   // akaunting/money Money::format() with the currency's settings
    $c = $GLOBALS['D']['currencies'][$code];
    $s = number_format($amount, $c['precision'], $c['decimal_mark'], $c['thousands_separator']);
    return $c['symbol_first'] ? $c['symbol'] . $s : $s . ' ' . $c['symbol'];
}
$src = file_get_contents($tplFile);
// take the 'content' section (the view extends layouts.invoice, which yields it inside div.wrapper)
preg_match("/@section\('content'\)(.*?)@endsection/s", $src, $m); $body = $m[1];
preg_match("/@section\('title', (.*?)\)\n/", $src, $tm); $titleExpr = $tm[1];
$c = $body;
$c = preg_replace('/@stack\((.*?)\)/', '', $c);
$c = preg_replace('/@money\((.*?), (.*?), true\)/', '<?php echo e(money_fmt($1, $2)); ?>', $c);
$c = preg_replace('/\{!!\s*(.*?)\s*!!\}/', '<?php echo $1; ?>', $c);
$c = preg_replace('/\{\{\s*(.*?)\s*\}\}/', '<?php echo e($1); ?>', $c);
$c = preg_replace('/@if\s*\((.*)\)\s*$/m', '<?php if ($1): ?>', $c);
$c = preg_replace('/@foreach\s*\((.*)\)\s*$/m', '<?php foreach ($1): ?>', $c);
$c = str_replace(array('@endif', '@else', '@endforeach'), array('<?php endif; ?>', '<?php else: ?>', '<?php endforeach; ?>'), $c);
// view data (as InvoicesController::printInvoice/pdfInvoice prepares it)
$inv = json_decode(json_encode($D['invoice']));
$sub = 0; foreach ($inv->items as $it) { $it->total = round($it->quantity * $it->price, 2); $sub += $it->total; }
$taxAmt = round($sub * $D['tax']['rate'] / 100, 2);
$inv->totals = array(
  (object)array('code' => 'sub_total', 'name' => 'invoices.sub_total', 'title' => 'invoices.sub_total', 'amount' => $sub),
  (object)array('code' => 'tax', 'name' => $D['tax']['name'], 'title' => $D['tax']['name'], 'amount' => $taxAmt),
  (object)array('code' => 'total', 'name' => 'invoices.total', 'title' => 'invoices.total', 'amount' => $sub + $taxAmt));
$invoice = $inv; $logo = $D['logo']; $date_format = setting('general.date_format');
$text_override = array('items' => 'general.items', 'quantity' => 'invoices.quantity', 'price' => 'invoices.price');
ob_start(); eval('?>' . $c); $content = ob_get_clean();
$title = eval('return ' . $titleExpr . ';');
$css = file_get_contents($cssFile);
$html = '<html lang="' . setting('general.default_locale') . '">' . "\n<head>\n<meta charset=\"utf-8\">\n<title>" . e($title) . ' - ' . e(setting('general.company_name')) .
  "</title>\n<style>\n@page { size: A4; margin: 12mm; }\n" . $css . "/* helper: weasyprint adds cell padding outside percentage widths in fixed layout */\n.lines th, .lines td { box-sizing: border-box; }\n</style>\n</head>\n<body>\n" .
  '<div class="wrapper" style="margin-left: 0; page-break-after: always;">' . $content . "</div>\n</body>\n</html>\n";
file_put_contents($out, $html);
fwrite(STDERR, sprintf("subtotal %.2f tax %.2f total %.2f\n", $sub, $taxAmt, $sub + $taxAmt));
