<?php
/*
 * Minimal stand-in for WordPress + Sliced Invoices so that the plugin's own
 * public/templates/sliced-invoice-display.php and includes/template-tags/sliced-tags-display-modules.php
 * (copied unchanged into src/sliced/) produce the public invoice page; the page is then printed to PDF
 * with chromium (the free plugin has no PDF engine: users print the invoice page from the browser).
 * Usage: php render_sliced.php data.json out.html
 */
define( 'ABSPATH', __DIR__ . '/' );
$SRC = dirname( __DIR__ ) . '/src/sliced';
$D = json_decode( file_get_contents( $argv[1] ), true );

// ---- gettext from the plugin's own .po (excerpt) ----
$TR = array();
if ( ! empty( $D['locale'] ) && $D['locale'] !== 'en_US' ) {
	$po = file_get_contents( "$SRC/languages/sliced-invoices-{$D['locale']}.excerpt.po" );
	preg_match_all( '/^(?:msgctxt "(.*)"\n)?msgid "(.*)"\nmsgstr "(.*)"$/m', $po, $m, PREG_SET_ORDER );
	foreach ( $m as $p ) { $TR[ ( $p[1] !== '' ? $p[1] . "\004" : '' ) . stripcslashes( $p[2] ) ] = stripcslashes( $p[3] ); }
}
function __( $s, $domain = 'default' ) { global $TR; return ( $domain === 'sliced-invoices' && isset( $TR[ $s ] ) ) ? $TR[ $s ] : $s; }
function _e( $s, $domain = 'default' ) { echo __( $s, $domain ); }
function _x( $s, $ctx, $domain = 'default' ) { global $TR; $k = $ctx . "\004" . $s; return ( $domain === 'sliced-invoices' && isset( $TR[ $k ] ) ) ? $TR[ $k ] : $s; }
function esc_html( $s ) { return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' ); }
function esc_html__( $s, $d = 'default' ) { return esc_html( __( $s, $d ) ); }
function esc_html_x( $s, $c, $d = 'default' ) { return esc_html( _x( $s, $c, $d ) ); }
function esc_url( $u ) { return htmlspecialchars( (string) $u, ENT_QUOTES, 'UTF-8' ); }
function wp_kses_post( $s ) { return $s; }
function wpautop( $t ) {
	$t = str_replace( array( "\r\n", "\r" ), "\n", trim( $t ) );
	if ( $t === '' ) return '';
	$out = '';
	foreach ( preg_split( '/\n\s*\n/', $t ) as $p ) { $out .= '<p>' . str_replace( "\n", "<br />\n", trim( $p ) ) . "</p>\n"; }
	return $out;
}
function apply_filters( $tag, $value ) { return $value; }
function get_option( $k ) { return false; } // 'sliced_translate' unset: labels come from gettext
function language_attributes() { global $D; echo 'lang="' . str_replace( '_', '-', $D['locale'] ) . '"'; }
function wp_title() { global $D; echo esc_html( $D['page_title'] ); }
function bloginfo( $k ) { echo 'UTF-8'; }
function get_the_ID() { return 1; }
function do_action( $tag ) {
	// Sliced_Public::enqueue_styles (bootstrap.min.css, style.css) and enqueue_invoice_styles (template1.css)
	if ( $tag === 'sliced_head' ) {
		echo "<link rel='stylesheet' id='bootstrap-css' href='css/bootstrap.min.css' type='text/css' media='all' />\n";
		echo "<link rel='stylesheet' id='style-css' href='css/style.css' type='text/css' media='all' />\n";
	}
	if ( $tag === 'sliced_invoice_head' ) {
		echo "<link rel='stylesheet' id='template-css' href='css/template1.css' type='text/css' media='all' />\n";
	}
}
// ---- Sliced template tags ----
function sliced_get_invoice_watermark() { return ''; }
function sliced_get_invoice_label() { return __( 'Invoice', 'sliced-invoices' ); }
function sliced_get_invoice_description() { global $D; return $D['description']; }
function sliced_is_payment_method( $m ) { global $D; return in_array( $m, $D['payment_methods'] ); }
function sliced_get_business_generic_payment() { global $D; return $D['business']['generic_pay']; }
function sliced_get_business_bank() { global $D; return $D['business']['bank']; }
function sliced_get_invoice_terms() { global $D; return $D['terms']; }
function sliced_get_invoice_footer() { global $D; return $D['business']['footer']; }
function sliced_get_business_website() { global $D; return $D['business']['website']; }
function sliced_get_business_logo() { return ''; }
function sliced_get_business_name() { global $D; return $D['business']['name']; }
function sliced_get_business_address() { global $D; return $D['business']['address']; }
function sliced_get_business_extra_info() { global $D; return $D['business']['extra_info']; }
function sliced_get_client_business() { global $D; return $D['client']['business']; }
function sliced_get_client_address() { global $D; return $D['client']['address']; }
function sliced_get_client_extra_info() { global $D; return $D['client']['extra_info']; }
function sliced_get_client_website() { global $D; return $D['client']['website']; }
function sliced_get_client_email() { global $D; return $D['client']['email']; }
function sliced_get_invoice_number() { global $D; return $D['number']; }
function sliced_get_invoice_prefix() { global $D; return $D['prefix']; }
function sliced_get_invoice_suffix() { global $D; return $D['suffix']; }
function sliced_get_invoice_order_number() { global $D; return $D['order_number']; }
function sliced_get_invoice_created() { global $D; return strtotime( $D['created'] . ' 12:00:00 UTC' ); }
function sliced_get_invoice_due() { global $D; return $D['due'] ? strtotime( $D['due'] . ' 12:00:00 UTC' ) : false; }
function sliced_hide_adjust_field() { global $D; return (bool) $D['hide_adjust']; }
function sliced_get_invoice_line_items() { global $D; return array( $D['items'] ); }
function sliced_get_tax_name() { global $D; return $D['payments']['tax_name'] ? $D['payments']['tax_name'] : __( 'Tax', 'sliced-invoices' ); }
function sliced_get_thousand_seperator() { global $D; return $D['payments']['thousand_sep']; }
function sliced_get_decimal_seperator() { global $D; return $D['payments']['decimal_sep']; }
function sliced_get_decimals() { global $D; return $D['payments']['decimals']; }
function sliced_get_currency_symbol() { global $D; return $D['payments']['currency_symbol']; }
function sliced_get_currency_position() { global $D; return $D['payments']['currency_pos']; }
function sliced_get_invoice_sub_total() { $t = Sliced_Shared::get_totals( 1 ); return Sliced_Shared::get_formatted_currency( $t['sub_total'] ); }
function sliced_get_invoice_tax() { $t = Sliced_Shared::get_totals( 1 ); return Sliced_Shared::get_formatted_currency( $t['tax'] ); }
function sliced_get_invoice_total_due() { $t = Sliced_Shared::get_totals( 1 ); return Sliced_Shared::get_formatted_currency( $t['total_due'] ); }

// Sliced_Shared: number formatting and totals as in includes/class-sliced-shared.php
class Sliced_Shared {
	public static function get_local_date_i18n_from_timestamp( $ts ) { global $D; return gmdate( $D['date_format'], $ts ); }
	public static function get_raw_number( $amount ) {
		$pieces = explode( sliced_get_decimal_seperator(), (string) $amount );
		$whole = str_replace( sliced_get_thousand_seperator(), '', $pieces[0] );
		$decimals = isset( $pieces[1] ) ? $pieces[1] : '00';
		return (float) $whole . '.' . $decimals;
	}
	public static function get_formatted_number( $amount ) {
		return number_format( (float) $amount, (int) sliced_get_decimals(), sliced_get_decimal_seperator(), sliced_get_thousand_seperator() );
	}
	public static function get_formatted_currency( $amount ) {
		$symbol = sliced_get_currency_symbol(); $amount = self::get_formatted_number( $amount );
		switch ( sliced_get_currency_position() ) {
			case 'right': return $amount . $symbol;
			case 'left_space': return $symbol . ' ' . $amount;
			case 'right_space': return $amount . ' ' . $symbol;
			default: return $symbol . $amount;
		}
	}
	public static function get_line_item_sub_total( $qty, $amt, $tax ) {
		$line_tax_perc = $tax != 0 ? $tax / 100 : 0;
		$line_sub_total = $qty * $amt;
		return $line_sub_total + $line_sub_total * $line_tax_perc;
	}
	public static function get_totals( $id ) {
		global $D;
		$sub = 0;
		foreach ( $D['items'] as $v ) { $sub += self::get_line_item_sub_total( self::get_raw_number( $v['qty'] ), self::get_raw_number( $v['amount'] ), isset( $v['tax'] ) ? self::get_raw_number( $v['tax'] ) : 0 ); }
		$tax = $sub * ( $D['payments']['tax'] / 100 );
		$payments = isset( $D['paid'] ) ? $D['paid'] : 0;
		return array( 'sub_total' => $sub, 'tax' => $tax, 'total' => $sub + $tax, 'discounts' => 0, 'payments' => $payments, 'total_due' => $sub + $tax - $payments );
	}
}

require "$SRC/includes/template-tags/sliced-tags-display-modules.php";
ob_start();
include "$SRC/public/templates/sliced-invoice-display.php";
file_put_contents( $argv[2], ob_get_clean() );
