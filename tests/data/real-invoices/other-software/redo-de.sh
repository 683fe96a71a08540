#!/bin/bash
# Rebuilds de-01..de-08 from the projects' own files (Debian bookworm + npm).
# Run as root from this folder:  bash redo.sh   (writes into ./redo-out)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/redo-out; W=$OUT/work; mkdir -p "$W"; cd "$W"
export SOURCE_DATE_EPOCH=1700000000 FORCE_SOURCE_DATE=1   # stable PDF dates for pdflatex

# --- tools (Debian bookworm) ---
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  texlive-latex-extra texlive-lang-german texlive-latex-recommended texlive-fonts-recommended \
  texlive-plain-generic texlive-science texlive-pictures poppler-utils qpdf faketime \
  tryton-server tryton-proteus tryton-modules-account-invoice libreoffice-writer-nogui
command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y npm   # or any Node.js >= 18 with npm

# --- TeX Live doc folder (example sources are only in the -doc package) ---
[ -f texlive-latex-extra-doc_2022.20230122-4_all.deb ] || \
  curl -s -O http://deb.debian.org/debian/pool/main/t/texlive-extra/texlive-latex-extra-doc_2022.20230122-4_all.deb
mkdir -p x && dpkg-deb --fsys-tarfile texlive-latex-extra-doc_2022.20230122-4_all.deb | \
  tar -x -C x --wildcards './usr/share/doc/texlive-doc/latex/factura/*'
D=$W/x/usr/share/doc/texlive-doc/latex

# de-01: factura's own German example factura-beispiel-rechnung.tex, unchanged; page 1 kept
mkdir -p factura && cd factura
cp $D/factura/*.tex . && zcat $D/factura/factura-beispiel-rechnung.tex.gz > factura-beispiel-rechnung.tex
pdflatex -interaction=nonstopmode factura-ejemplo-fondo.tex >/dev/null   # background the example expects
for i in 1 2; do pdflatex -interaction=nonstopmode factura-beispiel-rechnung.tex >/dev/null || true; done
qpdf factura-beispiel-rechnung.pdf --pages factura-beispiel-rechnung.pdf 1 -- $OUT/de-01.pdf   # page 2 = example description (Spanish)
cd $W

# de-02 / de-03 / de-04: invoice2 / invoice doc examples inside KOMA scrlttr2 / g-brief letters
for n in de-02:de-02-invoice2-scrlttr2 de-03:de-03-invoice-scrlttr2 de-04:de-04-invoice-gbrief; do
  name=${n%%:*}; src=${n#*:}; mkdir -p $name && cd $name && cp $HERE/src-de/$src.tex .
  for i in 1 2; do pdflatex -interaction=nonstopmode $src.tex >/dev/null || true; done
  cp $src.pdf $OUT/$name.pdf; cd $W
done

# de-05: npm pdf-invoice-simple 0.4.0, its own demo (index.js) data unchanged, rendered with pdfmake 0.1.x
mkdir -p pis && cd pis
npm pack pdf-invoice-simple@0.4.0 >/dev/null && mkdir -p pdf-invoice-simple && tar xzf pdf-invoice-simple-0.4.0.tgz -C pdf-invoice-simple --strip-components=1
npm init -y >/dev/null && npm install pdfmake@0.1.72 moment@2.17.1 esbuild >/dev/null
cp $HERE/src-de/de-05-pdf-invoice-simple/* .
npx esbuild entry.mjs --bundle --platform=node --alias:pdfmake=./pdfmake-shim.js --outfile=bundle.cjs --log-level=warning
faketime '2023-09-14 10:00:00' node bundle.cjs $OUT/de-05.pdf    # demo uses moment() = "today"
cd $W

# de-06: isodoc manual example 6.1 ("A simple invoice"), language nl-NL -> de-DE (documented option)
mkdir -p isodoc && cd isodoc && cp $HERE/src-de/de-06-isodoc/* .
for i in 1 2; do pdflatex -interaction=nonstopmode isodoc-invoice-de.tex >/dev/null || true; done
cp isodoc-invoice-de.pdf $OUT/de-06.pdf; cd $W

# de-07 / de-08: Tryton account_invoice test scenario (scenario_invoice.rst), German party language,
# module's invoice.fodt report converted to PDF by LibreOffice
mkdir -p tryton && cd tryton && cp $HERE/src-de/de-07-08-tryton-run_scenario.py .
DB_NAME=':memory:' TRYTOND_DATABASE_URI='sqlite://' faketime '2024-03-15 10:00:00' \
  /usr/bin/python3 -W ignore de-07-08-tryton-run_scenario.py tr
cp tr-invoice.pdf $OUT/de-07.pdf; cp tr-credit.pdf $OUT/de-08.pdf; cd $W

ls -l $OUT/*.pdf
