#!/bin/sh
# Rebuild v22-01..03 (PrestaShop invoice templates rendered with Smarty 4 + TCPDF).
# Needs: php-cli (8.2, intl + mbstring), php-tcpdf (Debian 12), network to deb.debian.org for smarty4.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-/tmp/v22-build}
mkdir -p "$BUILD" && cd "$BUILD"
if [ ! -f "$BUILD/smarty4/usr/share/php/smarty4/Smarty.class.php" ]; then
  apt-get download smarty4=4.3.0-1+deb12u2 \
   || curl -fsSLO http://deb.debian.org/debian-security/pool/updates/main/s/smarty4/smarty4_4.3.0-1+deb12u2_all.deb
  dpkg-deb -x smarty4_4.3.0-1+deb12u2_all.deb smarty4
fi
[ -f /usr/share/php/tcpdf/tcpdf.php ] || apt-get install -y php-tcpdf php-cli php-intl php-mbstring
cd "$HERE"
for n in 01 02 03; do
  php src/prestashop/render_ps.php data/v22-$n.prestashop.json "$HERE/v22-$n.pdf" "$BUILD/smarty4/usr/share/php/smarty4"
done
sha256sum v22-*.pdf
