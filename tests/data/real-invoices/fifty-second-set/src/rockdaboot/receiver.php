<?php

$orderId="RE/test/1";
$orderDate="010416-300416";

$receiver_company="Empfänger GmbH";
$receiver_name="- Buchhaltung -";
$receiver_street="Foo Straße 55b";
$receiver_postal="12345 Bar Stadt";
$receiver_country="";
$receiver_custid=777;

$items = array(
  new item(array("Admin", "DB Einrichtung, Aufwand in h", 6.5, 63.00)),
  new item(array("Beratung", "telefonische Beratung in h", 3.0, 50.00)),
);

?>
