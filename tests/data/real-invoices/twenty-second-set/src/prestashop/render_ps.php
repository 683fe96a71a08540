<?php
// Minimal stand-in for PrestaShop's HTMLTemplateInvoice + PDFGenerator (TCPDF):
// fetches the stored pdf/*.tpl with Smarty in the same order as
// HTMLTemplateInvoice::getContent(), and writes header/content/footer with TCPDF
// like PDFGenerator::writePage(). Usage: php render_ps.php data.json out.pdf SMARTY_DIR
[$_, $dataFile, $out, $smartyDir] = $argv;
require $smartyDir . '/Smarty.class.php';
require '/usr/share/php/tcpdf/tcpdf.php';
class Product { const CUSTOMIZE_FILE = 0; const CUSTOMIZE_TEXTFIELD = 1; }
$D = json_decode(file_get_contents($dataFile), true);
$lang = $D['lang'];
$T = (require __DIR__ . '/translations/ShopPdf.subset.php')[$lang];
$locale = ['fr' => 'fr_FR', 'de' => 'de_DE'][$lang];
$dateFmt = ['fr' => 'd/m/Y', 'de' => 'd.m.Y'][$lang];   // PS language date_format_lite

function tr($s, $params = []) {
    global $T;
    if (isset($T[$s])) { $s = $T[$s]; }
    else { // catalogue is from 1.7: case of a few source strings changed in 8.x
        foreach ($T as $k => $v) if (strcasecmp($k, $s) === 0) { $s = $v; break; }
    }
    return strtr($s, $params);
}
function displayPrice($p) {
    global $locale;
    $f = new NumberFormatter($locale, NumberFormatter::CURRENCY);
    $s = $f->formatCurrency((float)$p, 'EUR');
    return str_replace("\u{202F}", "\u{00A0}", $s); // core helvetica has no U+202F
}
function dispDate($d) { global $dateFmt; return date($dateFmt, strtotime($d)); }

class O { function __construct($a) { foreach ($a as $k => $v) $this->$k = $v; } }
class StubOrder extends O {
    function getUniqReference() { return $this->reference; }
    function isVirtual() { return false; }
}
class StubInvoice extends O {
    function getOrderPaymentCollection() { return array_map(fn($p) => new O($p), $this->payments); }
}

$smarty = new Smarty();
$smarty->setCompileDir(sys_get_temp_dir() . '/v22-smarty-c');
$smarty->escape_html = false;
$smarty->registerPlugin('function', 'l', function ($p) {
    $s = tr($p['s']);
    if (isset($p['sprintf'])) $s = vsprintf($s, (array)$p['sprintf']);
    return $s;
});
$smarty->registerPlugin('function', 'displayPrice', fn($p) => displayPrice($p['price']));
$smarty->registerPlugin('function', 'dateFormat', fn($p) => dispDate($p['date']));
$smarty->registerClass('Product', 'Product');

$order = new StubOrder(['id_currency' => 1, 'invoice_date' => $D['invoice_date'], 'date_add' => $D['order_date'],
                        'reference' => $D['order_reference']]);
$order_invoice = new StubInvoice(['payments' => $D['payments'], 'note' => $D['note'] ?? '']);
$title = '#' . $D['invoice_prefix'] . sprintf('%06d', $D['invoice_number']);

// order details
$details = [];
foreach ($D['lines'] as $l) {
    $details[] = [
        'product_reference' => $l['ref'], 'product_name' => $l['name'],
        'order_detail_tax_label' => tr('%taxrate%%space%%', ['%taxrate%' => $l['rate'], '%space%' => '&nbsp;']),
        'unit_price_tax_excl_including_ecotax' => $l['unit'], 'ecotax_tax_excl' => 0,
        'product_quantity' => $l['qty'], 'total_price_tax_excl_including_ecotax' => round($l['unit'] * $l['qty'], 2),
        'customizedDatas' => [],
    ];
}
// HTMLTemplateInvoice::computeLayout (no discount column)
$layout = ['reference' => ['width' => 15], 'product' => ['width' => 40], 'quantity' => ['width' => 12],
           'tax_code' => ['width' => 8], 'unit_price_tax_excl' => ['width' => 0], 'total_tax_excl' => ['width' => 0]];
