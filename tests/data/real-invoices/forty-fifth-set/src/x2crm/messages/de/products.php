<?php
/* EXCERPT: X2Engine/X2CRM x2engine/protected/messages/de/products.php (commit 1cfca20cba39f67826ccf6c37221cd1dd6e0b15a).
 * The original file's BSD-3-Clause licence header (X2Engine Inc., 2011-2012) is omitted here; the array below is verbatim. */

return array (
// Product Attributes
'ID'=>'ID',
'Name'=>'Name',
'Type'=>'Typ',
'Price'=>'Preis',
'Inventory'=>'Inventar',
'Currency'=>'Währung',
'Status'=>'Status',
'Description'=>'Beschreibung',
'Create Date'=>'Neues Datum',
'Tools'=>'Werkzeuge',

// Product Actions
'Product List'=>'Produkt-Liste',
'Create'=>'Schaffen',
'View'=>'Sehen',
'Update'=>'Aktualisieren',
'Delete'=>'Löschen',
'Manage'=>'Verwalten',

// Product Titles
'Products'=>'Produkte',
'Product'=>'Produkt',
'Product:'=>'Produkt:',
'Update Product: {name}'=>'Update Product: {name}',

'Adjustments'=>'Anpassungen',
// Product Table
'Line Item'=>'Line Item',
'Unit Price'=>'Einzelpreis',
'Quantity'=>'Menge',
'Adjustment'=>'Anpassung',

// Misc Text
);
