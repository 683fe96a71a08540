<?php
/* EXCERPT: X2Engine/X2CRM x2engine/protected/messages/fr/products.php (commit 1cfca20cba39f67826ccf6c37221cd1dd6e0b15a).
 * The original file's BSD-3-Clause licence header (X2Engine Inc., 2011-2012) is omitted here; the array below is verbatim. */

return array (
// Product Attributes
'ID'=>'ID',
'Name'=>'Nom',
'Type'=>'Type',
'Price'=>'Prix',
'Inventory'=>'Inventaire',
'Currency'=>'Monnaie',
'Status'=>'Statut',
'Description'=>'Description',
'Create Date'=>'Date de Création',
'Tools'=>'Outils',

// Product Actions
'Product List'=>'Liste des Produits',
'Create'=>'Créer',
'View'=>'Voir',
'Update'=>'Mettre à jour',
'Delete'=>'Effacer',
'Manage'=>'Gérer',

// Product Titles
'Products'=>'Produits',
'Product'=>'Produit',
'Product:'=>'Produit:',
'Update Product: {name}'=>'Mise à jour du produit: {name}',

'Adjustments'=>'Ajustements',
// Product Table
'Line Item'=>'Point Ligne',
'Unit Price'=>'Prix unitaire',
'Quantity'=>'Quantité',
'Adjustment'=>'Ajustement',

// Misc Text
);
