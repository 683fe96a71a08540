<?php
// Renders Paymenter's resources/views/pdf/invoice.blade.php with helper-chosen data.
// Usage: php render_paymenter.php <doc-id> <out.html>
namespace App\Models { class TaxRate { public function __construct(public $name, public $rate) {} } }
namespace App\Enums { class InvoiceTransactionStatus { const Succeeded = 'succeeded'; } }
namespace App\Classes { class Settings { public static function tax() { return $GLOBALS['TAX']; } } }
namespace {
require __DIR__ . '/blade.php';
$SRC = dirname(__DIR__) . '/src/paymenter';
require $SRC . '/app/Classes/Price.php';
use App\Classes\Price;
use App\Models\TaxRate;

$CONFIG = []; $LANG = [];
function config($k, $d = null) { global $CONFIG; return array_key_exists($k, $CONFIG) ? $CONFIG[$k] : $d; }
function __($k, $repl = []) {   // Laravel translator: "invoices.x" -> lang/<locale>/invoices.php, :placeholders
    global $LANG; [$file, $key] = explode('.', $k, 2);
    $s = $LANG[$key] ?? $k;
    foreach ($repl as $r => $v) $s = str_replace(':' . $r, $v, $s);
    return $s;
}
function e($v) { return htmlspecialchars((string) $v, ENT_QUOTES, 'UTF-8', true); }
function public_path($p) { return '/public/' . $p; }

class Coll implements IteratorAggregate {   // the few Collection methods the view uses
    public function __construct(public array $items) {}
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
    public function where($f, $v) { return new Coll(array_values(array_filter($this->items, fn($i) => $i->$f === $v))); }
    public function count() { return count($this->items); }
}
function mkdate($dmy) { return DateTime::createFromFormat('!d/m/Y', $dmy); }

$id = $argv[1]; $outFile = $argv[2];
$docs = [
 'de-01' => [
   'locale' => 'de', 'tax_enabled' => true, 'tax' => ['MwSt.', 19],
   'currency' => ['code' => 'EUR', 'prefix' => '', 'suffix' => ' €', 'format' => '1.000,00'],
   'id' => 117, 'number' => 'RE-2025-0117', 'status' => 'paid', 'date' => '03/03/2025',
   'user_name' => 'Jonas Weber', 'user_properties' => ['Lindenweg 14', '28195 Bremen', 'Deutschland'],
   'bill_to' => "Nordlicht Hosting GmbH\nHafenstraße 5\n20457 Hamburg, Deutschland\nUSt-IdNr.: DE298765431\nIBAN: DE02 2005 0550 1502 4680 13",
   'items' => [['VPS M (01.03.2025 - 31.03.2025)', 1, 11.90], ['Domain weber-bremen.de (12 Monate)', 1, 5.95], ['Zusätzliche IPv4-Adresse', 2, 2.38]],
   'transactions' => [['pi_3QyT7kL2dE9fGh41', '03/03/2025', 'Stripe']],
 ],
 'fr-01' => [
   'locale' => 'fr', 'tax_enabled' => true, 'tax' => ['TVA', 20],
   'currency' => ['code' => 'EUR', 'prefix' => '', 'suffix' => ' €', 'format' => '1 000,00'],
   'id' => 309, 'number' => 'FAC-2025-0309', 'status' => 'pending', 'date' => '14/03/2025',
   'user_name' => 'Claire Dubois', 'user_properties' => ['8 avenue Jean Jaurès', '69007 Lyon', 'France'],
   'bill_to' => "Hébergement Alpin SAS\n12 rue des Allobroges, 38000 Grenoble\nSIRET : 852 345 677 00011\nN° TVA : FR61852345677\nIBAN : FR76 3000 4008 2800 0123 4567 841",
   'items' => [['Hébergement Web Pro - mars 2025', 1, 14.40], ['Certificat SSL (1 an)', 1, 9.00], ['Compte e-mail supplémentaire', 3, 1.20]],
   'transactions' => [],
 ],
 'en-01' => [
   'locale' => 'en', 'tax_enabled' => false, 'tax' => null,
   'currency' => ['code' => 'USD', 'prefix' => '$', 'suffix' => '', 'format' => '1,000.00'],
   'id' => 42, 'number' => 'INV-2025-0042', 'status' => 'paid', 'date' => '14/04/2025',
   'user_name' => 'Marcus Reed', 'user_properties' => ['418 Alder Street', 'Portland, OR 97205', 'United States'],
   'bill_to' => "Bytecraft Servers LLC\n2200 Commerce Drive, Suite 140\nAustin, TX 78744\nbilling@bytecraft-servers.example",
   'items' => [['Minecraft Server 8 GB (Apr 14, 2025 - May 13, 2025)', 1, 24.00], ['Setup fee', 1, 5.00], ['Daily off-site backups', 1, 3.50]],
   'transactions' => [['8VX41293KT5512345', '14/04/2025', 'PayPal']],
 ],
];
$d = $docs[$id];
$LANG = require $SRC . '/lang/' . $d['locale'] . '/invoices.php';
$CONFIG = ['settings.tax_enabled' => $d['tax_enabled'], 'settings.tax_type' => 'exclusive',
           'settings.logo' => null, 'settings.invoice_proforma' => false, 'app.name' => 'Paymenter'];
$GLOBALS['TAX'] = $d['tax'] ? new TaxRate($d['tax'][0], $d['tax'][1]) : null;
$currency = (object) $d['currency'];

$invoice = new stdClass;
$invoice->id = $d['id']; $invoice->number = $d['number']; $invoice->status = $d['status'];
$invoice->created_at = mkdate($d['date']);
$invoice->user_name = $d['user_name']; $invoice->user_properties = $d['user_properties'];
$invoice->bill_to = $d['bill_to']; $invoice->currency = $currency; $invoice->tax = $GLOBALS['TAX'];
$items = []; $total = 0;
foreach ($d['items'] as [$desc, $qty, $price]) {
    // InvoiceItem: formattedPrice = Price(price), formattedTotal = Price(price * quantity); price cast decimal:2
    $it = new stdClass; $it->description = $desc; $it->quantity = $qty; $it->price = number_format($price, 2, '.', '');
    $it->formattedPrice = new Price(['price' => $it->price, 'currency' => $currency]);
    $it->formattedTotal = new Price(['price' => $it->price * $qty, 'currency' => $currency]);
    $items[] = $it; $total += $it->price * $qty;
}
$invoice->items = new Coll($items);
// Invoice::total = sum(price * quantity); formattedTotal = Price(total) with the invoice's tax rate
$invoice->formattedTotal = new Price(['price' => $total, 'currency' => $currency], tax: $invoice->tax);
$tx = [];
foreach ($d['transactions'] as [$tid, $tdate, $gw]) {
    $t = new stdClass; $t->transaction_id = $tid; $t->created_at = mkdate($tdate); $t->status = 'succeeded';
    $t->formattedAmount = new Price(['price' => $total, 'currency' => $currency]);
    $t->gateway = (object) ['name' => $gw]; $tx[] = $t;
}
$invoice->transactions = new Coll($tx);
$html = blade_render($SRC . '/resources/views/pdf/invoice.blade.php', ['invoice' => $invoice]);
// the app's <html lang="en"> is kept as is
file_put_contents($outFile, $html);
}
