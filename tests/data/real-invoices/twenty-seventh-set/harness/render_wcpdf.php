<?php
/*
 * Minimal stand-in for WordPress / WooCommerce / WooCommerce PDF Invoices & Packing Slips
 * so that the plugin's own templates/Simple/invoice.php + html-document-wrapper.php + style.css
 * (copied unchanged into src/wcpdf/) can be rendered with dompdf (Debian php-dompdf), using the
 * dompdf options of the plugin's PDF_Maker (A4 portrait, defaultFont 'dejavu sans', remote enabled).
 * Usage: php render_wcpdf.php data.json out.pdf [out.html]
 */
define( 'ABSPATH', __DIR__ . '/' );
define( 'WOOCOMMERCE_VERSION', '8.5.2' );
$SRC = dirname( __DIR__ ) . '/src/wcpdf';
$D = json_decode( file_get_contents( $argv[1] ), true );

// ---- gettext from the plugin's own .po (excerpt) ----
$TR = array();
if ( ! empty( $D['locale'] ) && $D['locale'] !== 'en_US' ) {
	$po = file_get_contents( "$SRC/languages/woocommerce-pdf-invoices-packing-slips-{$D['locale']}.excerpt.po" );
	preg_match_all( '/^msgid "(.*)"\nmsgstr "(.*)"$/m', $po, $m, PREG_SET_ORDER );
	foreach ( $m as $p ) { $TR[ stripcslashes( $p[1] ) ] = stripcslashes( $p[2] ); }
}
function __( $s, $domain = 'default' ) { global $TR; return ( $domain === 'woocommerce-pdf-invoices-packing-slips' && isset( $TR[ $s ] ) ) ? $TR[ $s ] : $s; }
function _e( $s, $domain = 'default' ) { echo __( $s, $domain ); }
function esc_attr( $s ) { return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' ); }
function esc_html( $s ) { return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' ); }
function do_action() {}
function apply_filters( $tag, $value ) { return $value; }
function get_option( $k ) { global $D; return isset( $D['options'][ $k ] ) ? $D['options'][ $k ] : ''; }
// WordPress wpautop (simplified: paragraphs on blank lines, <br /> on single newlines)
function wpautop( $t ) {
	$t = str_replace( array( "\r\n", "\r" ), "\n", trim( $t ) );
	$out = '';
	foreach ( preg_split( '/\n\s*\n/', $t ) as $p ) { $out .= '<p>' . str_replace( "\n", "<br />\n", trim( $p ) ) . "</p>\n"; }
	return $out;
}
// WooCommerce wc_price()
function wc_price( $price ) {
	global $D;
	$o = $D['options'];
	$neg = $price < 0;
	$num = number_format( abs( $price ), (int) $o['woocommerce_price_num_decimals'], $o['woocommerce_price_decimal_sep'], $o['woocommerce_price_thousand_sep'] );
	$formats = array( 'left' => '%1$s%2$s', 'right' => '%2$s%1$s', 'left_space' => '%1$s&nbsp;%2$s', 'right_space' => '%2$s&nbsp;%1$s' );
	$formatted = ( $neg ? '-' : '' ) . sprintf( $formats[ $o['woocommerce_currency_pos'] ], '<span class="woocommerce-Price-currencySymbol">' . $o['currency_symbol'] . '</span>', $num );
	return '<span class="woocommerce-Price-amount amount"><bdi>' . $formatted . '</bdi></span>';
}

class Stand_In_Invoice {
	public $order = null;
	public $settings = array( 'display_number' => 1, 'display_date' => 1 );
	public $d;
	function __construct( $d ) { $this->d = $d; }
	function get_type() { return 'invoice'; }
	function has_header_logo() { return false; }
	function get_title() { return __( 'Invoice', 'woocommerce-pdf-invoices-packing-slips' ); }
	function title() { echo $this->get_title(); }
	function shop_name() { echo $this->d['shop_name']; }
	function shop_address() { echo wpautop( $this->d['shop_address'] ); }
	function billing_address() { echo implode( '<br/>', $this->d['billing_address'] ); }
	function show_shipping_address() { return false; }
	function number_title() { echo __( 'Invoice Number:', 'woocommerce-pdf-invoices-packing-slips' ); }
	function number( $type ) { echo $this->d['invoice_number_formatted']; }
	function date_title() { echo __( 'Invoice Date:', 'woocommerce-pdf-invoices-packing-slips' ); }
	function date( $type ) { echo date( get_option( 'date_format' ), strtotime( $this->d['invoice_date'] ) ); }
	function order_number() { echo $this->d['order_number']; }
	function order_date() { echo date( get_option( 'date_format' ), strtotime( $this->d['order_date'] ) ); }
	function get_payment_method() { return $this->d['payment_method_title']; }
	function payment_method() { echo $this->d['payment_method_title']; }
	function get_order_items() {
		$items = array();
		foreach ( $this->d['items'] as $i => $it ) {
			$items[ 100 + $i ] = array(
				'name' => $it['name'], 'meta' => '', 'sku' => $it['sku'], 'weight' => '',
				'quantity' => $it['qty'],
				'order_price' => wc_price( round( $it['qty'] * $it['unit'], 2 ) ),
			);
		}
		return $items;
	}
	function get_document_notes() { return false; }
	function get_shipping_notes() { return false; }
	// WooCommerce WC_Order::get_order_item_totals() ('excl' tax display, itemized taxes),
	// then the plugin's get_woocommerce_totals(), which strips the last colon of each label.
	function get_woocommerce_totals() {
		$t = $this->d['totals_labels'];
		$sub = 0; foreach ( $this->d['items'] as $it ) { $sub += round( $it['qty'] * $it['unit'], 2 ); }
		$rows = array();
		$rows['cart_subtotal'] = array( 'label' => $t['subtotal'] . ':', 'value' => wc_price( $sub ) );
		$ship = 0;
		if ( ! empty( $this->d['shipping'] ) ) {
			$ship = $this->d['shipping']['amount'];
			$rows['shipping'] = array( 'label' => $t['shipping'] . ':', 'value' => wc_price( $ship ) . '&nbsp;<small class="shipped_via">' . sprintf( 'via %s', $this->d['shipping']['method'] ) . '</small>' );
		}
		$tax = 0;
		foreach ( $this->d['taxes'] as $code => $tx ) { $rows[ $code ] = array( 'label' => $tx['label'] . ':', 'value' => wc_price( $tx['amount'] ) ); $tax += $tx['amount']; }
		$rows['payment_method'] = array( 'label' => $t['payment_method'] . ':', 'value' => $this->d['payment_method_title'] );
		$rows['order_total'] = array( 'label' => $t['total'] . ':', 'value' => wc_price( round( $sub + $ship + $tax, 2 ) ) );
		foreach ( $rows as $k => $r ) { $c = strrpos( $r['label'], ':' ); if ( $c !== false ) { $rows[ $k ]['label'] = substr_replace( $r['label'], '', $c, 1 ); } }
		return $rows;
	}
	function get_footer() { return $this->d['footer']; }
	function footer() { echo wpautop( $this->d['footer'] ); }
	function template_styles() { global $SRC; echo file_get_contents( "$SRC/templates/Simple/style.css" ); }
	function render() {
		global $SRC;
		ob_start(); include "$SRC/templates/Simple/invoice.php"; $content = ob_get_clean();
		ob_start(); include "$SRC/templates/Simple/html-document-wrapper.php"; return ob_get_clean();
	}
}

$doc = new Stand_In_Invoice( $D );
$html = $doc->render();
if ( isset( $argv[3] ) ) { file_put_contents( $argv[3], $html ); }

require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;
$tmp = sys_get_temp_dir() . '/wcpdf-dompdf';
@mkdir( $tmp );
$options = new Options( array(
	'tempDir' => $tmp, 'fontDir' => $tmp, 'fontCache' => $tmp, 'chroot' => array( $SRC, '/usr/share/fonts/truetype/open-sans' ),
	'defaultFont' => 'dejavu sans', 'isRemoteEnabled' => true, 'isFontSubsettingEnabled' => false,
) );
$dompdf = new Dompdf( $options );
// the plugin registers 'open sans' (its bundled OpenSans-*.ttf, see assets/fonts/dompdf_font_family_cache.php);
// stand-in: Debian fonts-open-sans
$fm = $dompdf->getFontMetrics();
foreach ( array( array( 'normal', 'normal', 'Regular' ), array( 'bold', 'normal', 'Bold' ), array( 'normal', 'italic', 'Italic' ), array( 'bold', 'italic', 'BoldItalic' ) ) as $f ) {
	$fm->registerFont( array( 'family' => 'open sans', 'weight' => $f[0], 'style' => $f[1] ), 'file:///usr/share/fonts/truetype/open-sans/OpenSans-' . $f[2] . '.ttf' );
}
$dompdf->loadHtml( $html );
$dompdf->setPaper( 'A4', 'portrait' );
$dompdf->render();
file_put_contents( $argv[2], $dompdf->output() );
