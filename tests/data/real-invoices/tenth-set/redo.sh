#!/bin/sh
# Rebuild v10-01..04 from src/ (stored copies of the GitHub sources) and helper/ (helper-made files).
# Needs: texlive (pdflatex, translator, numprint, fmtcount, fp, blindtext, babel-french/german, eurosym, helvet, textpos), chromium, npm.
set -e
R=$(cd "$(dirname "$0")" && pwd)
B=${B:-$R/build}
rm -rf "$B"; mkdir -p "$B"

# --- Dacteev/invoice-latex (v10-01 French demo, v10-02 German dictionary + helper data)
mkdir -p "$B/dacteev/images"; cd "$B/dacteev"
cp "$R"/src/dacteev/src/invoice.cls "$R"/src/dacteev/src/invoiceclassic.sty .
cp -r "$R"/src/dacteev/demo/dictionaries .
cp "$R"/helper/shim.tex "$R"/helper/v10-02.tex .
cp "$R"/helper/dacteev-logo.tex images/logo.tex
(cd images && pdflatex -interaction=nonstopmode logo.tex >/dev/null)   # placeholder for the binary images/logo.pdf
sed -e 's#^\\usepackage\[pangram\]{blindtext}#&\n\\usepackage{dictionaries/invoice-dictionary-frensh}\n\\input{shim}#' \
    "$R"/src/dacteev/demo/invoice_french.tex > v10-01.tex
nice pdflatex -interaction=nonstopmode v10-01.tex >/dev/null
nice pdflatex -interaction=nonstopmode v10-02.tex >/dev/null

# --- koodilehto/invoice-latex (v10-03, English via the template's own \def\english switch)
mkdir -p "$B/koodilehto/pics"; cd "$B/koodilehto"
cp "$R"/helper/koodilehto-logo.tex pics/logo.tex
(cd pics && pdflatex -interaction=nonstopmode logo.tex >/dev/null)     # placeholder for pics/logo.pdf (not in repo)
sed -e 's/^\\def\\finnish{}$/%\\def\\finnish{}/' -e 's/^%\\def\\english{}$/\\def\\english{}/' \
    "$R"/src/koodilehto/invoice.tex > v10-03.tex
nice pdflatex -interaction=nonstopmode v10-03.tex >/dev/null

# --- nikolaygit/rechnungsvorlage (v10-04, its own example-invoice.json, dust.js in Chromium)
mkdir -p "$B/rechnungsvorlage"; cd "$B/rechnungsvorlage"
cp -r "$R"/src/rechnungsvorlage/. .
mkdir -p node_modules/finjs bower_components/dustjs-linkedin bower_components/lodash npm
cp "$R"/src/finjs/fin.js node_modules/finjs/
(cd npm && npm pack dustjs-linkedin@2.7.5 lodash@3.9.3 >/dev/null 2>&1)
tar xzf npm/dustjs-linkedin-2.7.5.tgz -C bower_components/dustjs-linkedin --strip-components=1
tar xzf npm/lodash-3.9.3.tgz -C bower_components/lodash --strip-components=1
cp bower_components/lodash/index.js bower_components/lodash/lodash.min.js  # npm lodash 3.9.3 full build stands in for bower's lodash.min.js
timeout 120 nice /usr/bin/chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
  --virtual-time-budget=10000 --no-pdf-header-footer --print-to-pdf=v10-04.pdf "file://$PWD/index.html" 2>/dev/null

cp "$B"/dacteev/v10-01.pdf "$B"/dacteev/v10-02.pdf "$B"/koodilehto/v10-03.pdf "$B"/rechnungsvorlage/v10-04.pdf "$R"/
