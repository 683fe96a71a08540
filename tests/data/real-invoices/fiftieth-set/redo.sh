#!/bin/sh
# Recreate every PDF of this set from src/ (exact copies of the projects' templates/lang files)
# and tools/ (helper's mini Blade compiler + data scripts). Needs php (with intl), Debian chromium, python3.
set -e
cd "$(dirname "$0")"
mkdir -p build
for d in de-01 fr-01 en-01; do php tools/render_paymenter.php $d build/$d.html; done
for d in en-02 en-03 en-04; do php tools/render_cashier.php $d build/$d.html; done
for d in de-01 fr-01 en-01 en-02 en-03 en-04; do
  nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/$d.pdf" "file://$PWD/build/$d.html" 2>/dev/null
done
python3 tools/truth.py
rm -rf build
