#!/bin/bash
# Recreates every PDF of this set from src/ (project files copied verbatim) and tools/ (helper files).
# Needs (Debian bookworm): php-cli, faketime, wkhtmltopdf, chromium, fonts-open-sans, nodejs+npm (npm registry).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d /tmp/realpdf-v52-redo.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
mkdir -m 700 -p "$WORK/xdg"; export XDG_RUNTIME_DIR="$WORK/xdg"

# --- rockdaboot/invoice-html5-to-pdf: the project's own pipeline (genpdf.sh): php -> out.html -> wkhtmltopdf -s A4
# (wkhtmltopdf exits 1 only because the project's logo.png, a binary file, is not copied; the PDF is complete)
wk() { wkhtmltopdf -q -s A4 "$1" "$2" || test -s "$2"; }
# de-01: project data (config.php + receiver.php as in the repository); date("d.m.Y") frozen with faketime
mkdir -p "$WORK/de01"; cp "$HERE"/src/rockdaboot/{invoice_a4,config,receiver}.php "$WORK/de01/"
( cd "$WORK/de01" && faketime '2016-05-02 10:00:00' php -f invoice_a4.php > out.html && wk out.html "$HERE/de-01.pdf" )
# de-02: the project's invoice_a4.php unchanged, helper data in config.php/receiver.php
mkdir -p "$WORK/de02"; cp "$HERE"/src/rockdaboot/invoice_a4.php "$HERE"/tools/rockdaboot-helper-data/{config,receiver}.php "$WORK/de02/"
( cd "$WORK/de02" && faketime '2024-10-04 10:00:00' php -f invoice_a4.php > out.html && wk out.html "$HERE/de-02.pdf" )

# --- Invoicebus/html-invoice-generator: template.scss -> template.css (dart-sass + helper compass shim),
# template.html filled with the project's data files by tools/render_invoicebus.py, printed by chromium
mkdir -p "$WORK/node" "$WORK/ib/themes"
( cd "$WORK/node" && npm install --silent --no-audit --no-fund sass@1.77.8 >/dev/null )
cp "$HERE"/src/invoicebus/template.scss "$WORK/ib/"; cp "$HERE"/src/invoicebus/themes/_onyx.scss "$WORK/ib/themes/"
"$WORK/node/node_modules/.bin/sass" --no-source-map --quiet --load-path="$HERE/tools/compass-shim" "$WORK/ib/template.scss" "$WORK/ib/template.css"
for pair in "de-03:lang/de.txt" "fr-01:lang/fr.txt" "en-01:data.txt"; do
  name="${pair%%:*}"; data="${pair#*:}"
  python3 "$HERE/tools/render_invoicebus.py" "$HERE/src/invoicebus/$data" 2024-03-14 "$WORK/ib/$name.html" "$HERE/src/invoicebus/template.html" >/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$HERE/$name.pdf" "file://$WORK/ib/$name.html" 2>/dev/null
done
ls -l "$HERE"/*.pdf
