#!/bin/sh
# Embed each real-NNN.xml of this folder into a copy of one simple carrier PDF,
# giving real-NNN.pdf.  The carrier page has nothing to do with the XML (see
# README.md): only the values carried by the embedded XML are under test.
#
# Attachment name (both the EmbeddedFiles key and the displayed file name):
#   ZUGFeRD 1.0 (root CrossIndustryDocument)          -> ZUGFeRD-invoice.xml
#   XRechnung  (guideline / CustomizationID has "xrechnung", CII or UBL)
#                                                      -> xrechnung.xml
#   other CII  (root CrossIndustryInvoice)             -> factur-x.xml
#   other UBL  (root Invoice / CreditNote)             -> invoice.xml
#
# Usage: sh make_pdfs.sh      (from anywhere; needs qpdf and /usr/bin/python3)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
CARRIER=${CARRIER:-"$HERE/../../../../samples/invoices/inv-002.pdf"}
# fixed dates so that the output is byte-for-byte reproducible
DATE=D:20250101000000Z

[ -f "$CARRIER" ] || { echo "carrier PDF not found: $CARRIER" >&2; exit 1; }

attachment_name() {
    /usr/bin/python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
name = root.tag.rsplit("}", 1)[-1]
def ids():
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "CustomizationID":
            yield el.text or ""
        elif tag == "GuidelineSpecifiedDocumentContextParameter":
            for c in el:
                if c.tag.rsplit("}", 1)[-1] == "ID":
                    yield c.text or ""
xr = any("xrechnung" in (t or "").lower() for t in ids())
if name == "CrossIndustryDocument":
    print("ZUGFeRD-invoice.xml")
elif xr:
    print("xrechnung.xml")
elif name == "CrossIndustryInvoice":
    print("factur-x.xml")
elif name in ("Invoice", "CreditNote"):
    print("invoice.xml")
else:
    sys.exit("unknown root " + name)
EOF
}

for xml in "$HERE"/real-*.xml; do
    base=$(basename "$xml" .xml)
    name=$(attachment_name "$xml")
    out="$HERE/$base.pdf"
    qpdf --deterministic-id "$CARRIER" \
        --add-attachment "$xml" --key="$name" --filename="$name" --mimetype=text/xml \
            --creationdate="$DATE" --moddate="$DATE" -- \
        "$out"
    echo "$base.pdf <- $base.xml as $name"
done
