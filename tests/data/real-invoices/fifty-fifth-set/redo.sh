#!/bin/sh
# Rebuild /tmp/realpdf-v55: the three PDFs are the demo invoices that the CTAN package
# "zugferd" (Marei Peischl, LPPL 1.3c) ships in TeX Live's doc tree, taken unchanged from
# Debian's texlive-latex-extra-doc .debs (sid 2026.20260911-1 = zugferd 0.13, trixie
# 2024.20250309-2 = zugferd 0.9d). Needs: curl, dpkg-deb, tar, sha256sum (poppler-utils to check).
# Note: sid's pool drops a .deb when it is superseded; if the sid URL answers 404, take the current
# sid texlive-latex-extra-doc (see dists/sid/main/binary-all/Packages.xz) and expect other sha256s.
set -eu
OUT=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
M=http://deb.debian.org/debian/pool/main/t/texlive-extra
get() { # $1 deb file name, $2 sha256, $3 extraction dir
  curl -fsS -o "$W/$1" "$M/$1"
  echo "$2  $W/$1" | sha256sum -c -
  mkdir -p "$W/$3"
  dpkg-deb --fsys-tarfile "$W/$1" | tar -x -C "$W/$3" --wildcards '*/latex/zugferd/*'
  rm -f "$W/$1"
}
get texlive-latex-extra-doc_2026.20260911-1_all.deb 3651035a4b44cb8ad6ef4604278f8cd37f52c7e785c2399d75961dd7e4ece54e sid
get texlive-latex-extra-doc_2024.20250309-2_all.deb 9ae1affcda5ece6a778fb49139a45af6888dd5309abdda640247297c756296cb trixie
Z13=$W/sid/usr/share/doc/texlive-doc/latex/zugferd
Z09=$W/trixie/usr/share/doc/texlive-doc/latex/zugferd
cp "$Z13/DEMO-rechnung-zugferd.pdf"                "$OUT/de-01.pdf"
cp "$Z13/DEMO-rechnung-zugferd-Kleinunternehmen.pdf" "$OUT/de-02.pdf"
cp "$Z09/DEMO-rechnung-zugferd.pdf"                "$OUT/de-03.pdf"
cd "$OUT"
sha256sum -c - <<SUMS
fda79bbb6964be7c80951375af701efcd389ffa385bfa3dfc93ff376d27ff86b  de-01.pdf
be674d3de113767d79a794a9f2d1c09270a891770265bfe8ae9c12d0e5efa5d2  de-02.pdf
d99d39ef0645782554afcdcd8182f721a2df61677943c7407689c45e22857cd0  de-03.pdf
SUMS
rm -rf "$W"
