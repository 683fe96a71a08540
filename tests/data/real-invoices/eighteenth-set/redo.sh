#!/bin/sh
# Rebuild v18-01..04.pdf with Dolibarr's pdf_crabe model (src/) on Debian 12 php-cli + php-tcpdf.
set -e
cd "$(dirname "$0")"
if ! command -v php >/dev/null 2>&1 || [ ! -f /usr/share/php/tcpdf/tcpdf.php ]; then
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y php-cli php-tcpdf php-mbstring php-gd php-intl
fi
B=$(mktemp -d)
for pair in v18-01:FA2405-0042 v18-02:FA2409-0007 v18-03:AV2406-0003 v18-04:FA2407-0058; do
	n=${pair%%:*}; r=${pair#*:}
	php src/make_invoice.php "$n" "$B"
	cp "$B/documents/facture/$r/$r.pdf" "$n.pdf"
done
rm -rf "$B"
# check: pdftotext -layout v18-0N.pdf - ; pdftoppm -r 80 -png v18-0N.pdf /tmp/v18-0N
