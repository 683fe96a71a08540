<?php
// Text
$_['text_total'] = 'Gesamtbetrag (brutto)';
