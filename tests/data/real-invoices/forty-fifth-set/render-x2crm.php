<?php
// Minimal stand-ins for the Yii 1.1 runtime so that X2CRM's own legacy quote/invoice print view
// (src/x2crm/views/print.php), Quote::productTable() (verbatim excerpt) and QuoteProduct (verbatim)
// can run outside the application. Usage: php render-x2crm.php data.json out.html
$cfg = json_decode(file_get_contents($argv[1]), true);
$GLOBALS['CFG'] = $cfg;
$GLOBALS['MSG'] = array(
  'quotes'   => require __DIR__."/src/x2crm/messages/{$cfg['lang']}/quotes.php",
  'products' => require __DIR__."/src/x2crm/messages/{$cfg['lang']}/products.php",
);
class Yii {
  static function t($cat, $msg) { $m = $GLOBALS['MSG'][$cat] ?? array(); return isset($m[$msg]) ? $m[$msg] : $msg; }
  static function app() { static $a; if (!$a) $a = new YiiAppStub; return $a; }
}
class CHtml { static function encode($t) { return htmlspecialchars((string)$t, ENT_QUOTES, 'UTF-8'); } }
// Locale data as in Yii 1.1 framework/i18n/data/{de,fr}.php (CLDR): currency '#,##0.00 ¤', long date.
class LocaleStub {
  public $numberFormatter;
  function __construct() { $this->numberFormatter = new NumberFormatterStub; }
  function getDateFormat($w) { return $GLOBALS['CFG']['lang'] == 'de' ? 'd. MMMM y' : 'd MMMM y'; }
}
class NumberFormatterStub {
  function formatCurrency($v, $cur) {
    $lang = $GLOBALS['CFG']['lang'];
    $group = $lang == 'de' ? '.' : "\u{00A0}";
    $sym = array('EUR' => '€')[$cur];
    $s = number_format(abs((float)$v), 2, ',', $group);
    return ($v < 0 ? '-' : '') . $s . "\u{00A0}" . $sym;
  }
}
class DateFormatterStub {
  // The real view passes time(); the helper fixes the print date (CFG printDate) for reproducibility.
  function format($pattern, $ts) {
    $months = array(
      'de' => array(1=>'Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'),
      'fr' => array(1=>'janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'));
    list($y, $m, $d) = array_map('intval', explode('-', $GLOBALS['CFG']['printDate']));
    return strtr($pattern, array('d' => $d, 'MMMM' => $months[$GLOBALS['CFG']['lang']][$m], 'y' => $y));
  }
}
class YiiAppStub { public $locale, $dateFormatter;
  function __construct() { $this->locale = new LocaleStub; $this->dateFormatter = new DateFormatterStub; } }
class CActiveRecord {
  protected $_a = array();
  function __construct($attrs = array()) { $this->_a = $attrs; }
  function __get($n) { $g = 'get'.ucfirst($n); if (method_exists($this, $g)) return $this->$g(); return $this->_a[$n] ?? null; }
  function __set($n, $v) { $this->_a[$n] = $v; }
  function __isset($n) { return isset($this->_a[$n]); }
  static function model($c = null) { return null; }
}
require __DIR__.'/src/x2crm/models/QuoteProduct.php';
// Quote stand-in: productTable() is X2CRM's verbatim code, loaded from the excerpt file.
$body = file_get_contents(__DIR__.'/src/x2crm/models/Quote.productTable.excerpt.php');
eval('class Quote extends CActiveRecord {
  public function getLineItems() { return $this->_a["lineItemObjs"]; }
  public function getAdjustmentLines() { return array_filter($this->lineItems, function($li){ return $li->isTotalAdjustment; }); }
  public function getProductLines() { return array_filter($this->lineItems, function($li){ return !$li->isTotalAdjustment; }); }
  public function renderAttribute($a) { return CHtml::encode($this->$a); }
'.$body.' }');
$items = array();
foreach ($cfg['lineItems'] as $i => $li) { $li['currency'] = $cfg['currency']; $li['lineNumber'] = $i; $items[] = new QuoteProduct($li); }
$model = new Quote(array('id' => $cfg['id'], 'name' => $cfg['name'], 'type' => 'invoice', 'currency' => $cfg['currency'],
  'subtotal' => $cfg['subtotal'], 'total' => $cfg['total'], 'description' => $cfg['description'], 'lineItemObjs' => $items));
$email = false;
ob_start();
include __DIR__.'/src/x2crm/views/print.php';
file_put_contents($argv[2], ob_get_clean());
