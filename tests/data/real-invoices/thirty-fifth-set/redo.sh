#!/bin/sh
# Reproduce de-01, de-02, de-03, en-01 of /tmp/realpdf-v35 from src/.
# Needs (Debian bookworm): texlive-xetex texlive-luatex texlive-latex-extra texlive-lang-german
#   latexmk pandoc qpdf fonts-linuxlibertine fonts-urw-base35 python3; node + npm (npm registry).
# usage: sh redo.sh [OUTDIR]   (default: this folder)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
W=$(mktemp -d /tmp/realpdf-v35-redo.XXXXXX)
T="$HERE/tools"
mkdir -p "$T"

# ---- en-01: mrzool/invoice-boilerplate (pandoc + XeLaTeX), project example data -------------
# Only change: the two proprietary fonts named in details.yml (Hoefler Text, Helvetica Neue) are
# not on Debian; they are swapped for Linux Libertine O / Nimbus Sans (documented settings).
# The template prints \today: the clock is pinned to 2015-11-04 (= the example invoice-nr).
mkdir -p "$W/en01" && cp "$HERE"/src/mrzool-invoice-boilerplate/* "$W/en01/"
sed -i 's/^seriffont: Hoefler Text$/seriffont: Linux Libertine O/; s/^sansfont: Helvetica Neue$/sansfont: Nimbus Sans/' "$W/en01/details.yml"
(cd "$W/en01" && SOURCE_DATE_EPOCH=1446638400 FORCE_SOURCE_DATE=1 make output.pdf)
cp "$W/en01/output.pdf" "$OUT/en-01.pdf"

# ---- de-01: Typst package satz 0.1.1 (invoice/rechnung.typ), helper data ---------------------
[ -d "$T/node_modules/@myriaddreamin/typst-ts-node-compiler" ] || (cd "$T" && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0)
[ -d "$T/node_modules/@expo-google-fonts/inter" ] || (cd "$T" && npm install --no-audit --no-fund @expo-google-fonts/inter@0.4.2)
NODE_PATH="$T/node_modules" XDG_DATA_HOME="$HERE/src/xdg" \
TYPST_FONT_PATHS="$T/node_modules/@expo-google-fonts/inter" \
  node "$HERE/src/typst-compile.js" "$HERE/src" "$HERE/src/satz-data/de-01.typ" "$OUT/de-01.pdf"

# ---- de-02, de-03: pep-dortmund/latex-documents physikon letters (scrlttr2 + LuaLaTeX) -------
# Project example data, unchanged. Built with the project's own Makefile rule
# (TEXINPUTS=../logos:.. latexmk --lualatex). The logo pep.pdf is not in the file store:
# a blank 170x85 pt PDF stands in for it. Both letters print \today: the clock is pinned.
mkdir -p "$W/pep" && cp -r "$HERE"/src/pep-dortmund-latex-documents/* "$W/pep/"
mkdir -p "$W/pep/logos" && python3 "$HERE/src/blank-logo.py" "$W/pep/logos/pep.pdf" 170 85
(cd "$W/pep/physikon" && SOURCE_DATE_EPOCH=1578657600 FORCE_SOURCE_DATE=1 make build/Rechnung_Unternehmen.pdf)
cp "$W/pep/physikon/build/Rechnung_Unternehmen.pdf" "$OUT/de-02.pdf"
# Storno letter: one letter per entry of Test_Unternehmen.adr (2 pages); de-03 = page 1 only.
(cd "$W/pep/physikon" && SOURCE_DATE_EPOCH=1584360000 FORCE_SOURCE_DATE=1 make build/Storno-Rechnung_Unternehmen.pdf)
qpdf --empty --pages "$W/pep/physikon/build/Storno-Rechnung_Unternehmen.pdf" 1 -- "$OUT/de-03.pdf"

rm -rf "$W"
echo "done: $OUT/de-01.pdf $OUT/de-02.pdf $OUT/de-03.pdf $OUT/en-01.pdf"
