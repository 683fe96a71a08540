<?php
/**
 * Blade-compatible helpers for template output.
 * Used by Blade directives and legacy tag precompilers ({merge_address ...}, etc.).
 * All functions return HTML strings (no echo) for use in Blade {{ }} or @directives.
 */

// --- Request / form helpers (Blade alternative to $smarty->post / $smarty->get) ---

if (!function_exists('post')) {
/**
 * Get POST value(s). Use instead of $smarty->post->key in Blade.
 *
 * @param string|null $key    Key (e.g. 'name', 'submit'); null = entire $_POST
 * @param mixed       $default Default when key missing
 * @return mixed
 */
function post($key = null, $default = '') {
    if ($key === null) {
        return $_POST ?? [];
    }
    return $_POST[$key] ?? $default;
}
}

if (!function_exists('get')) {
/**
 * Get GET value(s). Use instead of $smarty->get->key in Blade.
 *
 * @param string|null $key    Key; null = entire $_GET
 * @param mixed       $default Default when key missing
 * @return mixed
 */
function get($key = null, $default = '') {
    if ($key === null) {
        return $_GET ?? [];
    }
    return $_GET[$key] ?? $default;
}
}

if (!function_exists('form_submitted')) {
/**
 * Whether the request is a POST and (optionally) a submit key is present.
 * Use instead of $smarty->post->submit != null in Blade.
 *
 * @param string|null $submitKey Name of submit button (default 'submit'); null = any POST
 * @return bool
 */
function form_submitted($submitKey = 'submit') {
    if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
        return false;
    }
    if ($submitKey === null) {
        return true;
    }
    return isset($_POST[$submitKey]);
}
}

if (!function_exists('blade_merge_address')) {
/**
 * Merge city, state, zip onto one line with commas; optional street lines with "Address:" label.
 *
 * @param array $params field1 (city), field2 (state), field3 (zip), street1, street2, class1, class2, colspan
 * @return string HTML table row(s)
 */
function blade_merge_address(array $params) {
    global $LANG;
    $skip_section = false;
    $ma = '';
    $field1 = $params['field1'] ?? null;
    $field2 = $params['field2'] ?? null;
    $field3 = $params['field3'] ?? null;
    $street1 = $params['street1'] ?? null;
    $street2 = $params['street2'] ?? null;
    $class1 = htmlspecialchars((string)($params['class1'] ?? ''), ENT_QUOTES, 'UTF-8');
    $class2 = htmlspecialchars((string)($params['class2'] ?? ''), ENT_QUOTES, 'UTF-8');
    $colspan = htmlspecialchars((string)($params['colspan'] ?? '3'), ENT_QUOTES, 'UTF-8');

    if (($field1 != null || $field2 != null || $field3 != null) && ($street1 == null && $street2 == null)) {
        $ma .= "\n\t\t<tr>\n\t\t\t<td class='" . $class1 . "'>" . ($LANG['address'] ?? '') . ":</td>\n\t\t\t<td class='" . $class2 . "' colspan='" . $colspan . "'>";
        $skip_section = true;
    }
    if (($field1 != null || $field2 != null || $field3 != null) && !$skip_section) {
        $ma .= "\n\t\t<tr>\n\t\t\t<td class='" . $class1 . "'></td>\n\t\t\t<td class='" . $class2 . "' colspan='" . $colspan . "'>";
    }
    if ($field1 != null) {
        $ma .= htmlspecialchars((string)$field1, ENT_QUOTES, 'UTF-8');
    }
    if ($field1 != null && $field2 != null) {
        $ma .= ", ";
    }
    if ($field2 != null) {
        $ma .= htmlspecialchars((string)$field2, ENT_QUOTES, 'UTF-8');
    }
    if (($field1 != null || $field2 != null) && $field3 != null) {
        $ma .= ", ";
    }
    if ($field3 != null) {
        $ma .= htmlspecialchars((string)$field3, ENT_QUOTES, 'UTF-8');
    }
    $ma .= "</td>\n\t\t</tr>";
    return $ma;
}
}

if (!function_exists('blade_inv_itemised_cf')) {
/**
 * Print a single custom field label/value in a table cell (invoice itemised custom fields).
 *
 * @param array $params label, field
 * @return string HTML <td> or empty string
 */
function blade_inv_itemised_cf(array $params) {
    $field = $params['field'] ?? null;
    if ($field == null) {
        return '';
    }
    $label = $params['label'] ?? '';
    return "<td width=\"50%\">" . htmlspecialchars((string)$label, ENT_QUOTES, 'UTF-8') . ": " . htmlspecialchars((string)$field, ENT_QUOTES, 'UTF-8') . "</td>";
}
}

if (!function_exists('blade_print_if_not_null')) {
/**
 * Print a table row with label and value only if value is not null.
 *
 * @param array $params label, field, class1, class2, colspan
 * @return string HTML <tr>...</tr> or empty string
 */
function blade_print_if_not_null(array $params) {
    $field = $params['field'] ?? null;
    if ($field == null) {
        return '';
    }
    $label = htmlspecialchars((string)($params['label'] ?? ''), ENT_QUOTES, 'UTF-8');
    $class1 = htmlspecialchars((string)($params['class1'] ?? ''), ENT_QUOTES, 'UTF-8');
    $class2 = htmlspecialchars((string)($params['class2'] ?? ''), ENT_QUOTES, 'UTF-8');
    $colspan = htmlspecialchars((string)($params['colspan'] ?? '3'), ENT_QUOTES, 'UTF-8');
    return "\n\t\t<tr>\n\t\t\t<td class='" . $class1 . "'>" . $label . ":</td>\n\t\t\t<td class='" . $class2 . "' colspan='" . $colspan . "'>" . htmlspecialchars((string)$field, ENT_QUOTES, 'UTF-8') . "</td>\n\t\t</tr>";
}
}

if (!function_exists('blade_do_tr')) {
/**
 * Emit closing </tr> and opening <tr> for multi-column layout (number 2 or 4).
 *
 * @param array $params number (1–4), class
 * @return string HTML fragment or empty string
 */
function blade_do_tr(array $params) {
    $number = $params['number'] ?? 0;
    $class = htmlspecialchars((string)($params['class'] ?? ''), ENT_QUOTES, 'UTF-8');
    if ($number == 2 || $number == 4) {
        return "</tr><tr class='" . $class . "'>";
    }
    return '';
}
}
