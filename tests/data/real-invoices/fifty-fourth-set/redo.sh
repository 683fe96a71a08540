#!/bin/sh
# Rebuilds every PDF of this set. Needs: node (>=20), npm registry access, chromium (Debian).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
cd "$W"
npm pack @openmrs/esm-billing-app@1.3.1 @powerhousedao/contributor-billing@1.1.2 @openmrs/esm-utils@10.0.0 @openmrs/esm-translations@10.0.0
mkdir omrs ph eu et
tar xzf openmrs-esm-billing-app-1.3.1.tgz -C omrs
tar xzf powerhousedao-contributor-billing-1.1.2.tgz -C ph
tar xzf openmrs-esm-utils-10.0.0.tgz -C eu
tar xzf openmrs-esm-translations-10.0.0.tgz -C et
# the files copied into src/ are these, unchanged:
S=$HERE/src/openmrs-esm-billing-app-1.3.1
for f in printable-invoice.component.tsx printable-invoice-header.component.tsx printable-footer.component.tsx; do
  cmp omrs/package/src/invoice/printable-invoice/$f "$S/$f"; done
for l in en de fr; do cmp omrs/package/translations/$l.json "$S/translations-$l.json"
  cmp et/package/translations/$l.json "$S/esm-translations-10.0.0-$l.json"; done
cmp eu/package/src/dates/date-util.ts "$S/esm-utils-10.0.0-date-util.ts"
cmp ph/package/dist/editors/invoice/InvoicePDF.js "$HERE/src/powerhouse-contributor-billing-1.1.2/InvoicePDF.js"

# OpenMRS esm-billing-app printable invoice -> HTML (helper script following the JSX) -> chromium PDF
for p in de:de-01 fr:fr-01 en:en-01; do
  l=${p%%:*}; n=${p##*:}
  node "$HERE/tools/openmrs-render.mjs" "$S" "$HERE/tools/cases/openmrs-$l.json" "$W/openmrs-$l.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$HERE/$n.pdf" "file://$W/openmrs-$l.html"
done

# Powerhouse contributor-billing: its own InvoicePDF (react-pdf), run unchanged
echo '{"name":"ph-run","private":true,"type":"module"}' > package.json
npm install --no-audit --no-fund @react-pdf/renderer@4.3.1 react@19.2.0 world-countries@5.1.0
for p in 1:en-02 2:en-03; do
  TZ=UTC LANG=C.UTF-8 node "$HERE/tools/powerhouse-render.mjs" "$W/ph/package" \
    "$HERE/tools/cases/powerhouse-${p%%:*}.json" "$HERE/${p##*:}.pdf"
done
cd "$HERE" && rm -rf "$W"
sha256sum *.pdf
