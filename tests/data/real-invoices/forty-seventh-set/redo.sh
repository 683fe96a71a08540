#!/bin/sh
# Rebuild every PDF of /tmp/realpdf-v47 from src/ (project files copied verbatim from the search
# tool's file store + helper drivers in src/helper). Needs Debian bookworm python3-django (3.2),
# python3-jinja2, gettext (msgfmt), chromium, node>=20 and npm registry access.
# Scratch tree outside the output folder (WORK).
set -e
OUT=$(cd "$(dirname "$0")" && pwd)
SRC=$OUT/src
WORK=${WORK:-/tmp/realpdf-v47-work}
mkdir -p "$WORK" && cd "$WORK"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund puppeteer-core@24.43.1
[ -f jquery-2.2.4.tgz ] || npm pack jquery@2.2.4
[ -f bootstrap-3.3.5.tgz ] || npm pack bootstrap@3.3.5

# --- django-SHOP (awesto/django-shop, BSD-3-Clause): de-01, de-02
mkdir -p locale/de/LC_MESSAGES static/shop/css static/admin/js static/shop/js/admin
msgfmt -o locale/de/LC_MESSAGES/django.mo "$SRC/django-shop/shop/locale/de/LC_MESSAGES/django-subset.po"
# shop/css/bootstrap-print.css was a Bootstrap v3.3.5 customizer build; use the full 3.3.5 CSS
tar xzf bootstrap-3.3.5.tgz -O package/dist/css/bootstrap.css > static/shop/css/bootstrap-print.css
tar xzf jquery-2.2.4.tgz -O package/dist/jquery.js > static/admin/js/jquery.js
cp "$SRC/helper/static-shim/jquery.columnizer.js" static/shop/js/admin/
/usr/bin/python3 "$SRC/helper/render_djangoshop.py" "$SRC" "$WORK"
NODE_PATH=$WORK/node_modules node "$SRC/helper/print_a4.js" "$WORK/de-01.html" "$OUT/de-01.pdf" "$WORK/de-02.html" "$OUT/de-02.pdf"

# --- Drupal Commerce Invoice (commerce_invoice, GPL-2.0-or-later): en-01, en-02
/usr/bin/python3 "$SRC/helper/render_commerce.py" "$SRC" "$WORK"
MARGIN=15mm NODE_PATH=$WORK/node_modules node "$SRC/helper/print_a4.js" "$WORK/en-01.html" "$OUT/en-01.pdf" "$WORK/en-02.html" "$OUT/en-02.pdf"

cd "$OUT" && sha256sum *.pdf
