#!/bin/bash
# Reproduces v3-01..v3-11 (layout/text identical; PDF bytes differ by timestamps/IDs).
# usage: bash redo.sh [OUTDIR]   (default ./redo-out); needs the scripts in src/ next to this file.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); SRC=$HERE/src
OUT=${1:-$HERE/redo-out}; W=$OUT/work; mkdir -p $W; cd $W
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -q --no-install-recommends gnucash python3-gnucash locales weasyprint python3-pystache python3-pypdf2 \
  python3-django python3-six python3-reportlab chromium poppler-utils texlive-latex-base texlive-latex-recommended \
  texlive-latex-extra texlive-fonts-recommended libtemplate-perl libtemplate-plugin-latex-perl libtex-encode-perl \
  liblog-log4perl-perl liblocale-maketext-lexicon-perl libnumber-format-perl libdatetime-perl libconfig-inifiles-perl \
  libdbi-perl libdbd-pg-perl libmoose-perl libnamespace-autoclean-perl libpgobject-perl libpgobject-simple-perl \
  libpgobject-simple-role-perl libpgobject-util-dbmethod-perl libpgobject-type-bigfloat-perl libpgobject-type-datetime-perl \
  libtry-tiny-perl libdatetime-format-strptime-perl libjson-perl libhtml-escape-perl libversion-compare-perl \
  libmoosex-nonmoose-perl libcarp-always-perl libdata-uuid-perl libio-stringy-perl libhttp-headers-fast-perl libplack-perl \
  libcgi-emulate-psgi-perl libcgi-simple-perl libmime-lite-perl libmime-types-perl libtext-markdown-perl libxml-simple-perl \
  liblocale-codes-perl libhttp-exception-perl libplack-request-withencoding-perl libpgobject-util-dbadmin-perl \
  libpgobject-type-bytestring-perl libclass-c3-xs-perl
command -v node >/dev/null && command -v npm >/dev/null || apt-get install -y -q nodejs npm   # any node+npm will do
sed -i 's/^# *\(de_DE.UTF-8\)/\1/; s/^# *\(fr_FR.UTF-8\)/\1/' /etc/locale.gen && locale-gen
PY=/usr/bin/python3
PRINT() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null; }

# --- Kraft 1.0 (Debian bookworm kraft_1.0-1+b1) ---
apt-get download kraft=1.0-1+b1 ledgersmb=1.6.33+ds-2.1
dpkg-deb -x kraft_1.0-1+b1_amd64.deb kraft
$PY $SRC/kraft_trml.py kraft k1.trml && $PY kraft/usr/share/kraft/tools/erml2pdf.py -o $OUT/v3-01.pdf k1.trml
$PY $SRC/kraft_gtmpl.py kraft . && weasyprint k2.html $OUT/v3-02.pdf   # (google-fonts @import fails offline: harmless)

# --- GnuCash 4.13 (python3-gnucash builds the books, gnucash-cli runs the reports, chromium prints the HTML) ---
mkdir -p gnc && cd gnc && rm -f de.gnucash* fr.gnucash*
$PY $SRC/gnc_book.py xml://$PWD/de.gnucash de && $PY $SRC/gnc_book.py xml://$PWD/fr.gnucash fr
$PY $SRC/gnc_company.py de.gnucash de && $PY $SRC/gnc_company.py fr.gnucash fr
$SRC/gnc_report.sh de.gnucash RE-2024-0318 0769e242be474010b4acf264a5512e6e "Tax Invoice" de_DE.UTF-8 $PWD/de-tax.html $SRC/gnc_opts_de.scm
$SRC/gnc_report.sh fr.gnucash F2024-0211 3ce293441e894423a2425d7a22dd1ac6 "Fancy Invoice" fr_FR.UTF-8 $PWD/fr-fancy.html $SRC/gnc_opts_fr.scm
$SRC/gnc_report.sh fr.gnucash AV2024-0007 5123a759ceb9483abf2182d01c140e8d "Printable Invoice" fr_FR.UTF-8 $PWD/fr-credit.html $SRC/gnc_opts_fr_cn.scm
PRINT $PWD/de-tax.html $OUT/v3-03.pdf; PRINT $PWD/fr-fancy.html $OUT/v3-04.pdf; PRINT $PWD/fr-credit.html $OUT/v3-05.pdf
cd $W

# --- LedgerSMB 1.6.33 (its own LedgerSMB::Template + de.po; LaTeX via Template::Plugin::Latex) ---
dpkg-deb -x ledgersmb_1.6.33+ds-2.1_all.deb lsmb
( cd lsmb/usr/share/ledgersmb && perl $SRC/lsmb_render.pl inv PDF $OUT/v3-06.pdf && perl $SRC/lsmb_render.pl cn PDF $OUT/v3-07.pdf \
  && perl $SRC/lsmb_render.pl inv2 HTML $W/l3.html ) 2>/dev/null
PRINT $W/l3.html $OUT/v3-08.pdf

# --- npm jspdf-invoice-template-nodejs 1.4.40 ---
mkdir -p npmrun && cd npmrun && npm init -y >/dev/null && npm install --no-audit --no-fund jspdf-invoice-template-nodejs@1.4.40
cp $SRC/jspdf_*.js . && node jspdf_readme_example.js $OUT/v3-09.pdf && node jspdf_de_helper.js $OUT/v3-10.pdf && node jspdf_fr_helper.js $OUT/v3-11.pdf
ls -la $OUT/*.pdf
