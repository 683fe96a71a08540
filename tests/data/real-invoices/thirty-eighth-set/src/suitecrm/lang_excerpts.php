<?php
// Verbatim key => value excerpts of SuiteCRM language files (salesagility/SuiteCRM, AGPL-3.0),
// only the keys the invoice sample template uses.
//  en_us: modules/AOS_Invoices/language/en_us.lang.php @00b19a4c745758ebf1bc6ee93627cecc3327ede6
//         modules/AOS_PDF_Templates/language/en_us.lang.php @1e91e85e7637a269cf88fff81f545958e1f4eb02
//         modules/AOS_Products/language/en_us.lang.php (LBL_DESCRIPTION 'Description')
//         include/language/en_us.lang.php (LBL_BROWSER_TITLE, LBL_PERCENTAGE_SYMBOL)
//  ge_ge: modules/AOS_Invoices/language/ge_ge.lang.php @8e51b0e900d7e8cf39529c39ab2976583c638e69
//         modules/AOS_PDF_Templates/language/ge_ge.lang.php @5d927f10c92a965305fbc1e0679462f8570e2b49
//         modules/AOS_Products/language/ge_ge.lang.php @f1107b229f5948582039759552f9db185a8f5193
//  fr_fr: modules/AOS_Invoices/language/fr_fr.lang.php @8e51b0e900d7e8cf39529c39ab2976583c638e69
//         modules/AOS_PDF_Templates/language/fr_fr.lang.php @8e51b0e900d7e8cf39529c39ab2976583c638e69
//         (no AOS_Products fr_fr file in store: LBL_DESCRIPTION falls back to en_us)
//  Keys missing in ge_ge/fr_fr (LBL_ANY_STREET/TOWN/WHERE, LBL_BROWSER_TITLE) fall back to en_us,
//  as SugarCRM's language loader merges the default language first.
$LANG = array(
 'en_us' => array(
  'app' => array('LBL_BROWSER_TITLE' => 'SuiteCRM - Open Source CRM', 'LBL_PERCENTAGE_SYMBOL' => '%'),
  'AOS_PDF_Templates' => array('LBL_PAGE' => 'Page', 'LBL_PREPARED_FOR' => 'Prepared For', 'LBL_PREPARED_BY' => 'Prepared By',
     'LBL_ANY_STREET' => 'Any Street', 'LBL_ANY_TOWN' => 'Any Town', 'LBL_ANY_WHERE' => 'Any Where'),
  'AOS_Products' => array('LBL_DESCRIPTION' => 'Description'),
  'AOS_Invoices' => array(
    'LBL_INVOICE_NUMBER' => 'Invoice Number', 'LBL_SUBTOTAL_AMOUNT' => 'Subtotal', 'LBL_DISCOUNT_AMOUNT' => 'Discount',
    'LBL_TAX_AMOUNT' => 'Tax', 'LBL_SHIPPING_AMOUNT' => 'Shipping', 'LBL_TOTAL_AMT' => 'Total', 'LBL_GRAND_TOTAL' => 'Grand Total',
    'LBL_INVOICE_DATE' => 'Invoice Date', 'LBL_DUE_DATE' => 'Due Date', 'LBL_PRODUCT_QUANITY' => 'Quantity',
    'LBL_PRODUCT_NAME' => 'Product', 'LBL_LIST_PRICE' => 'List', 'LBL_DISCOUNT_AMT' => 'Discount', 'LBL_UNIT_PRICE' => 'Sale Price',
    'LBL_TOTAL_PRICE' => 'Total', 'LBL_VAT' => 'Tax', 'LBL_PDF_NAME' => 'Invoice'),
 ),
 'ge_ge' => array(
  'app' => array(),
  'AOS_PDF_Templates' => array('LBL_PAGE' => 'Seite', 'LBL_PREPARED_FOR' => 'Vorbereitet Für', 'LBL_PREPARED_BY' => 'Vorbereitet durch'),
  'AOS_Products' => array('LBL_DESCRIPTION' => 'Beschreibung'),
  'AOS_Invoices' => array(
    'LBL_INVOICE_NUMBER' => 'Rechnung Nummer', 'LBL_SUBTOTAL_AMOUNT' => 'Netto-Summe', 'LBL_DISCOUNT_AMOUNT' => 'Rabatt',
    'LBL_TAX_AMOUNT' => 'MwSt Betrag', 'LBL_SHIPPING_AMOUNT' => 'Versandkosten', 'LBL_TOTAL_AMT' => 'Brutto-Summe',
    'LBL_GRAND_TOTAL' => 'Gesamtbetrag', 'LBL_INVOICE_DATE' => 'Rechnungsdatum', 'LBL_DUE_DATE' => 'fällig am',
    'LBL_PRODUCT_QUANITY' => 'Anzahl', 'LBL_PRODUCT_NAME' => 'Produkt', 'LBL_LIST_PRICE' => 'Listenpreis',
    'LBL_DISCOUNT_AMT' => 'Rabatt', 'LBL_UNIT_PRICE' => 'Einzelpreis', 'LBL_TOTAL_PRICE' => 'Summe', 'LBL_VAT' => 'MwSt',
    'LBL_PDF_NAME' => 'Rechnung'),
 ),
 'fr_fr' => array(
  'app' => array(),
  'AOS_PDF_Templates' => array('LBL_PAGE' => 'Page', 'LBL_PREPARED_FOR' => 'Pr&eacute;par&eacute; pour', 'LBL_PREPARED_BY' => 'Pr&eacute;par&eacute; par',
     'LBL_ANY_STREET' => 'Autre rue', 'LBL_ANY_TOWN' => 'Autre ville', 'LBL_ANY_WHERE' => 'N&apos;importe o&ugrave;'),
  'AOS_Products' => array(),
  'AOS_Invoices' => array(
    'LBL_INVOICE_NUMBER' => 'Num&eacute;ro de facture', 'LBL_SUBTOTAL_AMOUNT' => 'Montant total', 'LBL_DISCOUNT_AMOUNT' => 'Remise',
    'LBL_TAX_AMOUNT' => 'TVA', 'LBL_SHIPPING_AMOUNT' => 'Frais de livraison', 'LBL_TOTAL_AMT' => 'Montant brut',
    'LBL_GRAND_TOTAL' => 'Montant total', 'LBL_INVOICE_DATE' => 'date de facturation', 'LBL_DUE_DATE' => 'Ech&eacute;ance',
    'LBL_PRODUCT_QUANITY' => 'Quantit&eacute;', 'LBL_PRODUCT_NAME' => 'Produit', 'LBL_LIST_PRICE' => 'Liste de prix',
    'LBL_DISCOUNT_AMT' => 'Remise', 'LBL_UNIT_PRICE' => 'Prix unitaire', 'LBL_TOTAL_PRICE' => 'Somme totale', 'LBL_VAT' => 'TVA',
    'LBL_PDF_NAME' => 'Facture'),
 ),
);
