#!/bin/sh
# Rebuild v29-01..03 from src/ (Odoo 12 QWeb invoice report, helper evaluator, Debian wkhtmltopdf).
# Needs: /usr/bin/python3 with python3-lxml, wkhtmltopdf (Debian 12), npm (registry), poppler-utils.
set -e
cd "$(dirname "$0")"
rm -rf build && mkdir -p build/bootstrap build/font-awesome
(cd build && npm pack bootstrap@4.1.3 font-awesome@4.7.0 >/dev/null 2>&1)
tar xzf build/bootstrap-4.1.3.tgz -C build/bootstrap
tar xzf build/font-awesome-4.7.0.tgz -C build/font-awesome
for n in 01 02 03; do
  nice /usr/bin/python3 src/render_odoo12.py src/data/v29-$n.json v29-$n.pdf
done
rm -rf build
sha256sum v29-0?.pdf
