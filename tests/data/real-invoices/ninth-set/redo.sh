#!/bin/sh
# Rebuild every v9-*.pdf from the sources saved under src/ (run from /tmp/realpdf-v9).
# Needs: texlive (pdflatex, KOMA-Script, draftwatermark, framed, eurosym, psnfss, tikz),
#        fonts-jetbrains-mono (apt), node/npm, chromium, python3.
set -e
cd "$(dirname "$0")"
ROOT=$(pwd)

# --- tools
[ -d tools/node_modules/@myriaddreamin/typst-ts-node-compiler ] || (cd tools && npm install @myriaddreamin/typst-ts-node-compiler@0.7.0)

# --- v9-01: DeVinci-FabLab/Invoice-templates facture/facture.tex (fr, pdflatex)
rm -rf build/devinci && mkdir -p build/devinci
python3 tools/patch_devinci.py src/devinci-fablab/facture/facture.tex build/devinci/facture.tex
(cd build/devinci && SOURCE_DATE_EPOCH=1704067200 FORCE_SOURCE_DATE=1 nice pdflatex -interaction=nonstopmode facture.tex >log.txt 2>&1)
cp build/devinci/facture.pdf v9-01.pdf

# --- v9-02: annikahannig/invoice-latex (de, project's own load-invoice.js + generate-tex-source.js + EJS templates, pdflatex)
rm -rf build/invoice-latex && mkdir -p build/invoice-latex
cp -r src/invoice-latex/app src/invoice-latex/templates build/invoice-latex/
cp tools/invoice-latex-2015-042.yml build/invoice-latex/invoice.yml
cp tools/invoice-latex-run.js build/invoice-latex/run.js
(cd build/invoice-latex && npm install --no-audit --no-fund ejs@2.7.4 promise@7 log-symbols@1 js-yaml@3 >npm.log 2>&1 \
  && node run.js invoice.yml invoice \
  && printf '\\documentclass[a4paper]{article}\\pagestyle{empty}\\begin{document}\\null\\end{document}\n' > blank.tex \
  && pdflatex -interaction=nonstopmode blank.tex >/dev/null && mv blank.pdf letterpaper.pdf \
  && SOURCE_DATE_EPOCH=1442188800 FORCE_SOURCE_DATE=1 nice pdflatex -interaction=nonstopmode invoice.tex >log.txt 2>&1)
cp build/invoice-latex/invoice.pdf v9-02.pdf

# --- v9-03 / v9-04: WilstonOreo/invoist template/main.typ (typst via typst-ts-node-compiler)
rm -rf build/invoist && mkdir -p build/invoist
cp src/invoist/lib.typ src/invoist/tr.typ src/invoist/contacts.toml build/invoist/
sed 's|#import "@preview/invoist:0.1.0" as invoist|#import "lib.typ" as invoist|' src/invoist/template/main.typ > build/invoist/main-en.typ
sed -e 's|#import "@preview/invoist:0.1.0" as invoist|#import "lib.typ" as invoist|' \
    -e 's|#set text(font: "JetBrains Mono", size: 10pt)|#set text(font: "JetBrains Mono", size: 10pt, lang: "de")|' \
    src/invoist/template/main.typ > build/invoist/main-de.typ
NODE_PATH=tools/node_modules node tools/typst.js build/invoist main-de.typ v9-03.pdf
NODE_PATH=tools/node_modules node tools/typst.js build/invoist main-en.typ v9-04.pdf

# --- v9-05: sparksuite/simple-html-invoice-template invoice.html (en, chromium)
rm -rf build/sparksuite && mkdir -p build/sparksuite
cp src/sparksuite/invoice.html build/sparksuite/
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$ROOT/v9-05.pdf" build/sparksuite/invoice.html 2>/dev/null

sha256sum v9-0*.pdf
