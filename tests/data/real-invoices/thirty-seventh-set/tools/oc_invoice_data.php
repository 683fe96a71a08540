<?php
// Builds the $data array that OpenCart 4's admin controller sale/order.invoice()
// passes to admin/view/template/sale/order_invoice.twig, for one order of our own
// (helper data), following the controller's logic:
//  - labels from the project's language files (admin sale/order.php + default.php locale,
//    catalog total/shipping/payment extension language files for the stored order totals),
//  - price/total per product = price (+ tax if config_tax) formatted by Currency::format(),
//  - order totals = rows of the order_total table (sub_total, shipping, tax per rate, total)
//    as the checkout's total extensions compute them, formatted by Currency::format(),
//  - addresses via the address-format replacement used in invoice().
// Usage: php oc_invoice_data.php <order.json> > data.json
// (OpenCart 3.0: same logic; the language files sit at the 3.0 paths, and all language
//  keys of sale/order are available to the view.)
$order = json_decode(file_get_contents($argv[1]), true);
$code = $order['language'];
$oc3 = ($order['oc'] == 3);
$src = __DIR__ . ($oc3 ? '/../src/opencart-3' : '/../src/opencart');

function load_lang($file) { $_ = []; require $file; return $_; }
if ($oc3) {
	$lang = array_merge(
		load_lang("$src/admin/language/$code/$code.php.excerpt"),
		load_lang("$src/admin/language/$code/sale/order.php")
	);
	$cat = "$src/catalog/language/$code/extension";
	$l_sub = load_lang("$cat/total/sub_total.php");
	$l_tot = load_lang("$cat/total/total.php");
	$l_flat = load_lang("$cat/shipping/flat.php");
	$l_bank = ['heading_title' => $order['payment_method']];
} else {
	$lang = array_merge(
		load_lang("$src/admin/language/$code/default.php.excerpt"),
		load_lang("$src/admin/language/$code/sale/order.php")
	);
	$cat = "$src/extension/opencart/catalog/language/$code";
	$l_sub = load_lang("$cat/total/sub_total.php");
	$l_tot = load_lang("$cat/total/total.php");
	$l_flat = load_lang("$cat/shipping/flat.php");
	$l_bank = load_lang("$cat/payment/bank_transfer.php");
}

// Currency::format() (system/library/cart/currency.php): round, number_format with the
// language's decimal_point / thousand_point, symbol_left / symbol_right.
$cur = $order['currency']; // symbol_left, symbol_right, decimal_place
function fmt($n) {
	global $cur, $lang;
	$amount = round((float)$n, $cur['decimal_place']);
	$s = '';
	if ($cur['symbol_left']) $s .= $cur['symbol_left'];
	$s .= number_format($amount, (int)$cur['decimal_place'], $lang['decimal_point'], $lang['thousand_point']);
	if ($cur['symbol_right']) $s .= $cur['symbol_right'];
	return $s;
}

function addr($a, $format) {
	if (!$format) {
		$format = '{firstname} {lastname}' . "\n" . '{company}' . "\n" . '{address_1}' . "\n" . '{address_2}' . "\n" . '{city} {postcode}' . "\n" . '{zone}' . "\n" . '{country}';
	}
	$find = ['{firstname}', '{lastname}', '{company}', '{address_1}', '{address_2}', '{city}', '{postcode}', '{zone}', '{zone_code}', '{country}'];
	$replace = [$a['firstname'], $a['lastname'], $a['company'], $a['address_1'], $a['address_2'], $a['city'], $a['postcode'], $a['zone'], $a['zone_code'], $a['country']];
	return str_replace(["\r\n", "\r", "\n"], '<br/>', preg_replace(["/\s\s+/", "/\r\r+/", "/\n\n+/"], '<br/>', trim(str_replace($find, $replace, $format))));
}

