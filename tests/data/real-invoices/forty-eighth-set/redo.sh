#!/bin/sh
# Rebuild every PDF of this set from src/ (needs python3, Debian chromium).
set -e
cd "$(dirname "$0")"
T=$(mktemp -d)
for n in 01 02 03; do
  python3 src/axelor/render_axelor_invoice.py src/axelor/messages_fr-invoice-keys.csv src/axelor/data/fr-$n.json "$T/fr-$n.html"
done
python3 src/ofn/render_ofn_invoice2.py src/ofn/data/fr-04.json "$T/fr-04.html"
for n in 01 02 03 04; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$PWD/fr-$n.pdf" "$T/fr-$n.html"
done
rm -rf "$T"
