<?php
// Stand-in for Zen Cart's admin includes/application_top.php, so that the project's own
// admin/invoice.php can be run with php-cli against one order of our own (helper data, read
// from the JSON file named by $ZC_ORDER) instead of a shop database. It defines the
// constants, language defines, classes and helper functions invoice.php uses, following
// Zen Cart 1.5.x behaviour (functions re-implemented here, see README).
error_reporting(E_ALL & ~E_DEPRECATED);
$zc = json_decode(file_get_contents(getenv('ZC_ORDER')), true);
$_GET['oID'] = $zc['order_id'];
$_SESSION['languages_id'] = 1;

define('DIR_WS_CLASSES', 'includes/classes/');
define('DIR_WS_INCLUDES', 'includes/');
define('DIR_WS_IMAGES', 'images/');
define('TABLE_ORDERS', 'orders');
define('TABLE_ORDERS_STATUS', 'orders_status');
define('TABLE_ORDERS_STATUS_HISTORY', 'orders_status_history');

// admin/includes/languages/english.php (values of Zen Cart 1.5.x)
define('HTML_PARAMS', 'dir="ltr" lang="en"');
define('CHARSET', 'utf-8');
define('TITLE', 'Zen Cart!');
define('HEADER_ALT_TEXT', 'Admin Powered by Zen Cart :: The Art of E-Commerce');
define('HEADER_LOGO_IMAGE', 'logo.gif');
define('DATE_FORMAT_SHORT', '%m/%d/%Y');
define('DATE_FORMAT_LONG', '%A %d %B, %Y');
define('DATE_TIME_FORMAT', DATE_FORMAT_SHORT . ' %H:%M:%S');
define('TABLE_HEADING_PRODUCTS_MODEL', 'Model');
define('TEXT_NONE', '--none--');
define('TEXT_NO_ORDER_HISTORY', 'No Order History Available');
@setlocale(LC_TIME, 'C');
// the page's own language file (project file, copied unchanged)
require(getenv('ZC_SRC') . '/admin/includes/languages/english/invoice.php');

// store configuration (helper data) and shop defaults
define('STORE_NAME_ADDRESS', $zc['store_name_address']);
define('DISPLAY_PRICE_WITH_TAX_ADMIN', 'false');   // Zen Cart default
define('ORDER_COMMENTS_INVOICE', 1);                // Zen Cart default: first comment
define('ACCOUNT_COMPANY', 'true');
define('TAX_DECIMAL_PLACES', 0);
define('DEFAULT_CURRENCY', $zc['currency']['code']);

class currencies {
  var $currencies = array();
  function __construct() {
    global $zc;
    $c = $zc['currency'];
    $this->currencies[$c['code']] = array('title' => $c['title'], 'symbol_left' => $c['symbol_left'], 'symbol_right' => $c['symbol_right'], 'decimal_point' => $c['decimal_point'], 'thousands_point' => $c['thousands_point'], 'decimal_places' => $c['decimal_places'], 'value' => 1);
  }
  function format($number, $calculate_currency_value = true, $currency_type = '', $currency_value = '') {
    if ($calculate_currency_value == true) {
      $rate = (zen_not_null($currency_value)) ? $currency_value : $this->currencies[$currency_type]['value'];
      $format_string = $this->currencies[$currency_type]['symbol_left'] . number_format(zen_round($number * $rate, $this->currencies[$currency_type]['decimal_places']), $this->currencies[$currency_type]['decimal_places'], $this->currencies[$currency_type]['decimal_point'], $this->currencies[$currency_type]['thousands_point']) . $this->currencies[$currency_type]['symbol_right'];
    } else {
      $format_string = $this->currencies[$currency_type]['symbol_left'] . number_format(zen_round($number, $this->currencies[$currency_type]['decimal_places']), $this->currencies[$currency_type]['decimal_places'], $this->currencies[$currency_type]['decimal_point'], $this->currencies[$currency_type]['thousands_point']) . $this->currencies[$currency_type]['symbol_right'];
    }
    return $format_string;
  }
  function get_decimal_places($code) { return $this->currencies[$code]['decimal_places']; }
}

class stubResult {
  var $rows; var $i = 0; var $fields; var $EOF;
  function __construct($rows) { $this->rows = $rows; $this->fields = $rows[0] ?? array(); $this->EOF = empty($rows); }
  function MoveNext() { $this->i++; $this->EOF = ($this->i >= count($this->rows)); $this->fields = $this->EOF ? array() : $this->rows[$this->i]; }
  function RecordCount() { return count($this->rows); }
}
class stubDB {
  function Execute($sql) {
    global $zc;
    if (strpos($sql, 'orders_status_name') !== false) {
      $r = array();
      foreach ($zc['orders_status'] as $id => $name) $r[] = array('orders_status_id' => $id, 'orders_status_name' => $name);
      return new stubResult($r);
    }
    if (strpos($sql, TABLE_ORDERS_STATUS_HISTORY) !== false) return new stubResult($zc['status_history']);
    // orders row used for the CUSTOMER block test
    return new stubResult(array(array(
      'billing_name' => $zc['billing']['name'], 'delivery_name' => $zc['delivery']['name'],
      'billing_street_address' => $zc['billing']['street_address'], 'delivery_street_address' => $zc['delivery']['street_address'])));
  }
}
$db = new stubDB();

