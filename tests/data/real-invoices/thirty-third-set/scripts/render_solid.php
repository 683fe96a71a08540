<?php
// Render SolidInvoice's Templates/modern/pdf.html.twig with Debian's php-twig (Twig 3.5).
// The SolidInvoice Twig functions/filters the template calls are re-implemented here with
// plain data (helper), following their names and the template's logic.
// usage: php render_solid.php data.json out.html
require_once '/usr/share/php/Twig/autoload.php';
$base = dirname(__DIR__);
$d = json_decode(file_get_contents($argv[1]), true);

// --- translations: flat "key: value" YAML excerpt ---
$T = array();
foreach (file("$base/src/solidinvoice/translations/" . $d['catalogue']) as $ln) {
    if (preg_match('/^([A-Za-z0-9_.]+):\s*(.*?)\s*(#.*)?$/', rtrim($ln), $m)) {
        $v = $m[2];
        if (strlen($v) >= 2 && $v[0] === "'" && substr($v, -1) === "'") $v = str_replace("''", "'", substr($v, 1, -1));
        $T[$m[1]] = $v;
    }
}

final class Money {
    public function __construct(public float $amount) {}
    public function isPositive(): bool { return round($this->amount, 2) > 0; }
    public function isZero(): bool { return round($this->amount, 2) == 0; }
}
final class Status { public function __construct(public string $value) {} }
final class Client {
    public function __construct(public string $name, public string $currency, public array $addresses) {}
    public function __toString(): string { return $this->name; }
}
final class Contact { public function __construct(public string $email) {} }

$fmt = new NumberFormatter($d['locale'], NumberFormatter::CURRENCY);
$money = fn($m, $cur) => $fmt->formatCurrency(round($m instanceof Money ? $m->amount : (float)$m, 2), $cur);

// --- the invoice, totals computed as SolidInvoice does: line total = qty*price,
// baseTotal = sum of line totals, tax = sum of line taxes, total = baseTotal + tax ---
$lines = array(); $base_total = 0; $taxrows = array();
foreach ($d['lines'] as $l) {
    $t = round($l['qty'] * $l['price'], 2);
    $tax = round($t * $l['tax_rate'] / 100, 2);
    $base_total += $t;
    $key = $l['tax_name'] . '|' . $l['tax_rate'];
    $taxrows[$key] = ($taxrows[$key] ?? 0) + $tax;
    $lines[] = array('name' => $l['name'], 'description' => $l['description'], 'qty' => $l['qty'],
                     'price' => new Money($l['price']), 'total' => new Money($t));
}
$tax_total = array_sum($taxrows);
$total = round($base_total + $tax_total, 2);
fwrite(STDERR, sprintf("net %.2f tax %.2f total %.2f\n", $base_total, $tax_total, $total));
$lineTaxRows = array();
foreach ($taxrows as $k => $a) { [$n, $r] = explode('|', $k); $lineTaxRows[] = array('name' => $n, 'rate' => $r, 'amount' => new Money($a)); }

$c = $d['client'];
$invoice = array(
    'invoiceId' => $d['invoiceId'], 'uuid' => 'x',
    'client' => new Client($c['name'], $c['currency'], $c['addresses']),
    'invoiceDate' => $d['invoiceDate'], 'due' => $d['due'],
    'status' => new Status($d['status']),
    'lines' => $lines, 'baseTotal' => new Money($base_total), 'tax' => new Money($tax_total),
    'total' => new Money($total), 'balance' => new Money($total),
    'discount' => array('type' => null), 'withholdingAmount' => new Money(0),
    'terms' => $d['terms'], 'payments' => array(),
);

$loader = new \Twig\Loader\FilesystemLoader();
$loader->addPath("$base/src/solidinvoice", 'SolidInvoiceInvoice');
$twig = new \Twig\Environment($loader, array('strict_variables' => false, 'autoescape' => 'html'));
$twig->addFilter(new \Twig\TwigFilter('trans', fn($k) => $T[$k] ?? $k));
$twig->addFilter(new \Twig\TwigFilter('formatCurrency', $money));
$settings = $d['settings'];
$f = array(
    'setting' => fn($k, $def = null, $raw = false) => $settings[$k] ?? $def,
    'app_logo' => fn() => '',
    'invoice_has_outstanding_balance' => fn($inv) => $inv['balance']->isPositive() && count($inv['payments']) > 0,
    'invoice_captured_payments' => fn($inv) => array(),
    'invoice_primary_contact' => fn($inv) => new Contact($d['client']['contact_email']),
    'tax_identifiers' => fn($client = null) => $client === null ? $d['company_tax_ids'] : $d['client']['tax_ids'],
    'company_name' => fn() => $d['company_name'],
    'address' => fn($a) => implode("\n", array_filter($a)),
    'tax_breakdown' => fn($inv) => array('lineTaxRows' => $lineTaxRows, 'additiveRows' => array(), 'informationalRows' => array()),
    'discount' => fn($inv) => new Money(0),
    'payable_amount' => fn($inv) => $inv['total'],
    'payments_configured' => fn($x = false) => 0,
    'feature_enabled' => fn($x) => false,
    'url' => fn($r, $p = array()) => '#',
    'enum' => fn($cls) => (object)array('Paid' => new Status('paid')),
    'file' => fn($p) => '',      // static/pdf.css is not in the file store: omitted
    'asset' => fn($p) => $p,
);
foreach ($f as $name => $fn) $twig->addFunction(new \Twig\TwigFunction($name, $fn, array('is_safe' => array('html'))));
// constant('SolidInvoice\CoreBundle\SolidInvoiceCoreBundle::APP_NAME') -> 'SolidInvoice'
eval('namespace SolidInvoice\CoreBundle; final class SolidInvoiceCoreBundle { const APP_NAME = "SolidInvoice"; }');
file_put_contents($argv[2], $twig->render('@SolidInvoiceInvoice/Templates/' . $d['template'] . '/pdf.html.twig', array('invoice' => $invoice)));
