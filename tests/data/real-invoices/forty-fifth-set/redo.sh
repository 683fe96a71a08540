#!/bin/sh
# Recreates en-01.pdf (bigcapital), de-01.pdf and fr-01.pdf (X2CRM) from src/ + data/.
# Needs: node + npm (npm registry), php-cli, Debian chromium.
set -e
cd "$(dirname "$0")"
npm install --no-audit --no-fund pug@3.0.4
mkdir -p build
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
node render-bigcapital.js data/en-01.bigcapital.json build/en-01.html
nice $CHROME --print-to-pdf=en-01.pdf build/en-01.html
for n in de-01 fr-01; do
  php render-x2crm.php data/$n.x2crm.json build/$n.html
  nice $CHROME --print-to-pdf=$n.pdf build/$n.html
done
rm -rf node_modules package-lock.json build
