<?php
// helper stub: the project's online_payment_link prints a PayPal/ACH link only when the invoice
// preference enables online payment; our preference leaves it off, so it prints nothing.
function smarty_function_online_payment_link($params, $smarty = null) {
    if (!empty($params['type'])) { throw new Exception('online payment not supported in this stub'); }
}
