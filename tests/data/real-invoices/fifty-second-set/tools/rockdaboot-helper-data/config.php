<?php
/* Helper data (NOT from the project): same variables as the project's config.php */

$tax = 19;
$logoImage = "logo.png";

/* Leistungsbringer */
$sender_company = "Schreinerei Holzwerk GmbH";
$sender_street = "Fürther Straße 212";
$sender_zip = "90429";
$sender_city = "Nürnberg";
$sender_country = "";
$sender_fon = "0911-3287-40";
$sender_fax = "0911-3287-49";
$sender_eml = "info@holzwerk.example";
$sender_www = "www.holzwerk.example";

$sender_footer = "Geschäftsführerin Anna Kellermann · HRB 31877 · Amtsgericht Nürnberg · USt-IdNr. DE 287 654 321<br>" .
 "Sparkasse Nürnberg · IBAN DE22 7605 0101 0004 7110 25 · BIC SSKNDE77XXX";

?>
