#!/bin/sh
# Regenerate the held-out signature attack set (Debian 12: reportlab for /usr/bin/python3, openssl, libnss3-tools, poppler-utils, qpdf).
set -e
cd "$(dirname "$0")"
exec /usr/bin/python3 make_heldout.py "$@"
