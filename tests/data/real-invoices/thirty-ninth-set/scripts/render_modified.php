<?php
// Helper script: fills modified eCommerce's admin print_order.html (Smarty) with helper data,
// the way admin/print_order.php does (order_data, order_total from ot_* modules), using
// Debian's smarty3. Order-total titles follow the ot_* modules and their German language
// constants (ot_subtotal, ot_subtotal_no_tax, ot_tax, ot_total). Prices: xtcFormat for EUR
// (decimal ',', thousands '.', symbol right 'EUR').
require_once '/usr/share/php/smarty3/Smarty.class.php';
$root = dirname(__DIR__);
$build = $argv[1];          // build dir
$which = $argv[2];          // de-01 | de-02
define('STORE_NAME', 'Feinkost Albrecht e.K.');
define('TAX_ADD_TAX', 'inkl. ');
define('TAX_NO_TAX', 'zzgl. ');
define('MODULE_ORDER_TOTAL_SUBTOTAL_TITLE', 'Zwischensumme');
define('MODULE_ORDER_TOTAL_SUBTOTAL_TITLE_NO_TAX', 'Zwischensumme, netto');
define('MODULE_ORDER_TOTAL_SUBTOTAL_NO_TAX_TITLE', '<b>Summe, netto</b>');
define('MODULE_ORDER_TOTAL_TOTAL_TITLE', '<b>Summe</b>');
define('MODULE_ORDER_TOTAL_TOTAL_TITLE_NO_TAX_BRUTTO','<b>Summe, brutto</b>');
function fmt($v) { return number_format(round($v, 2), 2, ',', '.') . ' EUR'; }

$s = new Smarty();
$s->setTemplateDir($build . '/tpl');
$s->setCompileDir($build . '/compile');
$s->setConfigDir($build . '/tpl/lang');
$s->assign('language', 'german');
$s->assign('charset', 'utf-8');
$s->assign('base_href', 'file://' . $build . '/tpl/');
$s->assign('tpl_path', '');
$s->assign('store_name', 'Feinkost Albrecht e.K. - Lindenstraße 14 - 34117 Kassel');

