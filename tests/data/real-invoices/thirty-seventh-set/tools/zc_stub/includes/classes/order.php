<?php
// Stand-in for Zen Cart's admin includes/classes/order.php: the same public members
// (info, totals, products, customer, delivery, billing), filled from the helper JSON
// instead of the orders / orders_products / orders_total tables. Order totals are the
// rows Zen Cart's order-total modules store at checkout (ot_subtotal, ot_shipping,
// ot_tax, ot_total), with titles built from the catalog language defines.
class order {
  var $info, $totals, $products, $customer, $delivery, $billing;
  function __construct($order_id) {
    global $zc, $currencies;
    $c = $zc['currency']['code'];
    $this->info = array('currency' => $c, 'currency_value' => 1, 'payment_method' => $zc['payment_method'], 'date_purchased' => $zc['date_purchased']);
    $this->customer = $zc['billing'] + array('telephone' => $zc['telephone'], 'email_address' => $zc['email_address'], 'format_id' => 6);
    $this->billing = $zc['billing'] + array('format_id' => 6);
    $this->delivery = $zc['delivery'] + array('format_id' => 6);
    $this->products = array();
    $subtotal = 0; $tax = 0;
    foreach ($zc['products'] as $p) {
      $this->products[] = array('qty' => $p['qty'], 'name' => $p['name'], 'model' => $p['model'], 'tax' => $p['tax'], 'price' => $p['price'], 'final_price' => $p['price'], 'onetime_charges' => 0, 'product_is_free' => 0);
      $subtotal += zen_round($p['price'], 2) * $p['qty'];
      $tax += zen_calculate_tax($p['price'] * $p['qty'], $p['tax']);
    }
    $ship = $zc['shipping_cost'];
    $tax += zen_calculate_tax($ship, $zc['shipping_tax']);
    // catalog language defines (project files, copied unchanged)
    require(getenv('ZC_SRC') . '/includes/languages/english/modules/order_total/ot_subtotal.php');
    require(getenv('ZC_SRC') . '/includes/languages/english/modules/order_total/ot_total.php');
    require(getenv('ZC_SRC') . '/includes/languages/english/modules/shipping/flat.php');
    $shipping_method = MODULE_SHIPPING_FLAT_TEXT_TITLE . ' (' . MODULE_SHIPPING_FLAT_TEXT_WAY . ')';
    $total = $subtotal + $ship + $tax;
    $rows = array(
      array('ot_subtotal', MODULE_ORDER_TOTAL_SUBTOTAL_TITLE . ':', $subtotal),
      array('ot_shipping', $shipping_method . ':', $ship),
      array('ot_tax', $zc['tax_description'] . ':', $tax),
      array('ot_total', MODULE_ORDER_TOTAL_TOTAL_TITLE . ':', $total),
    );
    $this->totals = array();
    foreach ($rows as $r) $this->totals[] = array('class' => $r[0], 'title' => $r[1], 'text' => $currencies->format($r[2], true, $c, 1), 'value' => $r[2]);
    fwrite(STDERR, sprintf("subtotal=%.2f ship=%.2f tax=%.4f total=%.4f\n", $subtotal, $ship, $tax, $total));
  }
}
