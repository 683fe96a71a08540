#!/bin/sh
# Reproduce every PDF of /tmp/realpdf-v14 (set v14). Needs: node/npm (npm registry),
# Debian bookworm packages weasyprint (57.2), chromium, faketime, poppler-utils.
# The sources in src/ were copied from the search tool's GitHub file store (see SOURCES.tsv).
set -eu
cd "$(dirname "$0")"
[ -f package.json ] || echo "{\"private\": true}" > package.json
npm install --no-audit --no-fund pdfkit@0.20.2 swissqrbill@4.4.1 \
    @htmlbricks/hb-table@0.76.5 @htmlbricks/hb-page-invoice@0.76.5

# v14-01: swissqrbill "how to create a complete bill" example (prints today's date -> pinned)
cp src/swissqrbill/how-to-create-a-complete-bill.mjs ./swissqrbill-run.mjs
faketime '2026-11-26 10:00:00' node swissqrbill-run.mjs v14-01.pdf
rm swissqrbill-run.mjs

# v14-02, v14-03: CourtBouillon/weasyprint-samples rendered with Debian's weasyprint
weasyprint src/weasyprint-samples/invoice/invoice.html v14-02.pdf
weasyprint src/weasyprint-samples/hisab/hisab-classic-single-page.html v14-03.pdf

# v14-04, v14-05: @htmlbricks/hb-page-invoice manifest examples, printed by Debian chromium
# (the component sets the invoice date to "now" when the example has none -> pinned)
(cd src/hb-page-invoice && python3 make_pages.py)
for n in 04:servicesCategory 05:printerMode; do
  faketime '2026-11-26 10:00:00' chromium --headless --no-sandbox --disable-gpu \
    --virtual-time-budget=5000 --no-pdf-header-footer \
    --print-to-pdf=v14-${n%%:*}.pdf src/hb-page-invoice/${n#*:}.html
done

mkdir -p renders; for f in v14-0*.pdf; do pdftoppm -r 80 -png "$f" "renders/${f%.pdf}"; done
sha256sum v14-0*.pdf
