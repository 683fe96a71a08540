<?php
// helper glue: delegate to the project's blade_inv_itemised_cf()
function smarty_function_inv_itemised_cf($params, $smarty = null) {
    echo blade_inv_itemised_cf($params);
}
