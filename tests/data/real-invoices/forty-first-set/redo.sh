#!/bin/sh
# Reproduce every PDF of this set. Needs Debian bookworm python3-django (3.2), python3-jinja2,
# python3-babel, weasyprint (python3-weasyprint 57.2), fonts-inter, chromium, npm.
set -e
cd "$(dirname "$0")"
mkdir -p build
cd build
# Saleor invoicing plugin template -> Django template engine -> WeasyPrint (as saleor/plugins/invoicing/utils.py)
/usr/bin/python3 ../tools/render_saleor.py en-01 en-01.pdf
/usr/bin/python3 ../tools/render_saleor.py en-02 en-02.pdf
# ERPNext "Sales Invoice Print" Jinja print format -> HTML (Frappe printview-like wrapper) -> Chromium
npm pack bootstrap@3.4.1 >/dev/null
tar xzf bootstrap-3.4.1.tgz package/dist/css/bootstrap.min.css
cp package/dist/css/bootstrap.min.css .
for c in en-03 en-04 en-05; do
  /usr/bin/python3 ../tools/render_erpnext.py $c $c.html
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$c.pdf "file://$PWD/$c.html"
done
cp en-0?.pdf ..
cd ..
rm -rf build
