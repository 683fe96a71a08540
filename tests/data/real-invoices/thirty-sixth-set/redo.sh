#!/bin/sh
# Rebuild every PDF of this set from src/ (Debian 12: python3-jinja2, chromium, weasyprint, poppler-utils).
set -e
cd "$(dirname "$0")"
B=$(mktemp -d)
# Paheko invoice module (fr-01, fr-02): Brindille print view transcribed to Jinja2, printed by Chromium
for n in fr-01 fr-02; do
  python3 src/paheko/render_paheko.py src/paheko/data/$n.json "$B/$n.html"
  nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/$n.pdf" "file://$B/$n.html" 2>/dev/null
done
# Thelia default PDF invoice template (fr-03, fr-04): Smarty transcribed to Jinja2, printed by WeasyPrint
for n in fr-03 fr-04; do
  python3 src/thelia/render_thelia.py src/thelia/data/$n.json "$B/$n.html"
  nice weasyprint "$B/$n.html" "$PWD/$n.pdf"
done
rm -rf "$B"
python3 src/mk_truth_and_check.py
