#!/bin/sh
# Recreate the v26 PDFs: OpenERP 7.0 customer invoice report (account_print_invoice.rml)
# rendered by OpenERP's own RML engine (trml2pdf, Python 3 port in src/rml2pdf/).
# Needs Debian bookworm packages: python3-reportlab (3.6.12) python3-lxml fonts-dejavu-core poppler-utils
set -e
cd "$(dirname "$0")"
command -v pdftotext >/dev/null && /usr/bin/python3 -c 'import reportlab, lxml' 2>/dev/null || {
  apt-get update && apt-get install -y python3-reportlab python3-lxml fonts-dejavu-core poppler-utils; }
export PYTHONDONTWRITEBYTECODE=1
for d in v26-01 v26-02 v26-03; do
  /usr/bin/python3 src/render_invoice.py src/data/$d.json $d.pdf
done
sha256sum v26-01.pdf v26-02.pdf v26-03.pdf
# expected (reportlab 3.6.12, DejaVu 2.37, rl_config.invariant=1):
# 421bf303d22da9441fe4664d4e03578ac3ec0ccaf33564028464b35229c54f16  v26-01.pdf
# 4666dea30c8ce4687b40d9cf8f7cfa9345aa2d400857f7ce10495b97fe57da7f  v26-02.pdf
# a08bf2a90c2a35bd5e11427757e24137f45887c2031efefcc40dc286f1238e76  v26-03.pdf
for d in v26-01 v26-02 v26-03; do pdftotext -layout $d.pdf - | head -5; done
