#!/bin/sh
# Reproduce fr-01, fr-02, en-01, en-02 of /tmp/realpdf-v49 from src/.
# Needs: node + npm (npm registry), faketime (Debian "faketime", for fr-02 only),
#        Liberation Sans (Debian "fonts-liberation2", /usr/share/fonts/truetype/liberation2).
# usage: sh redo.sh [OUTDIR]   (default: this folder)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
T=${TOOLS:-/tmp/realpdf-v49-tools}     # npm installs go here, outside this folder
S="$HERE/src"; R="$S/rubrol"
LIB2=${LIBERATION2:-/usr/share/fonts/truetype/liberation2}

# Typst compilers from npm: typst-ts node compiler 0.7.0 (= Typst 0.14) and 0.6.0 (= Typst 0.13).
mkdir -p "$T/c07" "$T/c06"
[ -d "$T/c07/node_modules/@myriaddreamin/typst-ts-node-compiler" ] || (cd "$T/c07" && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0 @expo-google-fonts/inter@0.4.2)
[ -d "$T/c06/node_modules/@myriaddreamin/typst-ts-node-compiler" ] || (cd "$T/c06" && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.6.0)

# ---- fr-01: rubrol platen template facturx_invoice.typ + its own data/facturx_invoice.json ----
# (platen/core/engine.py passes the JSON file content as sys.inputs "data"; we do the same.
#  The template asks for Helvetica/Arial/Liberation Sans -> Liberation Sans.)
NODE_PATH="$T/c07/node_modules" TYPST_FONT_PATHS="$LIB2" \
  node "$S/typst-compile.js" "$R" "$R/platen/templates/facturx_invoice.typ" "$OUT/fr-01.pdf" "$R/platen/data/facturx_invoice.json"

# ---- en-02: rubrol platen template b2b_invoice.typ + its own data/b2b_invoice.json -------------
NODE_PATH="$T/c07/node_modules" TYPST_FONT_PATHS="$LIB2" \
  node "$S/typst-compile.js" "$R" "$R/platen/templates/b2b_invoice.typ" "$OUT/en-02.pdf" "$R/platen/data/b2b_invoice.json"

# ---- en-01: Typst package rubrol-invoice 0.1.0, README usage example (font Inter from npm) -----
NODE_PATH="$T/c07/node_modules" TYPST_FONT_PATHS="$T/c07/node_modules/@expo-google-fonts/inter" \
  node "$S/typst-compile.js" "$R" "$R/readme-example.typ" "$OUT/en-01.pdf"

# ---- fr-02: adfaure/invoice-template (invoice.typ + lang.toml), helper data, lang "fr" ----------
# linguify 0.4.0 (from typst/packages) fails on Typst 0.14 ("cannot add string and type"),
# so the 0.6.0 compiler (Typst 0.13) is used. @preview imports resolve from src/xdg.
# invoice.typ prints datetime.today(): the clock is pinned with faketime.
NODE_PATH="$T/c06/node_modules" XDG_DATA_HOME="$S/xdg" faketime '2026-10-02 12:00:00' \
  node "$S/typst-compile.js" "$S" "$S/data-helper/adfaure-fr.typ" "$OUT/fr-02.pdf"

echo "done: $OUT"
