<?php
// Text
$_['text_sub_total'] = 'Zwischensumme (netto)';
