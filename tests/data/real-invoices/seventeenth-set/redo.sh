#!/bin/bash
# Rebuild every PDF of this set from src/ (Debian 12 "bookworm").
# System packages used (apt-get install): texlive-latex-base texlive-latex-extra texlive-lang-french
#   texlive-fonts-extra (bera fonts, for Creme's LaTeX theme) python3-django python3-xhtml2pdf
#   python3-jinja2 python3-holidays python3-numpy python3-yaml weasyprint (python3-weasyprint 57.2)
#   nodejs npm; locales fr_FR.UTF-8 and de_DE.UTF-8 generated.
# npm (registry): handlebars@4.7.8 (installed into a temporary directory, removed at the end).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1   # fixed PDF dates where the tool honours it

# --- HybirdCorp/creme_crm billing export templates (Django templates -> pdflatex / xhtml2pdf)
for d in v17-01 v17-02 v17-03; do
  nice $PY "$HERE/src/creme/render.py" "$d" "$TMP/creme"
  cp "$TMP/creme/$d.pdf" "$HERE/$d.pdf"
done

# --- vartur/facturelibre (jinja2 template + WeasyPrint)
for d in v17-04 v17-05 v17-07; do
  nice $PY "$HERE/src/facturelibre/run_facturelibre.py" "$HERE/src/facturelibre/$d.data.json" "$HERE/$d.pdf"
done

# v17-06 (ecmonline/invoice-generator with its own data.yml) was left out of verifact's copy:
# it is the same document as fifteenth-set/v15-01. src/ecm-invoice-generator is kept as the
# helper fetched it.

cd "$HERE" && sha256sum v17-0*.pdf
