<?php
// Renders FOSSBilling's src/modules/Invoice/templates/pdf/default-invoice.twig (+ default-invoice.css),
// copied unchanged into ../src/fossbilling, the way Box\Mod\Invoice\Service::renderInvoicePdfContent()
// does: Twig (with the Intl and Markdown extras) -> HTML -> Dompdf.  The $invoice array is built like
// Service::toApiArray() (line total = price * quantity, tax = round(taxable subtotal * taxrate / 100, 2),
// total = subtotal + tax); seller/buyer/footer arrays like getSellerData()/getBuyerData()/getFooterInfo().
// The 'trans' filter is the identity (English UI, no translation).  Data: helper.
// Usage: php fossbilling_render.php OUT.pdf [OUT.html]
require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Twig/Extra/Intl/autoload.php';
require '/usr/share/php/Twig/Extra/Markdown/autoload.php';
require '/usr/share/php/League/CommonMark/autoload.php';
require '/usr/share/php/dompdf/autoload.php';

use Twig\Environment;
use Twig\Loader\FilesystemLoader;
use Twig\TwigFilter;
use Twig\Extra\Intl\IntlExtension;
use Twig\Extra\Markdown\MarkdownExtension;
use Twig\Extra\Markdown\MarkdownRuntime;
use Twig\Extra\Markdown\LeagueMarkdown;
use Twig\RuntimeLoader\RuntimeLoaderInterface;
use Dompdf\Dompdf;
use Dompdf\Options;

$locale = 'en_IE';
\Locale::setDefault($locale);
date_default_timezone_set('Europe/Dublin');

$tpl = realpath(__DIR__ . '/../src/fossbilling/src/modules/Invoice/templates/pdf');

// --- invoice row as stored (helper data) ---
$row = [
    'id' => 1187, 'serie' => 'BF-', 'nr' => '214', 'hash' => 'x', 'taxname' => 'VAT', 'taxrate' => '23',
    'currency' => 'EUR', 'status' => 'unpaid', 'notes' => '', 'text_1' => null, 'text_2' => null,
    'created_at' => '2025-04-08 10:15:00', 'due_at' => '2025-04-22 10:15:00', 'updated_at' => '2025-04-08 10:15:00',
];
$items = [
    ['Shared Hosting - Business (Every 12 months)', 1, '179.88'],
    ['Domain registration: kellyjoinery.ie (1 year)', 1, '24.99'],
    ['SSL Certificate - PositiveSSL (1 year)', 1, '39.00'],
];
$seller = ['company' => 'Brightforge Hosting Ltd', 'address_1' => 'Unit 4, Eastgate Business Park',
    'address_2' => 'Little Island', 'address_3' => 'Cork T45 KX20, Ireland', 'phone' => '+353 21 480 3317',
    'email' => 'billing@brightforge.ie', 'company_vat' => 'IE3456789KH'];
$buyer = ['company' => 'Kelly Joinery', 'first_name' => 'Siobhan', 'last_name' => 'Kelly',
    'address' => '12 Mill Road', 'city' => 'Midleton', 'state' => 'Co. Cork', 'zip' => 'P25 W9X3',
    'country' => 'Ireland', 'phone' => '+353 87 555 0142', 'company_vat' => ''];
$company = ['name' => 'Brightforge Hosting Ltd', 'bank_name' => 'AIB Bank', 'account_number' => 'IE20AIBK93115248106733',
    'bic' => 'AIBKIE2D', 'display_bank_info' => 1, 'vat_number' => 'IE3456789KH', 'number' => '654321',
    'www' => 'https://www.brightforge.ie', 'email' => 'billing@brightforge.ie', 'tel' => '+353 21 480 3317',
    'signature' => 'Thank you for choosing Brightforge Hosting.', 'address_1' => 'Unit 4, Eastgate Business Park',
    'address_2' => 'Little Island', 'address_3' => 'Cork T45 KX20, Ireland'];

// --- Service::toApiArray() logic ---
$lines = []; $total = 0; $taxable_subtotal = 0; $i = 0;
foreach ($items as [$title, $qty, $price]) {
    $line_total = $price * $qty;
    $total += $line_total; $taxable_subtotal += $line_total;
    $lines[] = ['id' => ++$i, 'title' => $title, 'quantity' => $qty, 'price' => $price, 'total' => $line_total];
}
$rate = (float) $row['taxrate'];
$tax = ($rate > 0 && $taxable_subtotal != 0) ? round($taxable_subtotal * $rate / 100, 2) : 0;
$invoice = $row + ['serie_nr' => $row['serie'] . sprintf('%05s', intval($row['nr'])), 'tax' => $tax,
    'subtotal' => $total, 'total' => $total + $tax, 'lines' => $lines, 'seller' => $seller, 'buyer' => $buyer];

