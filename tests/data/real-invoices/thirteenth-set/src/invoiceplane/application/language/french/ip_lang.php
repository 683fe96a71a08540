<?php
// EXCERPT (keys used by InvoicePlane.php only, lines copied verbatim) of
// InvoicePlane/InvoicePlane application/language/french/ip_lang.php @ 52b1b65e6215028b9f810e15b02a4834562a6adf
// (this file has no 'cldr', 'phone_abbr', 'fax_abbr', 'discount' keys; the French document uses none of them visibly)
$lang['amount_due'] = 'Montant dû';
$lang['balance'] = 'Solde';
$lang['description'] = 'Description';
$lang['due_date'] = 'Date d\'échéance';
$lang['invoice_date'] = 'Date de la facture';
$lang['invoice'] = 'Facture';
$lang['item_tax'] = 'Taxe';#T.V.A. ?
$lang['item'] = 'Article';
$lang['paid'] = 'Payé';
$lang['payment_method'] = 'Mode de paiement';
$lang['price'] = 'Prix';
$lang['qty'] = 'Qté';
$lang['subtotal'] = 'Total partiel';
$lang['terms'] = 'Conditions';
$lang['total'] = 'Total';
$lang['vat_id_short'] = 'TVA';
$lang['tax_code_short'] = 'Numéro URSAFF';#Code des impôts
