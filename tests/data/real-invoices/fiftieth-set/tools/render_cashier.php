<?php
// Renders laravel/cashier-stripe resources/views/invoice.blade.php with helper-chosen data.
// The Invoice / InvoiceLineItem / Tax / Discount stand-ins below follow Cashier's accessors:
// amounts are Stripe integer minor units formatted like Cashier::formatAmount() (NumberFormatter CURRENCY
// in config('cashier.currency_locale')), dates like Carbon::toFormattedDateString() ("M j, Y").
// Usage: php render_cashier.php <doc-id> <out.html>
require __DIR__ . '/blade.php';
$SRC = dirname(__DIR__) . '/src/cashier-stripe';
$CUR = 'EUR'; $LOC = 'en';
function fmt($minor) { global $CUR, $LOC; $f = new NumberFormatter($LOC, NumberFormatter::CURRENCY); return $f->formatCurrency($minor / 100, $CUR); }
class D { public function __construct(public DateTime $d) {} public function toFormattedDateString() { return $this->d->format('M j, Y'); } public function __toString(): string { return $this->toFormattedDateString(); } }
function dt($s) { return new D(new DateTime($s)); }

class LineItem {
    public function __construct(public $description, public $quantity, public $unit, public $taxPct, public $inclusive, public $period) {}
    public function hasPeriod() { return $this->period !== null; }
    public function periodStartAndEndAreEqual() { return $this->period[0] === $this->period[1]; }
    public function startDate() { return dt($this->period[0])->toFormattedDateString(); }
    public function endDate() { return dt($this->period[1])->toFormattedDateString(); }
    public function unitAmountExcludingTax() { return fmt($this->unit); }
    public function inclusiveTaxPercentage() { return $this->inclusive ? $this->taxPct : 0; }
    public function exclusiveTaxPercentage() { return $this->inclusive ? 0 : $this->taxPct; }
    public function hasBothInclusiveAndExclusiveTax() { return false; }
    public function rawAmount() { return $this->unit * $this->quantity; }   // Stripe line amount (excl. exclusive tax, before discounts)
    public function total() { return fmt($this->rawAmount()); }
}
class Tax {
    public function __construct(public $display_name, public $jurisdiction, public $percentage, public $raw) {}
    public function isInclusive() { return false; }
    public function amount() { return fmt($this->raw); }
}
class Coupon {
    public function __construct(public $n, public $pct) {}
    public function isPercentage() { return $this->pct !== null; }
    public function name() { return $this->n; }
    public function percentOff() { return $this->pct; }
    public function amountOff() { return ''; }
}
class Discount { public function __construct(public Coupon $c, public $raw) {} public function coupon() { return $this->c; } }
class Inv {
    public $paid, $number, $account_name, $customer_name, $customer_email, $customer_address, $customer_phone, $description;
    public $lines = [], $taxRates = [], $discountList = [], $tax_exempt = 'none', $accountTax = [], $customerTax = [], $date;
    public function date() { return dt($this->date); }
    public function dueDate() { return null; }                      // collection_method = charge_automatically
    public function accountTaxIds() { return $this->accountTax; }
    public function customerTaxIds() { return $this->customerTax; }
    public function invoiceLineItems() { return $this->lines; }
    public function rawSubtotal() { return array_sum(array_map(fn($l) => $l->rawAmount(), $this->lines)); }
    public function rawDiscount() { return array_sum(array_map(fn($d) => $d->raw, $this->discountList)); }
    public function rawTax() { return array_sum(array_map(fn($t) => $t->raw, $this->taxRates)); }
    public function rawTotal() { return $this->rawSubtotal() - $this->rawDiscount() + $this->rawTax(); }
    public function hasTax() { return $this->rawTax() > 0; }
    public function hasDiscount() { return count($this->discountList) > 0; }
    public function discounts() { return $this->discountList; }
    public function discountFor($d) { return fmt($d->raw); }
    public function hasStartingBalance() { return false; }
    public function subtotal() { return fmt($this->rawSubtotal()); }
    public function isNotTaxExempt() { return $this->tax_exempt === 'none'; }
    public function isTaxExempt() { return $this->tax_exempt === 'exempt'; }
    public function taxes() { return $this->taxRates; }
    public function realTotal() { return fmt($this->rawTotal()); }
    public function hasAppliedBalance() { return false; }
    public function appliedBalance() { return fmt(0); }
    public function amountDue() { return fmt($this->rawTotal()); }   // no customer balance applied
}
function tid($v) { return (object) ['value' => $v]; }

