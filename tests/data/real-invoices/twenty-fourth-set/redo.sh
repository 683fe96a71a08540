#!/bin/sh
# Rebuild every PDF of this set from src/ (stored template copies) and tools/ (helper data + stand-in renderers).
# Needs Debian 12 packages: php-cli php-twig php-twig-intl-extra php-intl php-symfony-translation php-symfony-yaml
#                           php-symfony-intl php-dompdf php-gd wkhtmltopdf python3 poppler-utils
set -eu
cd "$(dirname "$0")"
mkdir -p build data
python3 tools/make_shopware_data.py
python3 tools/make_sylius_data.py
# Shopware 6 invoice template -> Twig -> dompdf (like Shopware's PdfRenderer)
for n in 01 02 03; do
  nice php tools/shopware_render.php data/v24-$n.shopware.json v24-$n.pdf
done
# Sylius InvoicingPlugin invoice template -> Twig -> HTML -> wkhtmltopdf (like KnpSnappy with options: [])
php -r '$i=imagecreatetruecolor(1,1); imagesavealpha($i,true); imagefill($i,0,0,imagecolorallocatealpha($i,255,255,255,127)); imagepng($i,"build/logo.png");'
for n in 04 05 06; do
  nice php tools/sylius_render.php data/v24-$n.sylius.json build/v24-$n.html build/logo.png
  nice wkhtmltopdf --quiet --allow build build/v24-$n.html v24-$n.pdf 2>/dev/null
done
rm -rf build data
sha256sum v24-0*.pdf
