<?php
// Render a Crater / InvoiceShelf invoice Blade template with php-dompdf (Debian), the way
// Crater does (barryvdh/laravel-dompdf -> Dompdf, A4, 96 dpi).
// Usage: php render.php <viewroot> <template> <locale-keys.json> <data.json> <out.pdf> [out.html]
// viewroot holds invoiceN.blade.php and partials/table.blade.php.
// Everything in this file is a minimal stand-in for the Laravel app (helper code).

namespace App\Models {
    class Invoice
    {   // constants as in Crater/InvoiceShelf app/Models/Invoice.php
        const STATUS_UNPAID = 'UNPAID';
        const STATUS_PARTIALLY_PAID = 'PARTIALLY_PAID';
        const STATUS_PAID = 'PAID';
    }
}

namespace {
require '/usr/share/php/dompdf/autoload.php';
require __DIR__ . '/blade2php.php';

[$_, $VIEWROOT, $TEMPLATE, $LOCALE_FILE, $DATA_FILE, $OUT_PDF] = $argv;
$OUT_HTML = $argv[6] ?? null;
$GLOBALS['LANG'] = json_decode(file_get_contents($LOCALE_FILE), true);
$GLOBALS['VIEWROOT'] = $VIEWROOT;
$GLOBALS['BUILD'] = sys_get_temp_dir() . '/v20-blade-' . getmypid();
@mkdir($GLOBALS['BUILD']);

class App
{
    public static function isLocale($l) { return $GLOBALS['LOCALE'] === $l; }
}

// Laravel's e(): htmlspecialchars with ENT_QUOTES, UTF-8, double encode
function e($v) { return htmlspecialchars((string) $v, ENT_QUOTES, 'UTF-8', true); }
// JSON translation lookup (Laravel __() with the app's locale json)
function __($key) { return $GLOBALS['LANG'][$key] ?? $key; }

function blade_view($name)
{
    // 'app.pdf.invoice.partials.table' -> <viewroot>/partials/table.blade.php
    $rel = str_replace('app.pdf.invoice.', '', $name);
    $src = $GLOBALS['VIEWROOT'] . '/' . str_replace('.', '/', $rel) . '.blade.php';
    $dst = $GLOBALS['BUILD'] . '/' . md5($src) . '.php';
    file_put_contents($dst, blade_compile(file_get_contents($src)));
    return $dst;
}

// format_money_pdf as in Crater app/Space/helpers.php (amounts in cents)
function format_money_pdf($money, $currency = null)
{
    $money = $money / 100;
    $format_money = number_format(
        $money,
        $currency->precision,
        $currency->decimal_separator,
        $currency->thousand_separator
    );
    $currency_with_symbol = '';
    if ($currency->swap_currency_symbol) {
        $currency_with_symbol = $format_money.'<span style="font-family: DejaVu Sans;">'.$currency->symbol.'</span>';
    } else {
        $currency_with_symbol = '<span style="font-family: DejaVu Sans;">'.$currency->symbol.'</span>'.$format_money;
    }
    return $currency_with_symbol;
}

// getFormattedString as in Crater app/Traits/GeneratesPdfTrait.php
function getFormattedString($format, $values)
{
    foreach ($values as $k => $v) { $values[$k] = htmlspecialchars((string) $v, ENT_QUOTES, 'UTF-8'); }
    $str = nl2br(strtr($format, $values));
    $str = preg_replace('/{(.*?)}/', '', $str);
    $str = preg_replace("/<[^\/>]*>([\s]?)*<\/[^>]*>/", '', $str);
    $str = str_replace("<p>", "", $str);
    $str = str_replace("</p>", "</br>", $str);
    return $str;
}

function to_obj($a) { return json_decode(json_encode($a)); }

$D = json_decode(file_get_contents($DATA_FILE), true);
$GLOBALS['LOCALE'] = $D['locale'];
$fmt = $D['carbon_date_format'];
$inv = $D['invoice'];
$inv['formattedInvoiceDate'] = date($fmt, strtotime($inv['invoice_date']));
$inv['formattedDueDate'] = date($fmt, strtotime($inv['due_date']));
$invoice = to_obj($inv);
// item totals and invoice totals are computed like Crater's front-end and stored in cents;
// here they are given in the data file and checked:
$sum = 0; foreach ($invoice->items as $it) { $sum += $it->total; }
if ($sum != $invoice->sub_total) { fwrite(STDERR, "sub_total mismatch $sum\n"); exit(1); }

$fields = $D['fields'];
$company_address = getFormattedString($D['formats']['company'], $fields);
$billing_address = getFormattedString($D['formats']['billing'], $fields);
$shipping_address = getFormattedString($D['formats']['shipping'], $fields);
$notes = getFormattedString($D['notes'], $fields);
$logo = null;
$customFields = [];
$taxes = to_obj($D['taxes'] ?? []);

ob_start();
include blade_view('app.pdf.invoice.' . $TEMPLATE);
$html = ob_get_clean();
if ($OUT_HTML) file_put_contents($OUT_HTML, $html);

// Debian's php-dompdf ships the DejaVu TTFs without their .ufm metrics (upstream dompdf
// ships them); generate them with php-font-lib as dompdf's FontMetrics::registerFont does.
$FONTDIR = getenv('V20_FONTDIR') ?: sys_get_temp_dir() . '/v20-fonts';
@mkdir($FONTDIR, 0777, true);
$fam = [];
foreach (['DejaVuSans' => 'normal', 'DejaVuSans-Bold' => 'bold', 'DejaVuSans-Oblique' => 'italic', 'DejaVuSans-BoldOblique' => 'bold_italic'] as $f => $style) {
    $ttf = "/usr/share/php/dompdf/lib/fonts/$f.ttf";
    if (!file_exists("$FONTDIR/$f.ttf")) copy($ttf, "$FONTDIR/$f.ttf");
    if (!file_exists("$FONTDIR/$f.ufm")) {
        $fl = \FontLib\Font::load("$FONTDIR/$f.ttf");
        $fl->parse();
        $fl->saveAdobeFontMetrics("$FONTDIR/$f.ufm");
        $fl->close();
    }
    $fam[$style] = "$FONTDIR/$f";
}
file_put_contents("$FONTDIR/installed-fonts.json", json_encode(['dejavu sans' => $fam], JSON_PRETTY_PRINT));

$options = new \Dompdf\Options();
$options->set('fontDir', $FONTDIR);
$options->set('dpi', 96);                 // laravel-dompdf default
$options->set('defaultFont', 'serif');    // laravel-dompdf default
$options->set('fontHeightRatio', 1.1);    // laravel-dompdf default
$options->set('isRemoteEnabled', false);
$options->set('fontCache', $FONTDIR);
$options->set('tempDir', sys_get_temp_dir());
$dompdf = new \Dompdf\Dompdf($options);
$dompdf->setPaper('a4', 'portrait');
$dompdf->loadHtml($html);
$dompdf->render();
file_put_contents($OUT_PDF, $dompdf->output());
array_map('unlink', glob($GLOBALS['BUILD'] . '/*.php'));
rmdir($GLOBALS['BUILD']);
}
