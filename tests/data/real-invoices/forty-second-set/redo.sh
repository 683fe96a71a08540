#!/bin/sh
# Rebuild every PDF of /tmp/realpdf-v42 from src/ (project files copied verbatim from the
# search tool's file store, plus helper drivers/shims). Needs node>=20, npm registry access,
# Debian chromium at /usr/bin/chromium. Scratch tree outside the output folder.
set -e
OUT=$(cd "$(dirname "$0")" && pwd)
SRC=$OUT/src
WORK=${WORK:-/tmp/realpdf-v42-work}
mkdir -p "$WORK" && cd "$WORK"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund react@18.3.1 react-dom@18.3.1 esbuild@0.28.2 puppeteer-core@24.43.1 \
  number-to-words@1.2.4 @fontsource/outfit@5.3.0 @fontsource/inter@5.3.0 @react-pdf/renderer@4.9.0 \
  date-fns@4.4.0 @date-fns/tz@1.5.0 qrcode@1.5.4
[ -x node_modules/esbuild/bin/esbuild ] && node_modules/.bin/esbuild --version >/dev/null 2>&1 || node node_modules/esbuild/install.js
# Tailwind 2.2.19 CSS = invoify's TAILWIND_CDN file (jsdelivr serves the npm tarball's dist/)
[ -f package/dist/tailwind.min.css ] || { npm pack tailwindcss@2.2.19 && tar xzf tailwindcss-2.2.19.tgz package/dist/tailwind.min.css; }

# --- invoify (al1abb/invoify, MIT): en-01, en-02
NODE_PATH=$WORK/node_modules node_modules/.bin/esbuild "$SRC/invoify-render.tsx" --bundle --platform=node \
  --tsconfig="$SRC/tsconfig.json" --external:puppeteer-core --outfile="$WORK/invoify-render.js" --log-level=warning
TZ=UTC WORK=$WORK OUT=$OUT node "$WORK/invoify-render.js"

# --- midday (midday-ai/midday packages/invoice, AGPL-3.0): en-03, de-01, fr-01
rm -rf mb && mkdir mb && cp -r "$SRC/midday" "$SRC/midday-render.tsx" mb/
cp "$SRC/midday-shim/content.ts" mb/midday/packages/invoice/src/utils/content.ts
# reconcile mixed stored versions: index.tsx passes includeVAT, summary.tsx expects includeVat
sed -i 's/includeVAT={template.includeVat}/includeVat={template.includeVat}/' mb/midday/packages/invoice/src/templates/pdf/index.tsx
printf '%s\n' '{ "compilerOptions": { "jsx": "react-jsx", "baseUrl": ".", "paths": { "@midday/utils/*": ["./midday/packages/utils/src/*"] } } }' > mb/tsconfig.json
NODE_PATH=$WORK/node_modules node_modules/.bin/esbuild mb/midday-render.tsx --bundle --platform=node --format=esm \
  --tsconfig=mb/tsconfig.json --packages=external --outfile="$WORK/midday-render.mjs" --log-level=warning
TZ=UTC WORK=$WORK OUT=$OUT node "$WORK/midday-render.mjs"

cd "$OUT" && sha256sum *.pdf
