<?php
// EXCERPT (keys used by InvoicePlane.php only, lines copied verbatim) of
// InvoicePlane/InvoicePlane application/language/German/ip_lang.php @ 0d6c935c1ba4441be6c8c70291153c49748b5660
$lang = array(
    'amount_due'                                   => 'Fälliger Betrag',
    'balance'                                      => 'Saldo',
    'cldr'                                         => 'de',
    'description'                                  => 'Beschreibung',
    'discount'                                     => 'Rabatt',
    'due_date'                                     => 'Fällig am',
    'fax_abbr'                                     => 'Fax',
    'invoice'                                      => 'Rechnung',
    'invoice_date'                                 => 'Rechnungsdatum',
    'item'                                         => 'Posten',
    'item_tax'                                     => 'Steuer Posten',
    'paid'                                         => 'Bezahlt',
    'payment_method'                               => 'Zahlungsmethode',
    'phone_abbr'                                   => 'Tel',
    'price'                                        => 'Preis',
    'qty'                                          => 'Menge',
    'subtotal'                                     => 'Zwischensumme',
    'tax_code_short'                               => 'Steuernummer',
    'terms'                                        => 'Bedingungen',
    'total'                                        => 'Summe',
    'vat_id_short'                                 => 'UST',
);
