<?php
// Harness for OpenODG's facturation/_latexContent.php partial (symfony 1.4 partial: a plain PHP
// template that sees $facture). Stubs: sfConfig::get('sf_web_dir'); $facture built from JSON,
// amounts as PHP floats (as stored in the CouchDB document and echoed by the partial).
class sfConfig { public static $v = array(); public static function get($k) { return self::$v[$k]; } }
list(, $tpl, $data, $webdir, $out) = $argv;
sfConfig::$v['sf_web_dir'] = $webdir;
$facture = json_decode(file_get_contents($data)); // objects; JSON numbers -> int/float
ob_start();
include $tpl;
file_put_contents($out, ob_get_clean());
