<?php
/**
 * Minimal stand-ins (written by the corpus helper, not OXID code) for the OXID eShop classes the
 * invoicepdf module calls: oxField, oxRegistry, oxLang, oxConfig, oxUtilsDate, oxNew, oxshop,
 * oxuser, oxpayment and the module's parent class oxOrder (InvoicepdfOxOrder_parent).
 * Data comes from a JSON file (helper's own plausible data).
 */

class oxField
{
    const T_TEXT = 1;
    const T_RAW = 2;
    public $value;
    public $rawValue;
    public function __construct($value = null, $type = self::T_TEXT) { $this->setValue($value, $type); }
    public function setValue($value = null, $type = self::T_TEXT)
    {
        // like OXID: T_TEXT stores an HTML-escaped value and keeps the raw one
        $this->rawValue = $value;
        $this->value = ($type == self::T_RAW || $value === null) ? $value : htmlspecialchars((string) $value, ENT_QUOTES, 'UTF-8');
    }
    public function getRawValue() { return $this->rawValue === null ? $this->value : $this->rawValue; }
}

/** objects with OXID-style "table__field" oxField properties */
#[AllowDynamicProperties]
class v43FieldObject
{
    protected $_sPrefix = '';
    public function assignData($aData)
    {
        foreach ($aData as $k => $v) {
            $n = $this->_sPrefix . '__' . $k;
            $this->$n = new oxField($v);
        }
    }
    public function __get($sName)
    {
        // unknown fields are empty, as for an empty DB column
        $this->$sName = new oxField('');
        return $this->$sName;
    }
}

class oxLang
{
    public $aLang = array();
    public function translateString($sString, $iLang = null)
    {
        return isset($this->aLang[$sString]) ? $this->aLang[$sString] : $sString;
    }
    public function formatCurrency($dValue, $oActCur = null)
    {
        if (!$oActCur) {
            $oActCur = oxRegistry::getConfig()->getActShopCurrencyObject();
        }
        return number_format((double) $dValue, $oActCur->decimal, $oActCur->dec, $oActCur->thousand);
    }
}

class oxConfig
{
    public $aParams = array();
    public $oCur;
    public $sImageDir;
    public function getConfigParam($sName) { return isset($this->aParams[$sName]) ? $this->aParams[$sName] : null; }
    public function getShopId() { return 1; }
    public function isUtf() { return true; }
    public function getImageDir() { return $this->sImageDir; }
    public function getCurrencyObject($sName) { return ($this->oCur && $this->oCur->name == $sName) ? $this->oCur : null; }
    public function getActShopCurrencyObject() { return $this->oCur; }
    public function getRequestParameter($sName) { return null; }
}

class oxUtilsDate
{
    // sLocalDateFormat "EUR": d.m.Y
    public function formatDBDate($sDBDateIn) { return date('d.m.Y', strtotime($sDBDateIn)); }
}

class oxRegistry
{
    public static $oLang;
    public static $oConfig;
    public static function getLang() { return self::$oLang; }
    public static function getConfig() { return self::$oConfig; }
    public static function get($sClass) { return new oxUtilsDate(); }
}

#[AllowDynamicProperties]
class v43Shop extends v43FieldObject
{
    protected $_sPrefix = 'oxshops';
    public function load($sId) { $this->assignData($GLOBALS['v43data']['shop']); return true; }
}

#[AllowDynamicProperties]
class v43User extends v43FieldObject
{
    protected $_sPrefix = 'oxuser';
    public function load($sId) { $this->assignData($GLOBALS['v43data']['user']); return true; }
}

#[AllowDynamicProperties]
class v43Payment extends v43FieldObject
{
    protected $_sPrefix = 'oxpayments';
    public function loadInLang($iLang, $sId) { $this->assignData(array('oxdesc' => $GLOBALS['v43data']['payment'])); return true; }
}

#[AllowDynamicProperties]
class v43OrderArticle extends v43FieldObject
{
    protected $_sPrefix = 'oxorderarticles';
}

function oxNew($sClass)
{
    v43DefinePdfClass();
    switch (strtolower($sClass)) {
        case 'oxpdf': return new v43PDF();
        case 'oxshop': return new v43Shop();
        case 'oxuser': return new v43User();
        case 'oxpayment': return new v43Payment();
    }
    throw new Exception("oxNew: no stand-in for $sClass");
}

/** stand-in for oxOrder: holds the order fields and article list, computes totals the way oxOrder stores them */
#[AllowDynamicProperties]
class InvoicepdfOxOrder_parent extends v43FieldObject
{
    protected $_sPrefix = 'oxorder';
    protected $_oArticles = null;
    protected $_aArticles = array();
    protected $_blNetto = false;

    public function getConfig() { return oxRegistry::getConfig(); }
    public function isNettoMode() { return $this->_blNetto; }
    public function getOrderArticles($blExcludeCanceled = false) { return $this->_aArticles; }
    public function getNextBillNum() { return 1; }
    public function save() { return true; }
    public function getOrderCurrency() { return oxRegistry::getConfig()->getActShopCurrencyObject(); }
    public function getFormattedTotalOrderSum()
    {
        return oxRegistry::getLang()->formatCurrency($this->oxorder__oxtotalordersum->value, $this->getOrderCurrency());
    }
    public function getProductVats($blFormatCurrency = true)
    {
        $aVats = array();
        for ($i = 1; $i <= 5; $i++) {
            $sVat = 'oxorder__oxartvat' . $i;
            $sPrice = 'oxorder__oxartvatprice' . $i;
            if ($this->$sVat->value) {
                $aVats[$this->$sVat->value] = $this->$sPrice->value;
            }
        }
        return $aVats;
    }

