#!/bin/sh
# Recreates every PDF of this folder from src/ (project files), data/ (helper order data)
# and tools/ (renderers). Needs: php-cli, node+npm (npm registry), Debian chromium, python3.
set -eu
cd "$(dirname "$0")"
ROOT=$PWD
rm -rf build && mkdir build && cd build
# third-party runtime pieces from the npm registry
npm pack bootstrap@5.2.3 bootstrap@3.3.7 bootstrap@3.3.5 >/dev/null
npm install --no-save --no-audit --no-fund twig@1.17.1 >/dev/null
PDF="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

# --- OpenCart 4 admin order invoice (de-01 German, fr-01 French) ---
mkdir -p oc/view/stylesheet
tar -xzf bootstrap-5.2.3.tgz package/dist/css/bootstrap.min.css && mv package/dist/css/bootstrap.min.css oc/view/stylesheet/bootstrap.css && rm -rf package
for l in de fr; do
  php "$ROOT/tools/oc_invoice_data.php" "$ROOT/data/oc-$l.json" > oc/$l.json
  NODE_PATH=$PWD/node_modules node "$ROOT/tools/render_twig.js" "$ROOT/src/opencart/admin/view/template/sale/order_invoice.twig" oc/$l.json oc/$l.html
done
$PDF --print-to-pdf="$ROOT/de-01.pdf" oc/de.html
$PDF --print-to-pdf="$ROOT/fr-01.pdf" oc/fr.html

# --- OpenCart 3.0 admin order invoice (en-01 English) ---
mkdir -p oc3/view/javascript/bootstrap/css
tar -xzf bootstrap-3.3.7.tgz package/dist/css/bootstrap.css && mv package/dist/css/bootstrap.css oc3/view/javascript/bootstrap/css/ && rm -rf package
php "$ROOT/tools/oc_invoice_data.php" "$ROOT/data/oc3-en.json" > oc3/en.json
NODE_PATH=$PWD/node_modules node "$ROOT/tools/render_twig.js" "$ROOT/src/opencart-3/admin/view/template/sale/order_invoice.twig" oc3/en.json oc3/en.html
$PDF --print-to-pdf="$ROOT/en-01.pdf" oc3/en.html

# --- Zen Cart admin invoice.php run with php-cli (en-02 English) ---
mkdir -p zc/admin/includes/classes zc/admin/images
cp "$ROOT/src/zencart/admin/invoice.php" zc/admin/
cp "$ROOT/tools/zc_stub/includes/application_top.php" "$ROOT/tools/zc_stub/includes/application_bottom.php" zc/admin/includes/
cp "$ROOT/tools/zc_stub/includes/classes/order.php" zc/admin/includes/classes/
# the stylesheet's @import of Bootstrap 3.3.5 from a CDN is pointed at the npm copy
sed 's#@import url("//maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css");#@import url("bootstrap.min.css");#' "$ROOT/src/zencart/admin/includes/stylesheet.css" > zc/admin/includes/stylesheet.css
tar -xzf bootstrap-3.3.5.tgz package/dist/css/bootstrap.min.css && mv package/dist/css/bootstrap.min.css zc/admin/includes/ && rm -rf package
python3 "$ROOT/tools/make_gifs.py" zc/admin/images
(cd zc/admin && ZC_ORDER="$ROOT/data/zc-en.json" ZC_SRC="$ROOT/src/zencart" php -d display_errors=stderr invoice.php > invoice.html)
$PDF --print-to-pdf="$ROOT/en-02.pdf" zc/admin/invoice.html

cd "$ROOT" && rm -rf build
sha256sum de-01.pdf fr-01.pdf en-01.pdf en-02.pdf
