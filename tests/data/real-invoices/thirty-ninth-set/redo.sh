#!/bin/sh
# Reproduce every PDF of this set. Needs (Debian bookworm): php-cli, php-gd, smarty3, php-tcpdf,
# chromium, poppler-utils. Build files go to a scratch dir outside this folder.
set -e
D=$(cd "$(dirname "$0")" && pwd)
B=${BUILD:-/tmp/realpdf-v39-build}
rm -rf "$B"; mkdir -p "$B/tpl/img" "$B/compile" "$B/home" "$B/files" "$B/isofix" "$B/system/modules/isotope/assets/images"
export HOME="$B/home"

# --- modified eCommerce: admin/print_order.html (Smarty), German language file, stylesheet excerpt ---
cp -r "$D/src/modified/print_order.html" "$D/src/modified/stylesheet.css" "$D/src/modified/lang" "$B/tpl/"
php "$D/scripts/make_logo.php" "$B/tpl/img/logo.gif" 'Feinkost Albrecht' 330 60
for d in de-01 de-02; do
  php "$D/scripts/render_modified.php" "$B" $d
  nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
       --print-to-pdf="$D/$d.pdf" "file://$B/tpl/$d.html" 2>/dev/null
done

# --- Isotope eCommerce: document iso_document_default + collection iso_collection_invoice, TCPDF ---
cp "$D"/src/isotope/*.html5 "$B/isofix/"
# the stored template lacks the <tr> that opens its second table row; TCPDF 6 aborts on it
python3 - "$B/isofix/iso_document_default.html5" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read()
s=s.replace('        </tr>\n            <td width="60%">\n            <!-- The','        </tr>\n        <tr>\n            <td width="60%">\n            <!-- The',1)
open(p,'w').write(s)
PY
php "$D/scripts/make_logo.php" "$B/system/modules/isotope/assets/images/isotope-logo.250x71.png" 'HOLZWERK BRANDNER' 500 142
php "$D/scripts/make_logo.php" "$B/files/blank.png" ' ' 4 1
php "$D/scripts/render_isotope.php" "$B/isofix" "$B" "$D/en-01.pdf"

cd "$D" && sha256sum de-01.pdf de-02.pdf en-01.pdf