// --- getSellerData / getBuyerData / getFooterInfo ---
$sl = 0; $bl = 0;
$sellerData = ['Name' => $seller['company'], 'Address 1' => $seller['address_1'], 'Address 2' => $seller['address_2'],
    'Address 3' => $seller['address_3'], 'Phone' => $seller['phone'], 'Email' => $seller['email'], 'VAT Number' => $seller['company_vat']];
foreach ($sellerData as $k => $v) { if ($v === null || empty(trim($v))) unset($sellerData[$k]); else ++$sl; }
$buyerData = ['Company' => $buyer['company'], 'Name' => $buyer['first_name'] . ' ' . $buyer['last_name'], 'Address' => $buyer['address'],
    'City' => $buyer['city'], 'State' => $buyer['state'], 'Zip' => $buyer['zip'], 'Country' => $buyer['country'],
    'Phone' => $buyer['phone'], 'VAT Number' => $buyer['company_vat']];
foreach ($buyerData as $k => $v) { if ($v === null || empty(trim($v))) unset($buyerData[$k]); else ++$bl; }
$footer = ['company_name' => $company['name'], 'bank_name' => $company['bank_name'], 'account_number' => $company['account_number'],
    'bic' => $company['bic'], 'display_bank_info' => $company['display_bank_info'], 'company_vat' => $company['vat_number'],
    'company_number' => $company['number'], 'www' => $company['www'], 'email' => $company['email'], 'phone' => $company['tel'],
    'signature' => $company['signature'], 'address_1' => $company['address_1'], 'address_2' => $company['address_2'], 'address_3' => $company['address_3']];
foreach ($footer as $k => $v) { if ($v === null || empty(trim((string) $v))) unset($footer[$k]); }

$twig = new Environment(new FilesystemLoader($tpl), ['autoescape' => 'html']);
$twig->addExtension(new IntlExtension());
$twig->addExtension(new MarkdownExtension());
$twig->addRuntimeLoader(new class implements RuntimeLoaderInterface {
    public function load($class) { return $class === MarkdownRuntime::class ? new MarkdownRuntime(new LeagueMarkdown()) : null; }
});
$twig->addFilter(new TwigFilter('trans', fn ($s) => $s));

$html = $twig->render('default-invoice.twig', [
    'currency_code' => $row['currency'], 'css' => file_get_contents("$tpl/default-invoice.css"), 'logo_source' => '',
    'seller' => $sellerData, 'seller_lines' => $sl, 'footer' => $footer, 'buyer' => $buyerData, 'buyer_lines' => $bl,
    'invoice' => $invoice, 'locale' => $locale,
]);
if (isset($argv[2])) file_put_contents($argv[2], $html);

// FOSSBilling points dompdf's font dir/cache at its own cache folder and chroots to PATH_ROOT (which holds
// vendor/dompdf); with Debian's php-dompdf the bundled DejaVu fonts live in the package, so keep its defaults.
$options = new Options();
$options->setChroot([$tpl, '/usr/share/php/dompdf', '/usr/share/fonts/truetype/dejavu']);
$pdf = new Dompdf($options);
$pdf->setPaper('A4', 'portrait');
$pdf->setBasePath($tpl);
// Debian's php-dompdf ships DejaVu as bare symlinks without the .ufm metrics upstream dompdf bundles;
// register the same DejaVu Sans files so the CSS's first font family is used, as in upstream dompdf.
foreach (['normal' => 'DejaVuSans', 'bold' => 'DejaVuSans-Bold'] as $w => $f) {
    $pdf->getFontMetrics()->registerFont(['family' => 'DejaVu Sans', 'weight' => $w, 'style' => 'normal'], "/usr/share/fonts/truetype/dejavu/$f.ttf");
}
$pdf->loadHtml($html);
$pdf->render();
file_put_contents($argv[1], $pdf->output());
fwrite(STDERR, sprintf("subtotal %.2f tax %.2f total %.2f\n", $total, $tax, $total + $tax));
