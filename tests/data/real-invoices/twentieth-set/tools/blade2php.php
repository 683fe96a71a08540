<?php
// Minimal Blade -> PHP converter written for this test set (helper code, not Crater's).
// Handles only what the Crater / InvoiceShelf invoice templates use:
// {{-- --}}, {{ }}, {!! !!}, @lang, @include, @php/@endphp, @if/@elseif/@else/@endif,
// @foreach/@endforeach.

function blade_balanced($s, $pos)
{
    // $pos points at '('; returns [inner, endpos_after_close]
    $depth = 0; $n = strlen($s); $q = null;
    for ($i = $pos; $i < $n; $i++) {
        $c = $s[$i];
        if ($q !== null) {
            if ($c === '\\') { $i++; continue; }
            if ($c === $q) $q = null;
            continue;
        }
        if ($c === '"' || $c === "'") { $q = $c; continue; }
        if ($c === '(') $depth++;
        if ($c === ')') { $depth--; if ($depth === 0) return [substr($s, $pos + 1, $i - $pos - 1), $i + 1]; }
    }
    throw new Exception("unbalanced parens at $pos");
}

function blade_compile($src)
{
    $src = preg_replace('/\{\{--.*?--\}\}/s', '', $src);
    $src = preg_replace_callback('/@php(.*?)@endphp/s', fn($m) => '<?php ' . $m[1] . ' ?>', $src);
    $src = preg_replace_callback('/\{!!(.*?)!!\}/s', fn($m) => '<?php echo ' . trim($m[1]) . '; ?>', $src);
    $src = preg_replace_callback('/\{\{(.*?)\}\}/s', fn($m) => '<?php echo e(' . trim($m[1]) . '); ?>', $src);
    $out = ''; $i = 0; $n = strlen($src);
    while ($i < $n) {
        $at = strpos($src, '@', $i);
        if ($at === false) { $out .= substr($src, $i); break; }
        $out .= substr($src, $i, $at - $i);
        if (preg_match('/\G@(lang|include|if|elseif|foreach)\s*\(/A', $src, $m, 0, $at)) {
            $open = $at + strlen($m[0]) - 1;
            [$inner, $end] = blade_balanced($src, $open);
            switch ($m[1]) {
                case 'lang': $out .= '<?php echo __(' . $inner . '); ?>'; break;
                case 'include': $out .= '<?php include blade_view(' . $inner . '); ?>'; break;
                case 'if': $out .= '<?php if (' . $inner . '): ?>'; break;
                case 'elseif': $out .= '<?php elseif (' . $inner . '): ?>'; break;
                case 'foreach': $out .= '<?php foreach (' . $inner . '): ?>'; break;
            }
            $i = $end;
        } elseif (preg_match('/\G@(endif|endforeach|else)\b/A', $src, $m, 0, $at)) {
            $out .= ['endif' => '<?php endif; ?>', 'endforeach' => '<?php endforeach; ?>', 'else' => '<?php else: ?>'][$m[1]];
            $i = $at + strlen($m[0]);
        } else {
            $out .= '@'; $i = $at + 1;
        }
    }
    return $out;
}
