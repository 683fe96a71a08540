#!/bin/sh
# Recreates every PDF of this set from the template copies in src/ and the helper scripts in tools/.
# Needs Debian bookworm packages (installed if missing):
#   chromium fonts-inter ruby-slim ruby-i18n ruby-money ruby-activesupport ruby-countries
#   php-cli php-intl php-twig php-twig-intl-extra php-twig-markdown-extra php-league-commonmark php-dompdf fonts-dejavu-core
#   ruby-prawn ruby-prawn-table
set -e
cd "$(dirname "$0")"
PKGS="chromium fonts-inter ruby-slim ruby-i18n ruby-money ruby-activesupport ruby-countries php-cli php-intl php-twig php-twig-intl-extra php-twig-markdown-extra php-league-commonmark php-dompdf fonts-dejavu-core ruby-prawn ruby-prawn-table"
missing=""; for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -n "$missing" ] && { apt-get update && apt-get install -y $missing; }
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT
CHROME="nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

# --- Lago (getlago/lago-api) : Slim templates -> HTML -> Chromium (Lago itself prints its HTML with Chromium/Gotenberg)
python3 tools/blank_png.py "$B/lago-logo-invoice.png"     # stand-in for Lago's logo PNG (binary not in the file store)
ruby tools/lago_render.rb fr    "$B/fr-01.html"
ruby tools/lago_render.rb fr-cn "$B/fr-02.html"
ruby tools/lago_render.rb de    "$B/de-01.html"
for n in fr-01 fr-02 de-01; do $CHROME --print-to-pdf="$PWD/$n.pdf" "$B/$n.html" 2>/dev/null; done

# --- Spree print invoice (spree-contrib/spree_print_invoice) : Prawn templates -> PDF
nice ruby tools/spree_render.rb de-02.pdf

# --- FOSSBilling : Twig template -> HTML -> Dompdf
nice php tools/fossbilling_render.php en-01.pdf 2>/dev/null

sha256sum fr-01.pdf fr-02.pdf de-01.pdf de-02.pdf en-01.pdf
