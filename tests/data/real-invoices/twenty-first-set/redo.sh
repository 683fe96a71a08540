#!/bin/sh
# Re-create v21-01..03.pdf from the stored sources in src/ (Debian 12 bookworm).
# Needs: libsaxonhe-java (Saxon-HE 9.9), chromium, poppler-utils.
set -e
cd "$(dirname "$0")"
command -v chromium >/dev/null && [ -f /usr/share/java/Saxon-HE.jar ] || {
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libsaxonhe-java chromium poppler-utils; }
XSL=src/mustang/xsl/ZUGFeRD_1p0_c1p0_s1p0.xslt
mkdir -p build
n=0
for f in ZUGFeRD1-invoice ZUGFeRD1_COMFORT_Einfach ZUGFeRD1_EXTENDED_Warenrechnung; do
  n=$((n+1))
  # 1) the stylesheet, unchanged, on Mustang's test XML -> HTML (Saxon-HE, XSLT 2.0)
  nice java -cp /usr/share/java/Saxon-HE.jar net.sf.saxon.Transform \
       -s:src/mustang/xml/$f.xml -xsl:$XSL -o:build/$f.html
  # 2) HTML -> PDF with headless Chromium (A4/Letter default page, no header/footer)
  nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
       --print-to-pdf=build/$f.pdf "file://$PWD/build/$f.html" 2>/dev/null
  cp build/$f.pdf v21-0$n.pdf
done
rm -rf build
sha256sum v21-0*.pdf
