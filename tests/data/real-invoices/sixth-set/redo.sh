#!/bin/bash
# Reproduces v6-01 .. v6-07 from Debian bookworm + npm packages. Usage: bash redo.sh [OUTDIR]  (default: ./out)
# Needs: texlive (latex-recommended/extra, lang-french, koma), chromium, libreoffice-writer-nogui, gnucash + python3-gnucash,
#        python3-relatorio (+genshi), poppler-utils, faketime, node/npm. Run as root (apt-get download).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)/src
OUT=$(readlink -f "${1:-out}"); mkdir -p "$OUT"
W=$(mktemp -d /tmp/realpdf-v6-redo.XXXX); cd $W
PRINT() { nice timeout 180 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null; }

# --- SQL-Ledger 3.2.6 (Debian sql-ledger_3.2.6-1_all.deb): its own SL::Form::parse_template + pdflatex ---
apt-get download sql-ledger=3.2.6-1 >/dev/null 2>&1; dpkg-deb -x sql-ledger_3.2.6-1_all.deb sl
export SL=$W/sl/usr/share/sql-ledger RUN=$W/slrun
mkdir -p $RUN/templates/fr $RUN/templates/en $RUN/spool
cp $SL/doc/templates/French/* $RUN/templates/fr/
cp $SL/doc/templates/Default/* $RUN/templates/en/
cp sl/var/lib/sql-ledger/users/sql-ledger.png sl/var/lib/sql-ledger/users/sql-ledger.eps $RUN/spool/   # Debian keeps these in the users/spool dir
perl $SRC/sl_render.pl $SRC/fr_invoice.pl $OUT/v6-01.pdf
perl $SRC/sl_render.pl $SRC/fr_invoice_html.pl $RUN/fr_invoice_html.html
iconv -f latin1 -t utf8 $RUN/fr_invoice_html.html | sed 's/charset=iso-8859-15/charset=utf-8/' > $RUN/fr_invoice_html.u8.html
PRINT $RUN/fr_invoice_html.u8.html $OUT/v6-02.pdf
perl $SRC/sl_render.pl $SRC/en_credit.pl $OUT/v6-04.pdf

# --- GnuCash 4.13 "Easy Invoice" (invoice.scm, preset easy-invoice), LANG=de_DE.UTF-8 ---
mkdir -p gnc && cd gnc
/usr/bin/python3 $SRC/gnc_book_v6.py xml://$PWD/de.gnucash
/usr/bin/python3 $SRC/gnc_company_v6.py de.gnucash de
faketime '2026-11-26 10:00:00' bash $SRC/gnc_report.sh de.gnucash 2025-0093 67112f318bef4fc496bdc27d106bbda4 "Easy Invoice" de_DE.UTF-8 $PWD/de-easy.html $SRC/gnc_opts_de_v6.scm
PRINT $PWD/de-easy.html $OUT/v6-03.pdf
cd $W

# --- relatorio 0.10.1 (Debian python3-relatorio): examples/basic.odt + examples/common.py, LibreOffice to PDF ---
apt-get download python3-relatorio=0.10.1-1 >/dev/null 2>&1; dpkg-deb -x python3-relatorio_0.10.1-1_all.deb rel
cp -r rel/usr/share/doc/python3-relatorio/examples relex
/usr/bin/python3 $SRC/relatorio_basic.py $W/relex $W/relex/output_basic.odt 2>/dev/null
( cd relex && nice soffice --headless --convert-to pdf output_basic.odt >/dev/null 2>&1 ) && cp relex/output_basic.pdf $OUT/v6-05.pdf

# --- @jsreport/jsreport-sample-template 4.0.2: "invoice-main" + "invoice-data" (handlebars + chrome-pdf options) ---
mkdir -p jsr && cd jsr && npm init -y >/dev/null && npm pack @jsreport/jsreport-sample-template@4.0.2 >/dev/null 2>&1
tar xzf jsreport-jsreport-sample-template-4.0.2.tgz && npm install --no-audit --no-fund handlebars@4 puppeteer-core@22 >/dev/null 2>&1
cp $SRC/jsreport_render.js render.js && nice faketime '2026-11-26 10:00:00' node render.js $OUT/v6-06.pdf >/dev/null
cd $W

# --- @makarandkate/invoice-templates 7.7.0: its lib/utils/mockData.json through HtmlTemplates (default 'temp6') ---
mkdir -p mk && cd mk && npm init -y >/dev/null && npm install --no-audit --no-fund @makarandkate/invoice-templates@7.7.0 >/dev/null 2>&1
cp $SRC/makarandkate_render.js render.js && TZ=UTC node render.js temp6 $PWD/temp6.html && PRINT $PWD/temp6.html $OUT/v6-07.pdf
cd $W
ls -la $OUT; sha256sum $OUT/*.pdf
