<?php
/* Helper data (NOT from the project): same variables as the project's receiver.php */

$orderId="RE/2024/0815";
$orderDate="010924-300924";

$receiver_company="Praxis Dr. Lindner";
$receiver_name="z. Hd. Frau Petra Lindner";
$receiver_street="Königstraße 17";
$receiver_postal="90402 Nürnberg";
$receiver_country="";
$receiver_custid=10342;

$items = array(
  new item(array("Montage", "Einbauschrank Empfang, Aufwand in h", 12.5, 58.00)),
  new item(array("Material", "Eichenplatten 19 mm, in m²", 8.4, 42.50)),
  new item(array("Anfahrt", "Anfahrtspauschale", 2, 35.00)),
);

?>
