#!/bin/sh
# Reproduce every PDF of this set. Needs Debian bookworm packages:
#   php-cli php-tcpdf php-gd php-mbstring fonts-freefont-ttf python3
# (apt-get install -y php-cli php-tcpdf php-gd php-mbstring fonts-freefont-ttf python3)
# The build tree (patched copies of src/oxid, TCPDF font files, stand-in logo) goes OUTSIDE this folder.
set -e
cd "$(dirname "$0")"
B="${BUILD:-/tmp/v43-build/oxid}"
sh scripts/oxid/prepare.sh "$B"
for n in de-01 de-02 en-01; do
  php scripts/oxid/run.php "$B" "data/oxid/$n.json" > "$n.pdf"
done
sha256sum de-01.pdf de-02.pdf en-01.pdf