if ($which === 'de-01') {
  // B2C customer group: prices incl. VAT (customers_status_show_price_tax = 1)
  $items = [ ['qty'=>2,'name'=>'Nordhessische Ahle Wurscht, 500 g','model'=>'AW-500','price'=>29.95, 'attr'=>[['option'=>'Reifung','value'=>'luftgetrocknet']]],
             ['qty'=>1,'name'=>'Geschenkkorb „Kassel“','model'=>'GK-12','price'=>25.00, 'attr'=>[]] ];
  $ship = 4.90; $rate = 19;
  $sub = 0; $od = [];
  foreach ($items as $it) { $t = $it['qty']*$it['price']; $sub += $t;
    $od[] = ['PRODUCTS_QTY'=>$it['qty'],'PRODUCTS_NAME'=>$it['name'],'PRODUCTS_MODEL'=>$it['model'],
             'PRODUCTS_SINGLE_PRICE'=>fmt($it['price']),'PRODUCTS_PRICE'=>fmt($t),'PRODUCTS_ATTRIBUTES_ARRAY'=>$it['attr']]; }
  $total = $sub + $ship;                       // gross
  $tax = round($total - $total/(1+$rate/100), 2);
  $ot = [ ['TITLE'=>MODULE_ORDER_TOTAL_SUBTOTAL_TITLE.':', 'TEXT'=>fmt($sub)],
          ['TITLE'=>'Pauschale Versandkosten (Bester Weg):', 'TEXT'=>fmt($ship)],
          ['TITLE'=>MODULE_ORDER_TOTAL_SUBTOTAL_NO_TAX_TITLE.':', 'TEXT'=>'<b>'.fmt($total-$tax).'</b>'],
          ['TITLE'=>TAX_ADD_TAX.'19% MwSt.:', 'TEXT'=>fmt($tax)],
          ['TITLE'=>MODULE_ORDER_TOTAL_TOTAL_TITLE.':', 'TEXT'=>'<strong>'.fmt($total).'</strong>'] ];
  $addr = 'Jana Krüger<br />Wilhelmshöher Allee 201<br />34121 Kassel<br />Deutschland';
  $s->assign(['address_label_customer'=>$addr,'address_label_shipping'=>$addr,'address_label_payment'=>$addr,
    'csID'=>'10482','PAYMENT_METHOD'=>'Vorkasse','oID'=>'2317','DATE'=>'Dienstag, 14. Mai 2024',
    'INVOICE_NUMBER'=>'RE-2024-0912','INVOICE_DATE'=>'15.05.2024','vatID'=>'',
    'order_data'=>$od,'order_total'=>$ot,'COMMENTS'=>'']);
  printf("net=%.2f tax=%.2f gross=%.2f\n", $total-$tax, $tax, $total);
} else {
  // B2B customer group "Händler": prices net, VAT added in order total (show_price_tax = 0, add_tax_ot = 1)
  $items = [ ['qty'=>6,'name'=>'Kaffeebohnen Espresso Classico, 1 kg','model'=>'KB-ESP-1000','price'=>18.50,'attr'=>[['option'=>'Mahlgrad','value'=>'ganze Bohne']]],
             ['qty'=>2,'name'=>'Milchkännchen Edelstahl 600 ml','model'=>'ZB-MK-600','price'=>12.90,'attr'=>[]],
             ['qty'=>1,'name'=>'Entkalker-Set Siebträgermaschine','model'=>'ZB-ENT-3','price'=>24.00,'attr'=>[]] ];
  $ship = 8.50; $rate = 19;
  $sub = 0; $od = [];
  foreach ($items as $it) { $t = $it['qty']*$it['price']; $sub += $t;
    $od[] = ['PRODUCTS_QTY'=>$it['qty'],'PRODUCTS_NAME'=>$it['name'],'PRODUCTS_MODEL'=>$it['model'],
             'PRODUCTS_SINGLE_PRICE'=>fmt($it['price']),'PRODUCTS_PRICE'=>fmt($t),'PRODUCTS_ATTRIBUTES_ARRAY'=>$it['attr']]; }
  $total = $sub + $ship;                        // net
  $tax = round($total*$rate/100, 2);
  $ot = [ ['TITLE'=>MODULE_ORDER_TOTAL_SUBTOTAL_TITLE_NO_TAX.':', 'TEXT'=>fmt($sub)],
          ['TITLE'=>'Pauschale Versandkosten (Bester Weg):', 'TEXT'=>fmt($ship)],
          ['TITLE'=>MODULE_ORDER_TOTAL_SUBTOTAL_NO_TAX_TITLE.':', 'TEXT'=>'<b>'.fmt($total).'</b>'],
          ['TITLE'=>TAX_NO_TAX.'19% MwSt.:', 'TEXT'=>fmt($tax)],
          ['TITLE'=>MODULE_ORDER_TOTAL_TOTAL_TITLE_NO_TAX_BRUTTO.':', 'TEXT'=>'<strong>'.fmt($total+$tax).'</strong>'] ];
  $bill = 'Café Lindenblüte GmbH<br />Herr Tobias Reimann<br />Königsplatz 3<br />34117 Kassel<br />Deutschland';
  $shipaddr = 'Café Lindenblüte GmbH<br />Filiale Bad Wilhelmshöhe<br />Rolandstraße 9<br />34131 Kassel<br />Deutschland';
  $s->assign(['address_label_customer'=>$bill,'address_label_shipping'=>$shipaddr,'address_label_payment'=>$bill,
    'csID'=>'20077','PAYMENT_METHOD'=>'Rechnung','oID'=>'2341','DATE'=>'Montag, 03. Juni 2024',
    'INVOICE_NUMBER'=>'RE-2024-0958','INVOICE_DATE'=>'04.06.2024','vatID'=>'DE287654329',
    'order_data'=>$od,'order_total'=>$ot,'COMMENTS'=>'Bitte Lieferung an den Lieferanteneingang (Hofseite).']);
  printf("net=%.2f tax=%.2f gross=%.2f\n", $total, $tax, $total+$tax);
}
// The template calls window.print() on load (the shop opens the browser's print dialog);
// headless chromium prints by itself and hangs on that call, so only this attribute is dropped.
$html = str_replace(' onload="window.print()"', '', $s->fetch('print_order.html'));
file_put_contents($build . '/tpl/' . $which . '.html', $html);
