#!/bin/sh
# Recreate every PDF of this set. Needs: php (8.2, with intl), Debian packages php-twig, smarty3,
# chromium, poppler-utils; node + npm (npm registry reachable). Build files go to $B (outside this folder).
set -e
cd "$(dirname "$0")"
D=$(pwd); B=${B:-/tmp/realpdf-v33-build}
rm -rf "$B" && mkdir -p "$B"
command -v chromium >/dev/null || apt-get install -y chromium
[ -f /usr/share/php/Twig/autoload.php ] || apt-get install -y php-twig
[ -f /usr/share/php/smarty3/Smarty.class.php ] || apt-get install -y smarty3
(cd scripts && npm install --no-audit --no-fund)          # handlebars 4.7.9, puppeteer-core 24.11.0

# de-01: simpleinvoices templates/invoices/default (Smarty 3, German lang file excerpt), helper data
cp src/simpleinvoices/style.css "$B/"
php scripts/render_si.php data/si-de.json "$B/si-de.html"
node scripts/html2pdf.js "$B/si-de.html" "$D/de-01.pdf"

# de-02 / de-03: SolidInvoice Templates/modern and Templates/compact (Twig 3), locale de, helper data
php scripts/render_solid.php data/solid-de.json "$B/solid-de.html"
node scripts/html2pdf.js "$B/solid-de.html" "$D/de-02.pdf"
php scripts/render_solid.php data/solid-de-compact.json "$B/solid-de-compact.html"
node scripts/html2pdf.js "$B/solid-de-compact.html" "$D/de-03.pdf"

# fr-01 / fr-02: invoicerr base.template.ts (Handlebars + puppeteer A4, as getInvoicePdf), helper data + French labels
node scripts/render_invoicerr.js data/invoicerr-fr-01.json "$D/fr-01.pdf" "$B/invoicerr-fr-01.html"
node scripts/render_invoicerr.js data/invoicerr-fr-02.json "$D/fr-02.pdf" "$B/invoicerr-fr-02.html"

rm -rf scripts/node_modules scripts/package-lock.json
sha256sum de-0?.pdf fr-0?.pdf
