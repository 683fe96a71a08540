<?php

$tax = 19;
$logoImage = "logo.png";

/* Leistungsbringer */
$sender_company = "Meine GmbH";
$sender_street = "Meinestraße 1";
$sender_zip = "90123";
$sender_city = "Meinestadt";
$sender_country = "";
$sender_fon = "089-1234-56";
$sender_fax = "089-1234-99";
$sender_eml = "info@example.com";
$sender_www = "www.example.com";

$sender_footer = "Geschäftsführer Rha Barber · HRB 00000 · Amtsgericht Meinestadt · USt-IdNr. DE 000 000 000<br>" .
 "Sparkasse Meinestadt · IBAN DE00 0000 0000 0000 0000 00 · BIC ABCDEF99XXX";

?>
