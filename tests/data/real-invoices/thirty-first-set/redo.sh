#!/bin/sh
# Rebuilds v31-01..03.pdf from the npm package @rsc-labs/medusa-documents-v2@0.2.11 (MIT).
# Needs: node (v20), npm, chromium (Debian) for the helper logo. Run from anywhere.
set -e
cd "$(dirname "$0")"
rm -rf build && mkdir build && cd build
npm pack @rsc-labs/medusa-documents-v2@0.2.11 >/dev/null
tar xzf rsc-labs-medusa-documents-v2-0.2.11.tgz          # -> build/package/.medusa/server/...
echo '{"name":"b","private":true}' > package.json
# the package's runtime deps used by the invoice templates (versions pinned as in its package.json;
# @medusajs/utils is provided by the Medusa host, devDependency ^2.7.0)
npm install --no-audit --no-fund pdfkit@0.15.0 i18next@23.15.1 @medusajs/utils@2.7.0 >/dev/null
cd ..
# helper logo for the BASIC_LOGO template (served to the template's fetch() as a data: URL)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=400,120 \
  --screenshot=src/logo-bergblick.png "file://$PWD/src/logo-bergblick.html" 2>/dev/null
# the template prints invoice.created_at.toLocaleDateString(): the process locale picks the format
LC_ALL=fr_FR.UTF-8 node src/render.js src/v31-01.json v31-01.pdf
LC_ALL=de_AT.UTF-8 node src/render.js src/v31-02.json v31-02.pdf
LC_ALL=en_GB.UTF-8 node src/render.js src/v31-03.json v31-03.pdf
rm -rf build
