#!/bin/bash
# Reproduces v8-01..v8-07 into $OUT (default: ./redo-out). Needs: node/npm (npm registry),
# /usr/bin/chromium, weasyprint (Debian bookworm 57.2), poppler-utils. Run from /tmp/realpdf-v8.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$HERE/redo-out}; B=$OUT/build
mkdir -p "$OUT" "$B"

# v8-01  npm generate-invoice@0.2.2: its React template lib/template.jsx + its examples/ data,
#        rendered to HTML exactly like lib/render.js, printed with Chromium (html-pdf/phantomjs unavailable)
cd "$B" && npm pack generate-invoice@0.2.2 >/dev/null && mkdir -p gi && tar xzf generate-invoice-0.2.2.tgz -C gi
cd gi/package && npm install --ignore-scripts --no-audit --no-fund >/dev/null
node "$HERE/src/gi-render.js" "$PWD" "$B/gi.html"
/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf-no-header \
  --print-to-pdf="$OUT/v8-01.pdf" "file://$B/gi.html"

# v8-02  npm html-invoicer@1.0.3: shipped example/invoice.pdf (Chromium/Skia m79, FR)
cd "$B" && npm pack html-invoicer@1.0.3 >/dev/null && mkdir -p hi && tar xzf html-invoicer-1.0.3.tgz -C hi
cp hi/package/example/invoice.pdf "$OUT/v8-02.pdf"

# v8-03/04/07  ad-si/invoice-maker (Typst template, ISC) at commit 52635efe: invoice-maker.typ,
#        examples/de.typ, examples/en.typ (+ fixtures/example-data.typ as stored at 39d7813b), saved in src/invoice-maker.
#        Only change: the banner-image line is dropped (banner.png is binary, not available);
#        v8-de-storno.typ additionally un-comments the documented cancellation-id line.
cd "$HERE/src/invoice-maker"
sed '/banner-image: image/d' examples/de.typ > examples/v8-de.typ
sed '/banner-image: image/d; s#^  // cancellation-id: #  cancellation-id: #' examples/de.typ > examples/v8-de-storno.typ
sed '/banner-image: image/d' examples/en.typ > examples/v8-en.typ
mkdir -p "$B/typst" && cd "$B/typst" && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.5.4 >/dev/null
export NODE_PATH="$B/typst/node_modules"
node "$HERE/src/typst-compile.js" "$HERE/src/invoice-maker" "$HERE/src/invoice-maker/examples/v8-de.typ" "$OUT/v8-03.pdf"
node "$HERE/src/typst-compile.js" "$HERE/src/invoice-maker" "$HERE/src/invoice-maker/examples/v8-de-storno.typ" "$OUT/v8-04.pdf"
node "$HERE/src/typst-compile.js" "$HERE/src/invoice-maker" "$HERE/src/invoice-maker/examples/v8-en.typ" "$OUT/v8-07.pdf"
unset NODE_PATH

# v8-05  CourtBouillon/weasyprint-samples invoice/invoice.html + invoice.css (commit 6c3409aa), saved in
#        src/weasyprint-samples-invoice, rendered by Debian's weasyprint 57.2 (Pacifico/Source Sans fonts absent -> fallback)
cd "$HERE/src/weasyprint-samples-invoice" && weasyprint invoice.html "$OUT/v8-05.pdf"

# v8-06  npm invoice-bill@1.0.1: shipped example/2018-01-13T16:09:07.426Z.pdf (Qt 5.5.1 / phantomjs, EN, MYR)
cd "$B" && npm pack invoice-bill@1.0.1 >/dev/null && mkdir -p ib && tar xzf invoice-bill-1.0.1.tgz -C ib
cp "ib/package/example/2018-01-13T16:09:07.426Z.pdf" "$OUT/v8-06.pdf"

cd "$OUT" && for f in v8-0*.pdf; do echo "$f $(pdftotext -layout $f - | wc -c) chars"; done
