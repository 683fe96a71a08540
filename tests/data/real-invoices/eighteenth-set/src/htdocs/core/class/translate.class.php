<?php
// realpdf-v18 STAND-IN for Dolibarr's Translate class: reads langs/<code>/<domain>.lang (key=value,
// '#' comments), first loaded value of a key wins (as in Dolibarr), %s parameters via sprintf.
class Translate
{
	public $defaultlang;
	public $charset_output = 'UTF-8';
	public $tab_translate = array();
	private $loaded = array();
	public function __construct($dir, $conf)
	{
	}
	public function setDefaultLang($srclang = 'en_US')
	{
		$this->defaultlang = $srclang;
	}
	public function load($domain)
	{
		if (isset($this->loaded[$domain])) {
			return 1;
		}
		$this->loaded[$domain] = 1;
		$f = LANGS_ROOT.'/'.$this->defaultlang.'/'.$domain.'.lang';
		if (!is_readable($f)) {
			return 0;
		}
		foreach (file($f, FILE_IGNORE_NEW_LINES) as $line) {
			if ($line === '' || $line[0] == '#') {
				continue;
			}
			$p = strpos($line, '=');
			if ($p === false) {
				continue;
			}
			$key = trim(substr($line, 0, $p));
			$val = trim(substr($line, $p + 1));
			if (!isset($this->tab_translate[$key])) {
				$this->tab_translate[$key] = $val;
			}
		}
		return 1;
	}
	public function loadLangs($domains)
	{
		foreach ($domains as $d) {
			$this->load($d);
		}
		return 1;
	}
	public function transnoentities($key, $p1 = '', $p2 = '', $p3 = '', $p4 = '')
	{
		if (!isset($this->tab_translate[$key])) {
			return $key;
		}
		$str = $this->tab_translate[$key];
		if (strpos($str, '%s') !== false) {
			$str = sprintf($str, $p1, $p2, $p3, $p4);
		}
		return $str;
	}
	public function transnoentitiesnoconv($key, $p1 = '', $p2 = '', $p3 = '', $p4 = '')
	{
		return $this->transnoentities($key, $p1, $p2, $p3, $p4);
	}
	public function trans($key, $p1 = '', $p2 = '', $p3 = '', $p4 = '')
	{
		return $this->transnoentities($key, $p1, $p2, $p3, $p4);
	}
	public function transcountrynoentities($str, $countrycode)
	{
		if (isset($this->tab_translate[$str.$countrycode])) {
			return $this->transnoentities($str.$countrycode);
		}
		return $this->transnoentities($str);
	}
	public function convToOutputCharset($str, $pagecodefrom = 'UTF-8')
	{
		return (string) $str;
	}
	public function getCurrencySymbol($currency_code)
	{
		return ($currency_code == 'EUR' ? '€' : $currency_code);
	}
}
