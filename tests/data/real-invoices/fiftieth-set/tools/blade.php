<?php
// Minimal Blade compiler for the directives used by the two templates
// (@if/@elseif/@else/@endif, @foreach/@endforeach, @isset/@endisset,
//  @unless/@endunless, @php(...), {{ }}, {!! !!}), compiled the way Laravel's
// BladeCompiler does, then evaluated with plain PHP.
function blade_e($v) {
    if ($v === null) return '';
    return htmlspecialchars((string) $v, ENT_QUOTES, 'UTF-8', true);
}
function blade_match_paren($s, $i) { // $s[$i] == '('
    $depth = 0; $n = strlen($s); $q = null;
    for ($j = $i; $j < $n; $j++) {
        $c = $s[$j];
        if ($q) { if ($c === '\\') { $j++; continue; } if ($c === $q) $q = null; continue; }
        if ($c === "'" || $c === '"') { $q = $c; continue; }
        if ($c === '(') $depth++;
        if ($c === ')') { $depth--; if ($depth === 0) return $j; }
    }
    throw new Exception("unbalanced at $i");
}
function blade_compile($src) {
    $src = preg_replace_callback('/\{!!\s*(.+?)\s*!!\}/s', fn($m) => '<?php echo ' . $m[1] . '; ?>', $src);
    $src = preg_replace_callback('/\{\{\s*(.+?)\s*\}\}/s', fn($m) => '<?php echo blade_e(' . $m[1] . '); ?>', $src);
    $out = ''; $i = 0; $n = strlen($src);
    while ($i < $n) {
        if ($src[$i] === '@' && preg_match('/\G@(if|elseif|else|endif|foreach|endforeach|isset|endisset|unless|endunless|php)\b/', $src, $m, 0, $i)) {
            $d = $m[1]; $j = $i + strlen($m[0]); $arg = null;
            if (in_array($d, ['if', 'elseif', 'foreach', 'isset', 'unless', 'php'])) {
                $k = $j; while ($k < $n && ($src[$k] === ' ')) $k++;
                if ($src[$k] !== '(') throw new Exception("expected ( after @$d");
                $e = blade_match_paren($src, $k);
                $arg = substr($src, $k + 1, $e - $k - 1); $j = $e + 1;
            }
            switch ($d) {
                case 'if': $out .= "<?php if($arg): ?>"; break;
                case 'elseif': $out .= "<?php elseif($arg): ?>"; break;
                case 'else': $out .= "<?php else: ?>"; break;
                case 'endif': case 'endisset': case 'endunless': $out .= "<?php endif; ?>"; break;
                case 'foreach': $out .= "<?php foreach($arg): ?>"; break;
                case 'endforeach': $out .= "<?php endforeach; ?>"; break;
                case 'isset': $out .= "<?php if(isset($arg)): ?>"; break;
                case 'unless': $out .= "<?php if (! ($arg)): ?>"; break;
                case 'php': $out .= "<?php ($arg); ?>"; break;
            }
            $i = $j; continue;
        }
        $out .= $src[$i]; $i++;
    }
    return $out;
}
function blade_render($file, array $vars) {
    $php = blade_compile(file_get_contents($file));
    $tmp = tempnam(sys_get_temp_dir(), 'blade');
    file_put_contents($tmp, $php);
    extract($vars);
    ob_start();
    include $tmp;
    unlink($tmp);
    return ob_get_clean();
}
