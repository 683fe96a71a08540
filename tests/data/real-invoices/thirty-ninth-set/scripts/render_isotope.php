<?php
// Helper script: renders Isotope eCommerce's document template iso_document_default.html5 with
// the collection template iso_collection_invoice.html5, following
// Isotope\Model\Document\Standard::generateTemplate()/generatePDF() (TCPDF writeHTML), with
// small stand-ins for the Contao/Isotope objects the templates call. Data: helper.
// Labels: English source strings of languages/de/default.xlf (MSC.iso_order_*, subTotalLabel,
// grandTotalLabel). Prices formatted like an Isotope store config with currency code EUR,
// format "10,000.00". Debian's TCPDF has no 'freeserif', so helvetica is used.
require_once '/usr/share/php/tcpdf/tcpdf.php';
[$_, $srcdir, $build, $out] = $argv;
$GLOBALS['TL_LANG']['MSC'] = ['iso_order_description'=>'Description','iso_order_quantity'=>'Quantity',
  'iso_order_price'=>'Price','iso_order_total'=>'Total','subTotalLabel'=>'Order Subtotal: ','grandTotalLabel'=>'Order Total: '];
function price($v) { return 'EUR ' . number_format($v, 2, '.', ','); }
class Date { static function parse($f, $ts) { return date($f, $ts); } }
class Tpl {  // Contao Template stand-in: variables as properties, template included with $this
  private $file; private $d = [];
  function __construct($file) { $this->file = $file; }
  function __set($k, $v) { $this->d[$k] = $v; } function __get($k) { return $this->d[$k] ?? null; }
  function attributeLabel($n) { return ['variant_wood'=>'Wood'][$n] ?? $n; }
  function attributeValue($n, $v, $o) { return $v; }
  function parse() { ob_start(); include $this->file; return ob_get_clean(); }
}
class Addr { function __construct(public array $a) {}
  function generateHtml($fields = null) { $a = $this->a;
    return ($a['company'] ? $a['company'].'<br>' : '') . $a['firstname'].' '.$a['lastname'].'<br>'.$a['street_1'].'<br>'.$a['postal'].' '.$a['city'].'<br>'.$a['country']; } }
class Label { function __construct(public $l) {} function getLabel() { return $this->l; } }
class Coll {
  public $locked; public $member = '1042';
  function getBillingAddress() { return new Addr(['company'=>'Brightside Studio Ltd','firstname'=>'Emily','lastname'=>'Hartley',
    'street_1'=>'Schwanthalerstraße 88','postal'=>'80336','city'=>'München','country'=>'Germany']); }
  function getShippingAddress() { return null; }   // same as billing address
  function getRelated($k) { return (object)['company'=>'Holzwerk Brandner GmbH','street_1'=>'Im Gewerbepark D 12','postal'=>'93059','city'=>'Regensburg']; }
  function getShippingMethod() { return new Label('Self pick-up at the workshop'); }
  function getPaymentMethod() { return new Label('Bank transfer (prepayment)'); }
}
$coll = new Coll(); $coll->locked = mktime(10, 12, 0, 6, 18, 2024);
// collection template (ProductCollection::addToTemplate)
$items = [['name'=>'Oak cutting board, 40 cm','quantity'=>2,'p'=>34.00,'attributes'=>['variant_wood'=>'Oak, oiled']],
          ['name'=>'Walnut serving tray','quantity'=>1,'p'=>59.00,'attributes'=>[]],
          ['name'=>'Beeswax wood care balm, 100 ml','quantity'=>3,'p'=>8.50,'attributes'=>[]]];
$sub = 0; foreach ($items as &$it) { $t = $it['quantity']*$it['p']; $sub += $t; $it['price'] = price($it['p']); $it['total'] = price($t); $it['item'] = null; $it['tax_id'] = ''; } unset($it);
$tax = round($sub * 0.19, 2);
$ct = new Tpl($srcdir . '/iso_collection_invoice.html5');
$ct->items = $items; $ct->total_tax_ids = 1; $ct->subtotal = price($sub); $ct->total = price($sub + $tax);
$ct->surcharges = [['label'=>'VAT 19%','price'=>'19%','total_price'=>price($tax),'tax_id'=>'','rowClass'=>'foot_1 tax']];
printf("net=%.2f tax=%.2f gross=%.2f\n", $sub, $tax, $sub+$tax);
// document template (Standard::generateTemplate)
$dt = new Tpl($srcdir . '/iso_document_default.html5');
$dt->title = 'Invoice INV-00087';      // documentTitle "Invoice ##document_number##"
$dt->collection = $coll; $dt->products = $ct->parse();
$buf = $dt->parse();
$buf = str_replace('{{file::c2b8c2a1-c389-c38c-c2a4-c28511c3a3c2}}', 'files/blank.png', $buf); // replaceInsertTags
$buf = html_entity_decode($buf, ENT_QUOTES, 'UTF-8');
$buf = preg_replace('@<form.*</form>@Us', '', $buf);
$buf = preg_replace_callback('@(src=")([^"]+)(")@', fn($a) => $a[1] . $build . '/' . rawurldecode($a[2]) . $a[3], $buf);
$buf = preg_replace(['@<span style="text-decoration: ?underline;?">(.*)</span>@Us','@(<img[^>]+>)@','@(<div[^>]+block[^>]+>)@','@[\n\r\t]+@'],
                    ['<u>$1</u>','<br>$1','<br>$1',' '], $buf);
// Standard::generatePDF with Contao's system/config/tcpdf.php values
$pdf = new TCPDF('P', 'mm', 'A4', true);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('TCPDF'); $pdf->SetTitle('Invoice INV-00087');
$pdf->setFontSubsetting(false); $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(15, 10, 15); $pdf->SetAutoPageBreak(true, 10); $pdf->setImageScale(1.25);
$pdf->setLanguageArray(['a_meta_dir'=>'ltr','a_meta_charset'=>'utf-8','a_meta_language'=>'en','w_page'=>'page']);
$pdf->AddPage(); $pdf->SetFont('helvetica', '', 12);
$pdf->writeHTML($buf, true, 0, true, 0);
$pdf->lastPage();
$pdf->Output($out, 'F');
