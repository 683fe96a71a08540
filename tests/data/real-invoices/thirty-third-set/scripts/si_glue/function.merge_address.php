<?php
// helper glue (same style as the project's wrappers): delegate to the project's blade_merge_address()
function smarty_function_merge_address($params, $smarty = null) {
    echo blade_merge_address($params);
}
