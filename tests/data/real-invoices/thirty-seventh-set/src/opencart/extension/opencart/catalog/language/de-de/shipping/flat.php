<?php
// Heading
$_['heading_title']    = 'Pauschaler Versandbetrag';

// Text
$_['text_description'] = 'Versandpauschale';
