#!/bin/bash
# Rebuild every fr-NN.pdf of this folder. Run as root on Debian bookworm with network access to
# deb.debian.org and the npm registry. PDFs carry creation dates, so sha256 differ from run to run.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
SRC=$OUT/src-fr
W=${WORK:-/tmp/realpdf-fr-redo}
rm -rf "$W"; mkdir -p "$W"

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  texlive-lang-french texlive-latex-extra texlive-xetex fonts-linuxlibertine faketime \
  weasyprint poppler-utils \
  tryton-server tryton-modules-account-invoice tryton-modules-party-siret tryton-modules-account-fr \
  tryton-proteus tryton-modules-account-invoice-correction libreoffice-writer-nogui >/dev/null

# --- fr-01, fr-02: TeX Live `facture` class (texlive-lang-french 2022.20230122-1), XeLaTeX.
# Its own examples, minus the line \type{Devis} (the class makes "Facture" by default, see
# facture.pdf 1.3 "Par défaut, elle fabrique des factures") plus a fixed \date{JJ/MM/AAAA}
# (documented command; without it the class prints the compilation date).
D=/usr/share/doc/texlive-doc/xelatex/facture
mkdir -p "$W/facture"; cd "$W/facture"
sed -e '/^\\type{Devis}$/d' -e 's|^\\numero{24}$|\\numero{24}\n\\date{05/01/2023}|' $D/exemple.tex > exemple-facture.tex
sed -e '/^\\type{Devis}$/d' -e 's|^\\numero{24}$|\\numero{24}\n\\date{17/03/2023}|' $D/exemplesansTVA.tex > exemplesansTVA-facture.tex
for f in exemple-facture exemplesansTVA-facture; do
  nice xelatex -interaction=nonstopmode $f.tex >/dev/null; nice xelatex -interaction=nonstopmode $f.tex >/dev/null
done
cp exemple-facture.pdf "$OUT/fr-01.pdf"
cp exemplesansTVA-facture.pdf "$OUT/fr-02.pdf"

# --- fr-03, fr-04: npm @rimiti/invoice-it 3.6.0, data of its __tests__/invoice.js, lang 'fr'.
# Clock pinned with faketime (the lib dates the invoice and its reference with "now").
# html-pdf's PhantomJS cannot be installed offline: its HTML is rendered by WeasyPrint instead.
mkdir -p "$W/invoiceit"; cd "$W/invoiceit"
npm init -y >/dev/null; npm install --no-audit --no-fund @rimiti/invoice-it@3.6.0 >/dev/null 2>&1
cp "$SRC/invoiceit-gen.js" gen.js; cp "$SRC/invoiceit-render.py" render.py
faketime '2023-01-05 10:00:00' node gen.js a 2>/dev/null
faketime '2023-03-14 10:00:00' node gen.js b 2>/dev/null
/usr/bin/python3 render.py invoice-a.html "$OUT/fr-03.pdf"
/usr/bin/python3 render.py invoice-b.html "$OUT/fr-04.pdf"

# --- fr-05: TeX Live `isodoc` class 1.14 (texlive-latex-extra 2022.20230122-4), the invoice
# example of isodoc.pdf section 6.1 (main file + its style file "invoice.sty", typed from the
# manual) with language = nl-NL -> fr-FR (documented option) and babel [english,dutch] ->
# [english,french] (dutch.ldf is not in the installed TeX). src/isodoc/invoice-nl-original.sty = as printed.
mkdir -p "$W/isodoc"; cd "$W/isodoc"
cp "$SRC/isodoc/invoice-example.tex" "$SRC/isodoc/invoice.sty" .
nice pdflatex -interaction=nonstopmode invoice-example.tex >/dev/null; nice pdflatex -interaction=nonstopmode invoice-example.tex >/dev/null
cp invoice-example.pdf "$OUT/fr-05.pdf"

# --- fr-06: npm @h1dd3nsn1p3r/pdf-invoice 1.0.12 (pdfmake), README example payload with
# locale fr-FR and the README's Spanish custom labels translated to French.
mkdir -p "$W/pdfinvoice"; cd "$W/pdfinvoice"
npm init -y >/dev/null; npm install --no-audit --no-fund @h1dd3nsn1p3r/pdf-invoice@1.0.12 >/dev/null 2>&1
cp "$SRC/pdfinvoice-gen.js" gen.js
node gen.js "$OUT/fr-06.pdf"

# --- fr-07, fr-08: Tryton 6.0 account_invoice (Debian tryton-modules-account-invoice 6.0.9-1),
# tests/scenario_invoice.rst data, French translations loaded, customer language fr,
# report invoice.fodt converted to PDF by trytond (soffice). Clock pinned to 2023-01-05.
mkdir -p "$W/tryton"; cd "$W/tryton"
cp "$SRC/tryton-scenario_fr.py" scenario_fr.py
TRYTOND_DATABASE_URI=sqlite:// DB_NAME=:memory: faketime '2023-01-05 10:00:00' nice /usr/bin/python3 scenario_fr.py >run.log 2>&1
cp tryton-invoice.pdf "$OUT/fr-07.pdf"
cp tryton-credit_note.pdf "$OUT/fr-08.pdf"

# --- fr-09: TeX Live `invoice` package (Oliver Corff, texlive-latex-extra 2022.20230122-4), the
# manual's first example (Project Phenix, VAT 19 %) with babel french (documented language switch).
mkdir -p "$W/invoicepkg"; cd "$W/invoicepkg"
cp "$SRC/invoicepkg-phenix-fr.tex" phenix-fr.tex
nice pdflatex -interaction=nonstopmode phenix-fr.tex >/dev/null
cp phenix-fr.pdf "$OUT/fr-09.pdf"

cd "$OUT"; sha256sum fr-*.pdf
