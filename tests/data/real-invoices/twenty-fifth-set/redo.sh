#!/bin/sh
# Rebuild v25-01 … v25-05 from the sources in src/ (see README.md).
# Usage: sh redo.sh [OUT_DIR]   (default: this folder)
# Needs Debian bookworm packages (installed with apt-get when missing and run as root):
#   python3-reportlab python3-django python3-babel python3-bleach python3-bidi
#   python3-arabic-reshaper fonts-open-sans gettext weasyprint npm poppler-utils
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
mkdir -p "$OUT"
export PYTHONDONTWRITEBYTECODE=1
export SOURCE_DATE_EPOCH=1735689600  # fixed font-subset timestamps (fontTools) for reproducible bytes
PY=/usr/bin/python3

PKGS="python3-reportlab python3-django python3-babel python3-bleach python3-bidi python3-arabic-reshaper fonts-open-sans gettext weasyprint"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then apt-get update -qq && apt-get install -y -qq $missing; fi

B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT

# --- pretix (v25-01 … v25-03): fonts as pretix's static files, catalogues compiled like compilemessages
mkdir -p "$B/static/fonts"
for f in Regular Italic Bold BoldItalic; do
  ln -s /usr/share/fonts/truetype/open-sans/OpenSans-$f.ttf "$B/static/fonts/OpenSans-$f.ttf"
done
for l in de fr; do
  mkdir -p "$B/locale/$l/LC_MESSAGES"
  msgfmt -o "$B/locale/$l/LC_MESSAGES/django.mo" "$HERE/src/locale/$l/LC_MESSAGES/django.po"
done
$PY "$HERE/src/render_pretix.py" "$B" "$OUT"

# --- django-invoicing (v25-04, v25-05): Bootstrap 4.1.1 stylesheet from the npm registry
(cd "$B" && npm pack bootstrap@4.1.1 >/dev/null 2>&1 && tar xzf bootstrap-4.1.1.tgz package/dist/css/bootstrap.min.css)
$PY "$HERE/src/render_django_invoicing.py" "$B/package/dist/css/bootstrap.min.css" "$OUT"

cd "$OUT" && sha256sum v25-0?.pdf
