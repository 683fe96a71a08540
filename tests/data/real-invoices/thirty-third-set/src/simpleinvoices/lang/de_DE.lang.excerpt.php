<?php
// EXCERPT of simpleinvoices/simpleinvoices lang/de_DE/lang.php (commit 00fec229242cf25cc0042c6086741f02cac92a99,
// GPL v2 or above): only the keys that templates/invoices/default/template.tpl uses, copied verbatim.
$LANG['address'] = "Adresse";//1
$LANG['amount'] = "Betrag";//1
$LANG['attention_short'] = "Acht.";//1
$LANG['biller'] = "Gl&auml;ubiger";//1
$LANG['customer'] = "Kunde";//1
$LANG['date'] = "Datum";//1
$LANG['description'] = "Beschreibung";//1
$LANG['email'] = "Email";//1
$LANG['fax'] = "Fax";//1
$LANG['item'] = "Posten";//1
$LANG['mobile_short'] = "Handy";//1
$LANG['notes'] = "Kommentare";//1
$LANG['number_short'] = "Nr.";//1
$LANG['owing'] = "Schuldend";//1
$LANG['paid'] = "Bezahlt";//1
$LANG['phone_short'] = "Tel.";//1
$LANG['Price'] = "Price";//0
$LANG['quantity_short'] = "Anz.";//1
$LANG['sub_total'] = "Zwischensumme";//1
$LANG['summary'] = "Summe";//1
$LANG['tax_total'] = "inklusive MwSt.";//1
$LANG['total'] = "Gesamtsumme";//1
$LANG['Unit_Cost'] = "Unit Cost";//0
?>
