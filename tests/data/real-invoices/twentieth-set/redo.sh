#!/bin/sh
# Recreates v20-01..06 .pdf and .truth.json from src/ (templates copied verbatim from the
# search tool's GitHub file store) and tools/ (helper stand-ins, data, converter).
# Needs Debian 12 packages: php-cli, php-dompdf (2.0.3+dfsg-1+deb12u1), php-font-lib, poppler-utils, python3.
set -e
cd "$(dirname "$0")"
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT
export V20_FONTDIR="$B/fonts"     # generated DejaVu .ufm metrics (Debian drops them)
python3 tools/make_data.py "$B/data"
R="php tools/render.php"
$R src/crater       invoice1 src/crater/locales/fr.pdf-keys.json     "$B/data/v20-01.json" v20-01.pdf
$R src/crater       invoice2 src/crater/locales/de.pdf-keys.json     "$B/data/v20-02.json" v20-02.pdf
$R src/crater       invoice3 src/crater/locales/fr.pdf-keys.json     "$B/data/v20-03.json" v20-03.pdf
$R src/invoiceshelf invoice1 src/invoiceshelf/lang/de.pdf-keys.json  "$B/data/v20-04.json" v20-04.pdf
$R src/invoiceshelf invoice1 src/invoiceshelf/lang/fr.pdf-keys.json  "$B/data/v20-05.json" v20-05.pdf
$R src/invoiceshelf invoice1 src/invoiceshelf/lang/fr.pdf-keys.json  "$B/data/v20-06.json" v20-06.pdf
python3 tools/make_truth.py
