#!/bin/sh
# Recreates every PDF of this set from src/ (project files copied verbatim or as marked excerpts)
# and helper/ (helper-written drivers and invoice data). Needs: node + npm registry, ruby (erb),
# Debian chromium, poppler-utils. Creates work/ (node_modules, fonts, html) — delete it afterwards.
set -e
cd "$(dirname "$0")"
mkdir -p work
( cd work && { [ -f package.json ] || npm init -y >/dev/null; } )
( cd work && nice npm install --no-audit --no-fund pdfmake@0.1.72 accounting@0.4.1 )
node helper/extract_fonts.js            # Roboto TTFs shipped in pdfmake/build/vfs_fonts.js

# Invoice Ninja v4 (pdfmake designs, run by v4's own builder code in a node vm)
for n in en-01 de-01 de-02; do
  node helper/in4_run.js helper/$n.data.json $n.pdf
done

# Open Source Billing (ERB template rendered with ruby erb, printed by chromium like wicked_pdf would)
ruby helper/osb_render.rb helper/fr-01.data.yml work/fr-01.html
nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=fr-01.pdf work/fr-01.html

sleep 1
for f in en-01 de-01 de-02 fr-01; do pdftotext -layout $f.pdf - | head -5; done
# rm -rf work    # uncomment to clean up
