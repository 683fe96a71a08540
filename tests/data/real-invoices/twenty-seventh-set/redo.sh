#!/bin/sh
# Rebuild v27-01..06.pdf from src/ (plugin files copied verbatim from the search tool's file store),
# data/ (helper data) and harness/ (stand-ins for WordPress/WooCommerce/Sliced functions).
# Prerequisites (Debian bookworm): apt-get install php-cli php-dompdf fonts-open-sans chromium nodejs npm poppler-utils python3
# Network: only the npm registry (bootstrap@3.3.6, puppeteer-core@24.43.1), installed in a temp dir that is removed.
set -e
cd "$(dirname "$0")"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

# 1) WooCommerce PDF Invoices & Packing Slips, templates/Simple, rendered with dompdf (php-dompdf 2.0.3)
for n in 01 02 03; do
  php harness/render_wcpdf.php data/v27-$n.json v27-$n.pdf
done

# 2) Sliced Invoices, public invoice page (template1), printed to PDF with chromium
( cd "$W" && npm pack --silent bootstrap@3.3.6 >/dev/null && tar xzf bootstrap-3.3.6.tgz \
  && npm install --silent --no-audit --no-fund --no-save puppeteer-core@24.43.1 >/dev/null )
mkdir -p "$W/page/css"
cp src/sliced/public/css/style.css src/sliced/public/css/template1.css "$W/page/css/"
# Sliced ships a Bootstrap 3.3.6 *customizer* build (public/css/bootstrap.min.css) without the
# "print media styles" and glyphicons blocks; rebuild the equivalent from the npm bootstrap 3.3.6 dist.
python3 - "$W" <<'PY'
import sys
w = sys.argv[1]
s = open(w + '/package/dist/css/bootstrap.min.css').read()
b = s.find('/*! Source: https://github.com/h5bp/html5-boilerplate')
c = s.find('*{-webkit-box-sizing:border-box')
open(w + '/page/css/bootstrap.min.css', 'w').write(s[:b] + s[c:])
PY
for n in 04 05 06; do
  php harness/render_sliced.php data/v27-$n.json "$W/page/v27-$n.html"
  NODE_PATH="$W/node_modules" node harness/print_pdf.js "$W/page/v27-$n.html" v27-$n.pdf
done

for n in 01 02 03 04 05 06; do pdftotext -layout v27-$n.pdf - | head -3; done