$tw = 0; $free = 0;
foreach ($layout as $d) { if ($d['width'] === 0) $free++; $tw += $d['width']; }
foreach ($layout as $k => $d) if ($d['width'] === 0) $layout[$k]['width'] = (100 - $tw) / $free;
$layout['_colCount'] = count($layout);

$addr = fn($a) => implode('<br />', array_filter($a));
$data = [
    'order' => $order, 'order_invoice' => $order_invoice, 'order_details' => $details, 'cart_rules' => [],
    'delivery_address' => $addr($D['delivery_address']), 'invoice_address' => $addr($D['invoice_address']),
    'addresses' => ['invoice' => new O(['vat_number' => $D['customer_vat'] ?? '']), 'delivery' => null],
    'tax_excluded_display' => true, 'display_product_images' => false, 'layout' => $layout,
    'tax_tab' => '', 'customer' => null, 'footer' => $D['footer'], 'isTaxEnabled' => true,
    'tax_exempt' => false, 'tax_breakdowns' => $D['tax_breakdowns'], 'display_tax_bases_in_breakdowns' => true,
    'carrier' => new O(['name' => $D['carrier']]), 'title' => $title, 'legal_free_text' => $D['legal_free_text'] ?? '',
];
$smarty->assign($data);
$tpl = __DIR__ . '/pdf/';
$tpls = [];
foreach (['style_tab' => 'invoice.style-tab', 'addresses_tab' => 'invoice.addresses-tab', 'summary_tab' => 'invoice.summary-tab',
          'product_tab' => 'invoice.product-tab', 'tax_tab' => 'invoice.tax-tab', 'payment_tab' => 'invoice.payment-tab',
          'note_tab' => 'invoice.note-tab', 'total_tab' => 'invoice.total-tab', 'shipping_tab' => 'invoice.shipping-tab'] as $k => $f)
    $tpls[$k] = $smarty->fetch($tpl . $f . '.tpl');
$smarty->assign($tpls);
$content = $smarty->fetch($tpl . 'invoice.tpl');

// header / footer (HTMLTemplate::assignCommonHeaderData / getFooter)
$smarty->assign(['logo_path' => false, 'date' => dispDate($D['invoice_date']), 'title' => $title,
                 'shop_name' => $D['shop_name'], 'shop_details' => $D['shop_details'], 'header' => tr('Invoice')]);
$header = $smarty->fetch($tpl . 'header.tpl');
$smarty->assign(['available_in_your_account' => true, 'shop_address' => $D['shop_address'],
                 'shop_fax' => '', 'shop_phone' => $D['shop_phone'], 'free_text' => $D['free_text']]);
$footer = $smarty->fetch($tpl . 'footer.tpl');

class PDFGen extends TCPDF {
    public $h_html, $f_html;
    function Header() { $this->writeHTML($this->h_html); }
    function Footer() { $this->writeHTML($this->f_html); }
}
$pdf = new PDFGen('P', 'mm', 'A4', true, 'UTF-8', false, false);
$pdf->h_html = $header; $pdf->f_html = $footer;
$pdf->SetCreator('PrestaShop'); $pdf->SetTitle($title);
$pdf->setHeaderFont(['helvetica', '', 8]); $pdf->setFooterFont(['helvetica', '', 8]); $pdf->SetFont('helvetica');
$pdf->SetHeaderMargin(5); $pdf->SetFooterMargin(21); $pdf->setMargins(10, 40, 10);
$pdf->AddPage();
$pdf->writeHTML($content, true, false, true, false, '');
$pdf->lastPage();
$pdf->Output($out, 'F');