$id = $argv[1]; $outFile = $argv[2];
$i = new Inv; $data = [];
switch ($id) {
case 'en-02':   // EUR, 19 % VAT exclusive, currency_locale de_DE
    $CUR = 'EUR'; $LOC = 'de_DE';
    $i->paid = true; $i->number = '7C41B0E2-0008'; $i->date = '2025-02-01'; $i->account_name = 'Taktwerk Software GmbH';
    $i->customer_name = 'Brauhaus Lemke OHG'; $i->customer_email = 'buchhaltung@brauhaus-lemke.example';
    $i->customer_address = (object) ['line1' => 'Alt-Moabit 99', 'line2' => null, 'city' => 'Berlin', 'state' => null, 'postal_code' => '10559', 'country' => 'DE'];
    $i->customerTax = [tid('DE318274655')];
    $i->lines = [new LineItem('Taktwerk Cloud Team (per seat)', 5, 2900, 19, false, ['2025-02-01', '2025-03-01']),
                 new LineItem('Additional storage 50 GB', 1, 800, 19, false, ['2025-02-01', '2025-03-01'])];
    $i->taxRates = [new Tax('VAT', 'DE', 19, 2907)];   // 19 % of 153.00
    $data = ['vendor' => 'Taktwerk Software GmbH', 'product' => 'Taktwerk Cloud', 'street' => 'Karl-Liebknecht-Str. 32',
             'location' => '04107 Leipzig', 'country' => 'Germany', 'email' => 'billing@taktwerk.example', 'url' => 'https://taktwerk.example',
             'vendorVat' => 'VAT ID: DE287451936'];
    break;
case 'en-03':   // USD, customer tax-exempt
    $CUR = 'USD'; $LOC = 'en';
    $i->paid = true; $i->number = 'A93F5D17-0021'; $i->date = '2025-05-12'; $i->account_name = 'Lumen Analytics, Inc.';
    $i->customer_name = 'Riverside Community College'; $i->customer_email = 'ap@riverside-cc.example';
    $i->customer_address = (object) ['line1' => '4800 Magnolia Avenue', 'line2' => 'Accounts Payable', 'city' => 'Riverside', 'state' => 'CA', 'postal_code' => '92506', 'country' => 'US'];
    $i->tax_exempt = 'exempt';
    $i->lines = [new LineItem('Lumen Education (annual)', 1, 120000, 0, false, ['2025-05-12', '2026-05-12']),
                 new LineItem('Extra seats', 15, 2400, 0, false, ['2025-05-12', '2026-05-12'])];
    $data = ['vendor' => 'Lumen Analytics, Inc.', 'product' => 'Lumen Education', 'street' => '500 Howard Street, Floor 3',
             'location' => 'San Francisco, CA 94105', 'country' => 'United States', 'phone' => '+1 (415) 555-0147'];
    break;
case 'en-04':   // GBP, 20 % VAT with a 10 % coupon, currency_locale en_GB
    $CUR = 'GBP'; $LOC = 'en_GB';
    $i->paid = false; $i->number = '5E0D2C88-0002'; $i->date = '2025-06-20'; $i->account_name = 'Quillstack Ltd';
    $i->customer_name = 'Harriet Okafor'; $i->customer_email = 'harriet@okafor-design.example';
    $i->customer_address = (object) ['line1' => '27 Wellington Road', 'line2' => null, 'city' => 'Manchester', 'state' => null, 'postal_code' => 'M14 6EQ', 'country' => 'GB'];
    $i->lines = [new LineItem('Quillstack Studio (annual)', 1, 12000, 20, false, ['2025-06-20', '2026-06-20'])];
    $i->discountList = [new Discount(new Coupon('Launch offer', 10), 1200)];
    $i->taxRates = [new Tax('VAT', 'GB', 20, 2160)];   // 20 % of 108.00
    $data = ['vendor' => 'Quillstack Ltd', 'product' => 'Quillstack Studio', 'street' => '14 Ropewalk',
             'location' => 'Bristol BS1 4QL', 'country' => 'United Kingdom', 'vendorVat' => 'GB 284 1937 65'];
    break;
}
$html = blade_render($SRC . '/resources/views/invoice.blade.php', array_merge($data, ['invoice' => $i]));
file_put_contents($outFile, $html);
