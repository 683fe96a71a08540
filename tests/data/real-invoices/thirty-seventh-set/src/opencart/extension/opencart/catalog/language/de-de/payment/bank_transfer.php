<?php
// Heading
$_['heading_title']    = 'Banküberweisung';

// Text
$_['text_instruction'] = 'Anweisungen für die Banküberweisung';
$_['text_description'] = 'Bitte überweisen Sie den Gesamtbetrag auf das folgende Bankkonto:';
$_['text_payment']     = 'Ihre Bestellung wird erst nach erfolgtem Zahlungseingang bei uns ausgeliefert.';
