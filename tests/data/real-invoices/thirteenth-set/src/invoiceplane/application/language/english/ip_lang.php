<?php
// EXCERPT (keys used by InvoicePlane.php only, lines copied verbatim) of
// InvoicePlane/InvoicePlane application/language/english/ip_lang.php @ 003deb41163484cc551ecad0e72aac6e94bf31fc
$lang = [
    'amount_due'                                   => 'Amount Due',
    'balance'                                      => 'Balance',
    'cldr'                                         => 'en',
    'description'                                  => 'Description',
    'discount'                                     => 'Discount',
    'due_date'                                     => 'Due Date',
    'fax_abbr'                                     => 'F',
    'invoice'                                      => 'Invoice',
    'invoice_date'                                 => 'Invoice Date',
    'item'                                         => 'Item',
    'item_tax'                                     => 'Item Tax',
    'paid'                                         => 'Paid',
    'payment_method'                               => 'Payment Method',
    'phone_abbr'                                   => 'P',
    'price'                                        => 'Price',
    'qty'                                          => 'Qty',
    'subtotal'                                     => 'Subtotal',
    'tax_code_short'                               => 'Tax Code',
    'terms'                                        => 'Terms',
    'total'                                        => 'Total',
    'vat_id_short'                                 => 'VAT',
];
