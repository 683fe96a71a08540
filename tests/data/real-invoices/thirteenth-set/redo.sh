#!/bin/sh
# Rebuilds every v13-*.pdf of this folder from src/ (templates copied from the search tool's file store)
# and data/ (helper data), on Debian 12 (bookworm). Run as root from anywhere.
set -eu
cd "$(dirname "$0")"
HERE=$PWD

# 1. tools (Debian packages + npm packages)
apt-get install -y php-cli php-mbstring php-intl php-xml php-twig php-twig-string-extra \
    php-symfony-translation php-symfony-config php-symfony-yaml php-parsedown php-parsedown-extra \
    php-dompdf chromium poppler-utils
cd build
[ -f package.json ] || npm init -y >/dev/null
npm install puppeteer-core@25.16.0 sass@1.108.2 bootstrap-sass@3.4.3
cd "$HERE"

# 2. Kimai: compile assets/sass/invoice.scss (the "invoice" webpack-encore entry that layout.html.twig inlines)
node build/kimai/compile-scss.mjs src/kimai/assets/sass/invoice.scss build/kimai/invoice.css

# 3. InvoicePlane (PHP view + helper stand-ins -> HTML -> chromium, A4, 16/15 mm margins)
for n in 01 02 05; do
  php build/invoiceplane/render.php data/v13-$n.invoiceplane.json > build/v13-$n.html
  node build/print.mjs "$HERE/build/v13-$n.html" "$HERE/v13-$n.pdf" 16,15,16,15
done

# 4. Kimai (Twig template + filter stand-ins -> HTML -> chromium print, A4, 10 mm margins)
for n in 03 04 06; do
  php build/kimai/render.php data/v13-$n.kimai.json > build/v13-$n.html
  node build/print.mjs "$HERE/build/v13-$n.html" "$HERE/v13-$n.pdf" 10,10,10,10
done

# 5. Siwapp (Twig template from the fixture -> Printer::render() wrapping -> DOMPDF A4 portrait)
php build/siwapp/render.php data/v13-07.siwapp.json v13-07.pdf build/v13-07.html

# 6. checks
for f in v13-0*.pdf; do pdfinfo "$f" | grep -E '^Pages'; done
sha256sum v13-0*.pdf
