#!/bin/sh
# Reproduces v7-01..v7-07 from /tmp/realpdf-v7 (helper scripts/data kept in gnumed/, fxk/, storify/).
# Needs: texlive (scrlttr2, ucs, marvosym, hyperref, babel-german), node/npm, chromium, faketime.
set -e
D=/tmp/realpdf-v7
mkdir -p $D/work && cd $D/work

# --- GNUmed (Debian gnumed-server 22.19-1): LaTeX invoice templates, placeholders filled by gnumed/fill.py
apt-get download gnumed-server=22.19-1
mkdir -p gm && dpkg-deb -x gnumed-server_22.19-1_all.deb gm
S=gm/var/lib/gnumed/server/sql
cp $S/v19-v20/data/v20-GNUmed-default_invoice_template-de.tex $S/v19-v20/data/v20-GNUmed-default_invoice_template-de_no_vat.tex \
   $S/v16-v17/data/v17-GNUmed-default_invoice_template-de.tex $D/gnumed/
cd $D/gnumed
python3 fill.py v20-GNUmed-default_invoice_template-de.tex        data-01.json v7-01.tex
python3 fill.py v20-GNUmed-default_invoice_template-de_no_vat.tex data-02.json v7-02.tex
python3 fill.py v17-GNUmed-default_invoice_template-de.tex        data-03.json v7-03.tex
# \today (the letter date) is taken from SOURCE_DATE_EPOCH
for x in "01 2024-03-14" "02 2023-11-29" "03 2022-09-27"; do
  set -- $x
  export SOURCE_DATE_EPOCH=$(date -u -d "$2T12:00:00" +%s) FORCE_SOURCE_DATE=1
  pdflatex -interaction=nonstopmode v7-$1.tex >/dev/null; pdflatex -interaction=nonstopmode v7-$1.tex >/dev/null
  cp v7-$1.pdf $D/v7-$1.pdf
done
unset SOURCE_DATE_EPOCH FORCE_SOURCE_DATE

# --- factur-x-kit 0.3.1 (npm): built-in PDF template, locales de-DE / fr-FR
cd $D/fxk
[ -d node_modules/factur-x-kit ] || npm install factur-x-kit@0.3.1
node make.js basicwl.js     de-DE $D/v7-04.pdf   # project test fixture (basicwithoutlines_test_objects.ts)
node make.js fr-helper.js   fr-FR $D/v7-05.pdf   # helper data, totalsCalculator
node make.js de-cn-helper.js de-DE $D/v7-06.pdf  # helper data, credit note (381)

# --- invoice-pdf 0.0.11 (npm, Storify): jade template + package test fixture; phantomjs replaced by chromium
cd $D/storify
[ -d node_modules/invoice-pdf ] || npm install --ignore-scripts invoice-pdf@0.0.11
faketime '2013-07-18 10:00:00' node render.js invoice.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --run-all-compositor-stages-before-draw \
  --virtual-time-budget=3000 --print-to-pdf=$D/storify/storify.pdf file://$D/storify/invoice.html
cp storify.pdf $D/v7-07.pdf
