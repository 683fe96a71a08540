<?php
// Verbatim excerpts of akaunting/akaunting resources/lang/de-DE/{invoices,general}.php
// @03ed626911e2968cf24fa7fcae2650179d894857 (Akaunting 1.x, GPLv3): only the keys the invoice view uses.
return [
  'invoices' => [
    'invoice_number'    => 'Rechnungsnummer',
    'invoice_date'      => 'Rechnungsdatum',
    'order_number'      => 'Bestellnummer',
    'bill_to'           => 'Rechnung Zu',
    'quantity'          => 'Menge',
    'price'             => 'Preis',
    'sub_total'         => 'Zwischensumme',
    'total'             => 'Gesamt',
    'payment_due'       => 'Fälligkeit der Zahlung',
    'paid'              => 'Bezahlt',
  ],
  'general' => [
    'items'                 => 'Artikel | Artikel',
    'invoices'              => 'Rechnung | Rechnungen',
    'notes'                 => 'Notiz | Notizen',
    'tax_number'            => 'Steuernummer',
  ],
];
