#!/bin/bash
# Rebuild v19-01..03.pdf from Debian bookworm packages (run as root on Debian 12).
# Calligra Sheets' own "Business/Invoice" template (calligrasheets-data), filled with the
# helper values in src/data/*.json by src/fill_kspread.py, exported to PDF by calligrasheets
# itself (--export-pdf).  PDFs differ from the shipped ones only in Qt's creation date.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="$(mktemp -d /tmp/realpdf-v19-build.XXXX)"
trap 'rm -rf "$BUILD"' EXIT
if ! command -v calligrasheets >/dev/null || ! command -v dbus-run-session >/dev/null; then
  apt-get update && apt-get install -y calligrasheets dbus poppler-utils
fi
cd "$BUILD"
curl -sSfO http://deb.debian.org/debian/pool/main/c/calligra/calligrasheets-data_3.2.1+dfsg-6_all.deb
echo "7939fc0d93334e322dbeba4b5afe10f5ab09951df6ee3cbe6907580e913e91b0  calligrasheets-data_3.2.1+dfsg-6_all.deb" | sha256sum -c -
dpkg-deb -x calligrasheets-data_3.2.1+dfsg-6_all.deb pkg
TPL="$BUILD/pkg/usr/share/calligrasheets/templates/Business/.source/Invoice.kst"
echo "0db392c0a611ab6a2992f72f735b9b91f71e2844e382432693b485d7146a3333  $TPL" | sha256sum -c -
for n in 01 02 03; do
  python3 "$HERE/src/fill_kspread.py" "$TPL" "$HERE/src/data/v19-$n.json" "$BUILD/v19-$n.ksp"
  # .ksp = KSpread document: calligrasheets detects the MIME type from the extension
  # calligrasheets writes the PDF within a few seconds but does not quit by itself in
  # offscreen mode: wait for a complete PDF whose size is stable, then end that process group.
  QT_QPA_PLATFORM=offscreen setsid timeout 120 dbus-run-session -- \
    calligrasheets --export-pdf --export-filename "$BUILD/v19-$n.pdf" "$BUILD/v19-$n.ksp" >"$BUILD/v19-$n.log" 2>&1 &
  PID=$!
  last=-1
  for i in $(seq 1 100); do
    sleep 1
    if [ -s "$BUILD/v19-$n.pdf" ] && pdfinfo "$BUILD/v19-$n.pdf" >/dev/null 2>&1; then
      size=$(stat -c %s "$BUILD/v19-$n.pdf"); [ "$size" = "$last" ] && break; last=$size
    fi
  done
  kill -- -"$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  test -s "$BUILD/v19-$n.pdf"
  cp "$BUILD/v19-$n.pdf" "$HERE/v19-$n.pdf"
  echo "v19-$n.pdf: $(pdfinfo "$HERE/v19-$n.pdf" | awk '/^Pages/{print $2}') page(s)"
done
