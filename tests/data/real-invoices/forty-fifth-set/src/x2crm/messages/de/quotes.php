<?php
return array (
// Quotes Attributes
'Locked'=>'Verschlossen',
'Expiration Date'=>'Ablaufdatum',
'Opportunity Stage'=>'Gelegenheit Bühne',
'Invoice Created'=>'Erstellt Rechnung',
'Invoice Issued'=>'Ausgestellten Rechnung',
'Invoice Payed'=>'Bezahlte Rechnung',
'Invoice Status'=>'Rechnungsstatus',
'Subtotal'=>'Zwischensumme',
'Quote Template'=>'Zitat Template',

'Existing Products'=>'bestehende Produkte',
'Notes/Terms'=>'Notes / AGB',

'Draft'=>'Entwurf',
'Issued'=>'Ausgestellt',

// Quotes Actions
'Quotes List'=>'Kursliste',
'View Quote'=>'Zitat Anzeigen',
'Delete Quote'=>'Löschen Zitieren',
'Manage Quotes'=>'Verwalten von Nachrichten',
'New Quote'=>'Neu Angebot',
'Expires'=>'Verfällt',
'Invoice List'=>'Rechnung Liste',
'Convert To Invoice'=>'Wandeln zu Rechnung',
'Invoice'=>'Rechnung',
'Print Invoice'=>'Rechnung drucken',

'Share Quote'=>'Share Zitat',
'Print'=>'Drucken',
'Print Quote'=>'Zitat Drucken',

// Quotes Titles
'Invoice:'=>'Rechnung:',
'Update Quote: {name}'=>'Update Zitat: {name}',
'Print Options'=>'Druckoptionen',
'Sales'=>'Vertrieb',
'Product Name'=>'Produktname',
'Adjustment Name'=>'Anpassungsname',
'To create a template for quotes and invoices, go to the Docs module and select "{crQu}".'=>'Um eine Vorlage für Angebote und Rechnungen zu erstellen, auf die Docs-Modul und wählen Sie &quot;{crQu} &quot;.',

// Misc Text
'Quote Record Details'=>'Angebotsdatensatz Einzelheiten',
'Include Logo'=>'Include Logo',
'Could not save quote.'=>'Konnte nicht gespeichert zitieren.',
'Invoices'=>'Rechnungen',
'Quotes/Invoices'=>'Quotes / Rechnungen',
'Add Line Item'=>'In Einzelposten',
'Add Adjustment'=>'In Anpassung',
'Dates'=>'Termine',
'Move'=>'Bewegen',
'Update Quote'=>'Aktualisieren Quote',
'Quotes Stage'=>'Zitate Bühne',
'Presented'=>'Präsentiert',
'Item Table'=>'Artikel Tabelle',
'"Quote" or "Invoice"'=>'&quot;Quote&quot; oder &quot;Rechnung&quot;',
'Duplicate'=>'Duplizieren',
'quote'=>'zitieren',
'invoice'=>'Rechnung',
'Quote {id} does not exist. It may have been deleted.'=>'Quote {id} existiert nicht. Es wurde möglicherweise gelöscht.',
'Date printed/emailed'=>'Datum gedruckt / per E-Mail',
'Could not save quote due to line item errors:'=>'Konnte nicht gespeichert werden Zitat aufgrund Posten Fehler:',
'Update Quote:'=>'Aktualisieren Zitat:',
'Update Invoice:'=>'Aktualisieren Rechnung:',
);