// --- checkout: order products and order totals as the catalog computes/stores them ---
$config_tax = $order['config_tax'];
$rates = $order['tax_rates']; // id => [name, rate]
$sub_total = 0.0;
$taxes = [];
$product_data = [];
foreach ($order['products'] as $p) {
	$rate = $rates[$p['tax_rate_id']]['rate'];
	$tax = $p['price'] / 100 * $rate;             // per unit, as model cart/tax getRates()
	$total = $p['price'] * $p['quantity'];
	$sub_total += $total;
	$taxes[$p['tax_rate_id']] = ($taxes[$p['tax_rate_id']] ?? 0) + $tax * $p['quantity'];
	$product_data[] = [
		'name'     => $p['name'],
		'model'    => $p['model'],
		'option'   => [],
		'quantity' => $p['quantity'],
		'price'    => fmt($p['price'] + ($config_tax ? $tax : 0)),
		'total'    => fmt($total + ($config_tax ? ($tax * $p['quantity']) : 0)),
	];
}
$ship = $order['shipping_cost'];
$ship_rate = $rates[$order['shipping_tax_rate_id']]['rate'];
$taxes[$order['shipping_tax_rate_id']] = ($taxes[$order['shipping_tax_rate_id']] ?? 0) + $ship / 100 * $ship_rate;

$totals = [];
$totals[] = ['title' => $l_sub['text_sub_total'], 'value' => $sub_total];       // sort 1
$totals[] = ['title' => $l_flat['text_description'], 'value' => $ship];         // sort 3
ksort($taxes);
foreach ($taxes as $id => $v) $totals[] = ['title' => $rates[$id]['name'], 'value' => $v]; // sort 5
$grand = $sub_total + $ship + array_sum($taxes);
$totals[] = ['title' => $l_tot['text_total'], 'value' => $grand];              // sort 9
$total_data = [];
foreach ($totals as $t) $total_data[] = ['title' => $t['title'], 'text' => fmt($t['value'])];

$data = [
	'title' => $lang['text_invoice'],
	'base' => '', 'direction' => $lang['direction'], 'lang' => $lang['code'],
	'bootstrap_css' => 'view/stylesheet/bootstrap.css', 'icons' => 'view/stylesheet/fonts/fontawesome/css/all.min.css', 'jquery' => 'view/javascript/jquery/jquery-3.6.1.min.js', 'bootstrap_js' => 'view/javascript/bootstrap/js/bootstrap.bundle.min.js',
	'stylesheet' => 'view/stylesheet/stylesheet.css',
];
foreach (['text_invoice','text_order_id','text_date_added','text_store','text_store_address','text_store_telephone','text_store_email','text_payment_method','text_shipping_method','text_payment_address','text_shipping_address','text_comment','column_product','column_model','column_quantity','column_price','column_total'] as $k) {
	$data[$k] = $lang[$k] ?? "";
}
if ($oc3) { $data = array_merge($lang, $data); }
$data['orders'][] = [
	'text_order'       => sprintf($lang['text_order'] ?? '', $order['order_id']),
	'store_fax'        => '',
	'order_id'         => $order['order_id'],
	'invoice_no'       => $order['invoice_prefix'] . $order['invoice_no'],
	'date_added'       => date($lang['date_format_short'], strtotime($order['date_added'])),
	'store_name'       => $order['store_name'],
	'store_url'        => rtrim($order['store_url'], '/'),
	'store_address'    => nl2br($order['store_address']),
	'store_email'      => $order['store_email'],
	'store_telephone'  => $order['store_telephone'],
	'email'            => $order['email'],
	'telephone'        => $order['telephone'],
	'shipping_address' => addr($order['shipping_address'], $order['address_format']),
	'shipping_method'  => $l_flat['text_description'],
	'payment_address'  => addr($order['payment_address'], $order['address_format']),
	'payment_method'   => $l_bank['heading_title'],
	'product'          => $product_data,
	'voucher'          => [],
	'total'            => $total_data,
	'comment'          => nl2br($order['comment']),
];
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
fprintf(STDERR, "net=%.2f ship=%.2f taxes=%s grand=%.4f\n", $sub_total, $ship, json_encode($taxes), $grand);
