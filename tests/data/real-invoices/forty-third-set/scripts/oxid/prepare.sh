#!/bin/sh
# Prepare a build tree for the OXID invoicepdf module (outside the corpus folder).
# $1 = build dir. Copies src/oxid/*.php and applies the documented minimal patches.
set -e
HERE=$(cd "$(dirname "$0")/../.." && pwd)
B="$1"
rm -rf "$B"; mkdir -p "$B/core/tcpdf/config/lang" "$B/core/tcpdf/fonts" "$B/core/tcpdf/cache" "$B/img" "$B/mod"
cp "$HERE"/src/oxid/*.php "$B/mod/"
# PHP 8: string offset with curly braces -> brackets
sed -i 's/\$e{0}/$e[0]/' "$B/mod/oxpdf.php"
# PHP 8: override of TCPDF::setFont must accept the parent's extra parameters ($subset, $out)
sed -i "s/public function SetFont(\$family, \$style = '', \$size = 0, \$fontfile = '')/public function SetFont(\$family, \$style = '', \$size = 0, \$fontfile = '', \$subset = 'default', \$out = true)/; s/parent::SetFont(\$family, \$style, \$size, \$fontfile);/parent::SetFont(\$family, \$style, \$size, \$fontfile, \$subset, \$out);/" "$B/mod/oxpdf.php"
# PHP 7+: preg_replace /e removed -> preg_replace_callback with the same effect (chr of the numeric reference)
python3 - "$B/mod/invoicepdfoxorder.php" <<'PY'
import sys
p=sys.argv[1]; s=open(p,encoding='utf-8').read()
old = "$sValue = getStr()->preg_replace('/\\&\\#([0-9]+)\\;/me', \"chr('\\\\1')\", $sValue);"
new = "$sValue = preg_replace_callback('/\\&\\#([0-9]+)\\;/m', function ($aM) { return chr($aM[1]); }, $sValue);"
assert s.count(old)==1, 'pattern not found'
open(p,'w',encoding='utf-8').write(s.replace(old,new))
PY
# German language file: the stored copy lost its ISO-8859-15 umlauts (U+FFFD); restore the four unambiguous words, UTF-8
python3 - "$B/mod/invoicepdf_lang.de.php" <<'PY'
import sys
p=sys.argv[1]; s=open(p,encoding='utf-8').read()
for a,b in [('Gru\ufffdkarte','Grußkarte'),('K\ufffduferschutz','Käuferschutz'),('gew\ufffdhlte','gewählte'),('f\ufffdr Ihre','für Ihre')]:
    assert s.count(a)==1, a
    s=s.replace(a,b)
assert '\ufffd' not in s
open(p,'w',encoding='utf-8').write(s)
PY
for f in "$B"/mod/*.php; do php -l "$f" >/dev/null; done
# TCPDF: Debian's php-tcpdf stands in for OXID's bundled core/tcpdf
printf '<?php\n// OXID bundled TCPDF 5 expected a language file here; Debian TCPDF 6 needs none.\n$l = array();\n' > "$B/core/tcpdf/config/lang/eng.php"
printf '<?php\nrequire_once "/usr/share/php/tcpdf/tcpdf.php";\n' > "$B/core/tcpdf/tcpdf.php"
cp /usr/share/php/tcpdf/fonts/* "$B/core/tcpdf/fonts/"
# 'freesans' (used by oxPDF::SetFont in UTF-8 mode) is not in Debian's TCPDF: build it from Debian's fonts-freefont-ttf
cp /usr/share/fonts/truetype/freefont/FreeSans.ttf "$B/freesans.ttf"
cp /usr/share/fonts/truetype/freefont/FreeSansBold.ttf "$B/freesansb.ttf"
php -r 'require "/usr/share/php/tcpdf/tcpdf.php"; foreach (array("freesans","freesansb") as $f) { $n = TCPDF_FONTS::addTTFfont($argv[1]."/".$f.".ttf", "TrueTypeUnicode", "", 32, $argv[1]."/core/tcpdf/fonts/"); if ($n !== $f) { fwrite(STDERR, "font $f -> $n\n"); exit(1);} }' "$B"
# stand-in shop logo (OXID's out/admin/img/pdf_logo.jpg is not copied): plain JPEG, 300x80 px
php -r '$i=imagecreatetruecolor(300,80); imagefill($i,0,0,imagecolorallocate($i,255,255,255)); imagefilledrectangle($i,0,20,60,60,imagecolorallocate($i,30,90,160)); imagefilledrectangle($i,70,30,290,50,imagecolorallocate($i,200,200,200)); imagejpeg($i,$argv[1]."/img/pdf_logo.jpg",90);' "$B"
echo "prepared $B"
