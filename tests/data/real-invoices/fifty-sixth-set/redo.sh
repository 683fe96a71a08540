#!/bin/sh
# Recreate every PDF of this set. Needs node (tested with v20.20.2), npm (registry access),
# poppler-utils only for checking. Scratch work happens outside this folder.
set -eu
OUT=$(cd "$(dirname "$0")" && pwd)
SCRATCH=${SCRATCH:-/tmp/scratch-v56-redo}
rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"; cd "$SCRATCH"
printf '{ "name": "scratch-v56", "private": true, "type": "module" }\n' > package.json
# the two invoice projects, exact versions, unpacked (payload-clienthub itself cannot be
# npm-installed: its dependency @davincicoding/payload-plugin-kit@0.1.0 is not on the registry)
npm pack payload-clienthub@0.0.12 @powerhousedao/contributor-billing@1.1.2
mkdir ch pw
tar xzf payload-clienthub-0.0.12.tgz -C ch
tar xzf powerhousedao-contributor-billing-1.1.2.tgz -C pw
# runtime dependencies the rendering code imports
npm install --no-audit --no-fund @react-pdf/renderer@4.9.0 react@19.3.1 dayjs@1.11.23 qrcode@1.5.4 world-countries@5.1.0 tsx@4.23.15
cp "$OUT"/src/clienthub-run.mjs "$OUT"/src/powerhouse-run.mjs .
export TZ=UTC LANG=en_US.UTF-8
# payload-clienthub (tsx only resolves the package's extension-less ESM imports)
node --import tsx clienthub-run.mjs ch/package "$OUT"/src/clienthub-de.json "$OUT"/de-01.pdf
node --import tsx clienthub-run.mjs ch/package "$OUT"/src/clienthub-fr.json "$OUT"/fr-01.pdf
node --import tsx clienthub-run.mjs ch/package "$OUT"/src/clienthub-li.json "$OUT"/de-02.pdf
# @powerhousedao/contributor-billing
node powerhouse-run.mjs pw/package "$OUT"/src/powerhouse-en1.json "$OUT"/en-01.pdf
node powerhouse-run.mjs pw/package "$OUT"/src/powerhouse-en2.json "$OUT"/en-02.pdf
echo "done; scratch left in $SCRATCH (delete it when finished)"
