#!/bin/bash
# Recreates fr-01..fr-04.pdf from src/ + data/ + scripts/ in this folder.
# Needs: Debian bookworm php-cli, texlive (pdflatex) with texlive-latex-extra, texlive-lang-french,
# texlive-pictures (tikz), node + npm (npm registry: mustache@4.2.0).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="$(mktemp -d)"
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1   # reproducible pdfTeX dates/IDs
trap 'rm -rf "$BUILD"' EXIT

# --- FactDev (FACT-Team/FactDev, GPL-2.0): billing.tpl is a Mustache template of a LaTeX file,
#     rendered by FactDev's TexGenerator (qt-mustache) and compiled with pdflatex.
(cd "$BUILD" && npm init -y >/dev/null && npm install --no-audit --no-fund mustache@4.2.0 >/dev/null)
mkdir -p "$BUILD/factdev"
for n in fr-01 fr-02; do
  NODE_PATH="$BUILD/node_modules" node "$HERE/scripts/factdev_render.js" \
    "$HERE/src/factdev/billing.tpl" "$HERE/data/$n.factdev.json" "$BUILD/factdev/$n.tex"
  (cd "$BUILD/factdev" && for i in 1 2; do nice pdflatex -interaction=nonstopmode "$n.tex" >/dev/null; done)
  cp "$BUILD/factdev/$n.pdf" "$HERE/$n.pdf"
done

# --- OpenODG (24eme/openodg, AGPL): facturation/_latexContent.php partial (PHP template of a LaTeX
#     file), rendered by php with a stub sfConfig and the $facture document, compiled with pdflatex.
mkdir -p "$BUILD/odg/web/images"
python3 "$HERE/scripts/blank_png.py" "$BUILD/odg/web/images/logo_site.png"
for n in fr-03 fr-04; do
  php "$HERE/scripts/openodg_render.php" "$HERE/src/openodg/_latexContent.php" \
    "$HERE/data/$n.openodg.json" "$BUILD/odg/web" "$BUILD/odg/$n.tex"
  (cd "$BUILD/odg" && for i in 1 2; do nice pdflatex -interaction=nonstopmode "$n.tex" >/dev/null; done)
  cp "$BUILD/odg/$n.pdf" "$HERE/$n.pdf"
done
sha256sum "$HERE"/fr-0*.pdf
