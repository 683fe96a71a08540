#!/bin/sh
# Rebuild v15-01..03 from the sources in src/ (copied from the search tool's GitHub file store).
# Needs (Debian 12): weasyprint python3-yaml python3-reportlab python3-babel python3-pil fonts-dejavu-core
#                    ruby ruby-prawn ruby-prawn-table nodejs npm ; locale de_DE.UTF-8
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)

# v15-01: ecmonline/invoice-generator, project example data (German). pybars3 is not in Debian:
# shim/pybars.py hands the template to Handlebars.js (npm handlebars@4.7.8).
( cd "$HERE/shim" && [ -d node_modules/handlebars ] || npm install --no-audit --no-fund handlebars@4.7.8 >/dev/null )
cp -r "$HERE/src/ecmonline-invoice-generator" "$W/ecm"
( cd "$W/ecm" && /usr/bin/python3 "$HERE/shim/run_ecmonline.py" && cp pdf.pdf "$HERE/v15-01.pdf" )

# v15-02: strzibny/invoice_printer 2.3.0 (Prawn), its examples/simple_invoice.rb unchanged (A4 output).
cp -r "$HERE/src/invoice_printer" "$W/ip"
( cd "$W/ip/examples" && ruby simple_invoice.rb && cp simple_invoice_a4.pdf "$HERE/v15-02.pdf" )

# v15-03: thibault-assiste-par-ordinateur/InvoiceGenerator fork (reportlab), helper data.
cp -r "$HERE/src/thibault-InvoiceGenerator" "$W/th"
mkdir -p "$W/th/InvoiceGenerator/fonts"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf "$W/th/InvoiceGenerator/fonts/"
( cd "$W/th" && /usr/bin/python3 make_v15_03.py "$W/out3" && cp "$W"/out3/2024/F00120240312_*.pdf "$HERE/v15-03.pdf" )

rm -rf "$W"
sha256sum "$HERE"/v15-0*.pdf
