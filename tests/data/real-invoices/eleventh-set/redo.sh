#!/bin/sh
# Rebuild v11-01.pdf and v11-02.pdf from the sources saved under src/ (Debian bookworm texlive 2022).
set -e
D=$(cd "$(dirname "$0")" && pwd)
B=$D/build; rm -rf "$B"; mkdir -p "$B/01" "$B/02/style"
# blank placeholder image/PDF used for logo/letterhead files that are binary in the source repos (not in the text store)
cd "$B" && printf '\\documentclass{standalone}\\begin{document}\\rule{0pt}{1.5cm}\\hspace{3cm}\\end{document}\n' > blank.tex \
  && pdflatex -interaction=nonstopmode blank.tex >/dev/null
# --- v11-01: 24eme/giilda, LaTeX embedded in PHP (single-quoted string), only \' -> ' unescaped
cd "$B/01"
python3 "$D/extract_giilda.py" "$D/src/giilda/actions.class.php"      # writes facture.tex
pdftoppm -jpeg -r 72 -singlefile "$B/blank.pdf" logo                    # blank logo.jpg placeholder
for i in 1 2 3; do pdflatex -interaction=nonstopmode facture.tex >/dev/null || true; done
cp facture.pdf "$D/v11-01.pdf"
# --- v11-02: chgrl/LaTeX-Rechnung example, unchanged
cd "$B/02"
cp "$D/src/chgrl-LaTeX-Rechnung/rechnung.tex" . && cp "$D/src/chgrl-LaTeX-Rechnung/style/rechnung.sty" style/
cp "$B/blank.pdf" style/bk.pdf; cp "$B/blank.pdf" style/wz.pdf          # placeholders for binary letterhead/watermark
for i in 1 2; do pdflatex -interaction=nonstopmode rechnung.tex >/dev/null || true; done
cp rechnung.pdf "$D/v11-02.pdf"