    /** fill from JSON data; article and order sums computed like oxBasket/oxOrder do (round per line, VAT per rate) */
    public function v43Load($aData)
    {
        $this->_blNetto = !empty($aData['netto_mode']);
        $aOrder = $aData['order'];
        $aRates = array();
        $dNetSum = 0; $dBrutSum = 0;
        foreach ($aData['articles'] as $aArt) {
            $dVat = (float) $aArt['vat'];
            $dAmount = (float) $aArt['amount'];
            if ($this->_blNetto) {
                $dNPrice = round($aArt['price'], 2);
                $dNetPrice = round($dNPrice * $dAmount, 2);
                $aArt['nprice'] = $dNPrice; $aArt['netprice'] = $dNetPrice;
                $aArt['bprice'] = round($dNPrice * (100 + $dVat) / 100, 2);
                $aArt['brutprice'] = round($dNetPrice * (100 + $dVat) / 100, 2);
                $aRates[$aArt['vat']]['net'] = (isset($aRates[$aArt['vat']]['net']) ? $aRates[$aArt['vat']]['net'] : 0) + $dNetPrice;
            } else {
                $dBPrice = round($aArt['price'], 2);
                $dBrutPrice = round($dBPrice * $dAmount, 2);
                $aArt['bprice'] = $dBPrice; $aArt['brutprice'] = $dBrutPrice;
                $aArt['nprice'] = round($dBPrice * 100 / (100 + $dVat), 2);
                $aArt['netprice'] = round($dBrutPrice * 100 / (100 + $dVat), 2);
                $aRates[$aArt['vat']]['brut'] = (isset($aRates[$aArt['vat']]['brut']) ? $aRates[$aArt['vat']]['brut'] : 0) + $dBrutPrice;
            }
            $oArt = new v43OrderArticle();
            $oArt->assignData(array(
                'oxamount' => $aArt['amount'], 'oxartnum' => $aArt['artnum'], 'oxtitle' => $aArt['title'],
                'oxvat' => $aArt['vat'], 'oxselvariant' => isset($aArt['variant']) ? $aArt['variant'] : '',
                'oxnprice' => $aArt['nprice'], 'oxbprice' => $aArt['bprice'],
                'oxnetprice' => $aArt['netprice'], 'oxbrutprice' => $aArt['brutprice'],
            ));
            $this->_aArticles[] = $oArt;
        }
        $i = 1;
        krsort($aRates);
        foreach ($aRates as $sRate => $aSum) {
            if ($this->_blNetto) {
                $dVatValue = round($aSum['net'] * $sRate / 100, 2);
                $dNetSum += $aSum['net'];
                $dBrutSum += $aSum['net'] + $dVatValue;
            } else {
                $dVatValue = round($aSum['brut'] * $sRate / (100 + $sRate), 2);
                $dBrutSum += $aSum['brut'];
                $dNetSum += $aSum['brut'] - $dVatValue;
            }
            $aOrder['oxartvat' . $i] = $sRate;
            $aOrder['oxartvatprice' . $i] = round($dVatValue, 2);
            $i++;
        }
        $aOrder['oxtotalnetsum'] = round($dNetSum, 2);
        $aOrder['oxtotalbrutsum'] = round($dBrutSum, 2);
        $aOrder['oxtotalordersum'] = round($dBrutSum + $aOrder['oxdelcost'] + (isset($aOrder['oxpaycost']) ? $aOrder['oxpaycost'] : 0), 2);
        $this->assignData($aOrder);
    }
}

/**
 * oxNew() may hand out a subclass (OXID's module-extension mechanism). OXID's bundled TCPDF 4/5 wrote
 * Text() without page-break checks; Debian's TCPDF 6 breaks pages inside Text() near the footer,
 * so automatic page breaks are switched off (the module does its own paging at 243/258 mm), and
 * Text() is given the baseline alignment the module's coordinates assume.
 */
function v43DefinePdfClass()
{
    if (!class_exists('v43PDF', false)) {
        eval('class v43PDF extends oxPDF {
            public function __construct() { parent::__construct(); $this->SetAutoPageBreak(false, 0); }
            // the module positions text FPDF-style (y = baseline; rules drawn 1-2 mm below it), as OXID\'s
            // bundled TCPDF did; TCPDF 6 defaults to y = top of the cell, so ask for the baseline (calign L)
            public function Text($x, $y, $txt, $fstroke = 0, $fclip = false, $ffill = true, $border = 0, $ln = 0, $align = \'\', $fill = false, $link = \'\', $stretch = 0, $ignore_min_height = false, $calign = \'L\', $valign = \'M\', $rtloff = false) {
                return parent::Text($x, $y, $txt, $fstroke, $fclip, $ffill, $border, $ln, $align, $fill, $link, $stretch, $ignore_min_height, $calign, $valign, $rtloff);
            }
        }');
    }
}
