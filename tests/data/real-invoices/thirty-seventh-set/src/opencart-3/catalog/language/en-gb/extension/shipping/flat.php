<?php
// Heading
$_['text_title']       = 'Flat Rate';

// Text
$_['text_description'] = 'Flat Shipping Rate';