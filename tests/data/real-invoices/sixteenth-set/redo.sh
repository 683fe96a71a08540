#!/bin/bash
# Reproduce v16-01 .. v16-06 from the template copies in src/ and the helper data in data/.
# Needs (Debian 12): texlive-latex-base/-extra, texlive-lang-french, texlive-lang-german, texlive-pictures
# (xy), python3, nodejs + npm (npm registry), chromium, poppler-utils.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p build

# --- kivitendo (LaTeX print templates, <%tag%> syntax filled by kivi_fill.py) ---
python3 kivi_fill.py src/kivitendo/French/invoice.tex     data/kivi-fr-invoice.json     build/v16-01.tex
python3 kivi_fill.py src/kivitendo/German/invoice.tex     data/kivi-de-invoice.json     build/v16-02.tex
python3 kivi_fill.py src/kivitendo/German/credit_note.tex data/kivi-de-credit_note.json build/v16-03.tex
( cd build && for n in 01 02 03; do
    nice pdflatex -interaction=nonstopmode v16-$n.tex >/dev/null
    nice pdflatex -interaction=nonstopmode v16-$n.tex >/dev/null
  done )

# --- Frappe Books (Vue print templates + Tailwind), npm tree kept OUTSIDE this folder ---
export NPM_DIR="${NPM_DIR:-/tmp/realpdf-v16-npm}"
if [ ! -d "$NPM_DIR/node_modules/vue" ]; then
  mkdir -p "$NPM_DIR" && ( cd "$NPM_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund vue@3.5.45 tailwindcss@3.4.19 )
fi
( cd "$NPM_DIR" && npx tailwindcss -i "$OLDPWD/books-tw-input.css" -o "$OLDPWD/build/books-tailwind.css" \
    --content "$OLDPWD/src/frappe-books/templates/*.html" )
T=src/frappe-books/templates; L=src/frappe-books/translations
node books_render.mjs $T/Basic.template.html    $L/fr.csv.excerpt data/books-fr-basic.json    build/books-tailwind.css build/v16-04.html
node books_render.mjs $T/Minimal.template.html  $L/de.csv.excerpt data/books-de-minimal.json  build/books-tailwind.css build/v16-05.html
node books_render.mjs $T/Business.template.html $L/fr.csv.excerpt data/books-fr-business.json build/books-tailwind.css build/v16-06.html
( cd build && for n in 04 05 06; do
    nice chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=v16-$n.pdf v16-$n.html 2>/dev/null
  done )

cp build/v16-0[1-6].pdf .
for n in 01 02 03 04 05 06; do pdftotext -layout v16-$n.pdf build/v16-$n.txt; pdftoppm -r 80 -png v16-$n.pdf build/p$n; done
sha256sum v16-0[1-6].pdf
