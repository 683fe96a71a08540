#!/bin/sh
# Recreate v32-01.pdf and v32-02.pdf. Needs: npm (registry access), node >= 20 (for --experimental-websocket),
# chromium, python3. Creates build/ (npm tarballs, unpacked) and removes it at the end.
set -eu
cd "$(dirname "$0")"
rm -rf build && mkdir build && cd build
npm pack --loglevel=warn gentelella@4.2.0 equation-admin-template@1.0.0 >/dev/null
mkdir gent eq
tar xzf gentelella-4.2.0.tgz -C gent
tar xzf equation-admin-template-1.0.0.tgz -C eq

# v32-01: Gentelella v4 invoice page (its own prebuilt dist/, its own JS fills the line items and totals),
# served over HTTP (the page uses absolute /js and /assets paths), printed with Chromium's print CSS.
( cd gent/package/dist && exec python3 -m http.server 8732 --bind 127.0.0.1 >/dev/null 2>&1 ) &
HTTP_PID=$!
sleep 2
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --virtual-time-budget=5000 \
  --print-to-pdf="$PWD/../v32-01.pdf" http://127.0.0.1:8732/production/invoice.html
kill "$HTTP_PID"

# v32-02: Equation admin template's invoice-print.html, printed as a browser's "Save as PDF" would.
# The page calls window.print() on load, which makes `chromium --print-to-pdf` exit without output,
# so it is printed over the DevTools protocol with window.print made a no-op (src/cdp-print.js).
node --experimental-websocket ../src/cdp-print.js \
  "file://$PWD/eq/package/ltr/invoice-print.html" "$PWD/../v32-02.pdf" 2000

cd .. && rm -rf build
sha256sum v32-01.pdf v32-02.pdf
