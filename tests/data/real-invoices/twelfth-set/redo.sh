#!/bin/sh
# Reproduce v12-01..v12-05 from src/ (Typst packages copied from the file store's typst/packages).
# Needs: node + npm (npm registry), faketime (Debian package "faketime", only for v12-05).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
T="$HERE/tools"
mkdir -p "$T"
# Typst compiler (typst-ts, embeds Typst 0.14) and the two fonts the templates ask for
[ -d "$T/node_modules/@myriaddreamin/typst-ts-node-compiler" ] || (cd "$T" && npm install --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0)
[ -d "$T/node_modules/@expo-google-fonts/cormorant-garamond" ] || (cd "$T" && npm install --no-audit --no-fund @expo-google-fonts/cormorant-garamond@0.4.1)
[ -d "$T/node_modules/@expo-google-fonts/source-sans-pro" ] || (cd "$T" && npm install --no-audit --no-fund @expo-google-fonts/source-sans-pro@0.2.3)
export NODE_PATH="$T/node_modules"
# local package dir: @preview/... imports resolve to src/xdg/typst/packages/preview/<name>/<version>
export XDG_DATA_HOME="$HERE/src/xdg"
P="$HERE/src/xdg/typst/packages/preview"
C="node $HERE/src/typst-compile.js"
$C "$P/classy-german-invoice/0.3.2/template" "$P/classy-german-invoice/0.3.2/template/main.typ" "$OUT/v12-01.pdf"
$C "$P/german-fx-invoice/0.2.0/template" "$P/german-fx-invoice/0.2.0/template/main.typ" "$OUT/v12-02.pdf"
TYPST_FONT_PATHS="$T/node_modules/@expo-google-fonts/cormorant-garamond" \
  $C "$P/tiefletter/0.1.3/template" "$P/tiefletter/0.1.3/template/main.typ" "$OUT/v12-03.pdf"
# main-en.typ = main.typ with the documented option lang: "de" -> lang: "en" (one line)
TYPST_FONT_PATHS="$T/node_modules/@expo-google-fonts/cormorant-garamond" \
  $C "$P/tiefletter/0.1.3/template" "$P/tiefletter/0.1.3/template/main-en.typ" "$OUT/v12-04.pdf"
# the invoice-pro example uses date: datetime.today(); the clock is pinned to the day the set was made
TYPST_FONT_PATHS="$T/node_modules/@expo-google-fonts/source-sans-pro" \
  faketime '2026-11-26 12:00:00' $C "$P/invoice-pro/0.1.1/template" "$P/invoice-pro/0.1.1/template/invoice.typ" "$OUT/v12-05.pdf"
