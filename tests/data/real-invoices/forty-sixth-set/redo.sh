#!/bin/sh
# Rebuilds every PDF of this set from src/ (transcribed sources) and drivers/ (helper call scripts).
# Needs Debian bookworm packages and the npm registry; run from anywhere.
set -e
cd "$(dirname "$0")"
apt-get install -y ruby ruby-prawn ruby-prawn-table ruby-prawn-svg ruby-money ruby-i18n \
  ruby-activesupport faketime poppler-utils python3 >/dev/null
# node (v20 used here) and npm must already be on PATH
rm -rf build && mkdir build
python3 drivers/mklogo.py build/logo.png 120 60          # helper logo (project logos are binary, not in the store)

# --- payday (webtranslateit/payday, MIT), Ruby + Debian's prawn/prawn-table/money/i18n/activesupport
ruby drivers/payday_en.rb en-01.pdf build/logo.png      # project's own spec data, default (English) strings
ruby drivers/payday_de.rb de-01.pdf build/logo.png      # project's German locale, helper data
ruby drivers/payday_fr.rb fr-01.pdf build/logo.png      # project's French locale, helper data (paid invoice)

# --- PSPDFKit-labs/pdfkit-invoice (MIT), Node + pdfkit from npm
cp -r src/pdfkit-invoice build/pdfkit-invoice
cp build/logo.png build/pdfkit-invoice/logo.png
cp drivers/pdfkit_invoice_helper_data.js build/pdfkit-invoice/
cd build/pdfkit-invoice
npm install --no-audit --no-fund
# package.json asks pdfkit ^0.9.0; 0.9.x/0.10.0 under Node 20 write the PNG logo's image stream
# as comma-separated decimals (broken flate stream), so the first working release is used:
npm install --no-audit --no-fund --no-save pdfkit@0.11.0
faketime '2024-03-18 10:00:00' node index.js && mv invoice.pdf ../../en-02.pdf        # project's example data
faketime '2024-11-05 10:00:00' node pdfkit_invoice_helper_data.js && mv invoice.pdf ../../en-03.pdf  # helper data
cd ../..
rm -rf build
sha256sum en-01.pdf de-01.pdf fr-01.pdf en-02.pdf en-03.pdf