function zen_not_null($value) { return is_array($value) ? (sizeof($value) > 0) : (($value != '') && (strtolower($value) != 'null') && (strlen(trim($value)) > 0)); }
function zen_db_prepare_input($string) { return is_string($string) ? trim(stripslashes($string)) : $string; }
function zen_db_input($string) { return addslashes($string); }
function zen_db_output($string) { return htmlspecialchars($string); }
function zen_output_string_protected($string) { return htmlspecialchars($string); }
function zen_round($value, $precision) { $value = round($value * pow(10, $precision), 0); return $value / pow(10, $precision); }
function zen_calculate_tax($price, $tax) { return $price * $tax / 100; }
function zen_add_tax($price, $tax) { global $currencies; return zen_round($price, $currencies->currencies[DEFAULT_CURRENCY]['decimal_places']) + zen_calculate_tax($price, $tax); }
function zen_display_tax_value($value, $padding = TAX_DECIMAL_PLACES) {
  if (strpos($value, '.')) {
    $loop = true;
    while ($loop) {
      if (substr($value, -1) == '0') { $value = substr($value, 0, -1); } else { $loop = false; if (substr($value, -1) == '.') $value = substr($value, 0, -1); }
    }
  }
  return $value;
}
function zen_image($src, $alt = '', $width = '', $height = '', $params = '') {
  $image = '<img src="' . $src . '" border="0" alt="' . $alt . '"';
  if (zen_not_null($alt)) $image .= ' title=" ' . $alt . ' "';
  if (zen_not_null($width) && zen_not_null($height)) $image .= ' width="' . $width . '" height="' . $height . '"';
  return $image . ' />';
}
function zen_draw_separator($image = 'pixel_black.gif', $width = '100%', $height = '1') { return zen_image(DIR_WS_IMAGES . $image, '', $width, $height); }
function zen_date_long($raw_date) {
  if (($raw_date == '0001-01-01 00:00:00') || ($raw_date == '')) return false;
  $year = (int)substr($raw_date, 0, 4); $month = (int)substr($raw_date, 5, 2); $day = (int)substr($raw_date, 8, 2);
  $hour = (int)substr($raw_date, 11, 2); $minute = (int)substr($raw_date, 14, 2); $second = (int)substr($raw_date, 17, 2);
  return @strftime(DATE_FORMAT_LONG, mktime($hour, $minute, $second, $month, $day, $year));
}
function zen_datetime_short($raw_datetime) {
  if (($raw_datetime == '0001-01-01 00:00:00') || ($raw_datetime == '')) return false;
  $year = (int)substr($raw_datetime, 0, 4); $month = (int)substr($raw_datetime, 5, 2); $day = (int)substr($raw_datetime, 8, 2);
  $hour = (int)substr($raw_datetime, 11, 2); $minute = (int)substr($raw_datetime, 14, 2); $second = (int)substr($raw_datetime, 17, 2);
  return @strftime(DATE_TIME_FORMAT, mktime($hour, $minute, $second, $month, $day, $year));
}
// address_format id 6 of the Zen Cart install data (used for the United Kingdom)
function zen_address_format($address_format_id, $address, $html, $boln, $eoln) {
  $company = zen_output_string_protected($address['company']);
  $firstname = zen_output_string_protected($address['name']); $lastname = '';
  $street = zen_output_string_protected($address['street_address']);
  $suburb = zen_output_string_protected($address['suburb']);
  $city = zen_output_string_protected($address['city']);
  $state = zen_output_string_protected($address['state']);
  $country = zen_output_string_protected($address['country']);
  $postcode = zen_output_string_protected($address['postcode']);
  $cr = $html ? $eoln : "\n";
  $streets = $street; if ($suburb != '') $streets = $street . $cr . $suburb;
  $statecomma = ($state != '') ? $state . ', ' : '';
  $fmt = '$firstname $lastname$cr$streets$cr$city$cr$state$cr$postcode$cr$country';
  eval("\$address_out = \"$fmt\";");
  if ((ACCOUNT_COMPANY == 'true') && (zen_not_null($company))) $address_out = $company . $cr . $address_out;
  return $boln . $address_out;
}
