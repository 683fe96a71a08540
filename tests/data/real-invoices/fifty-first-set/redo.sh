#!/bin/sh
# Rebuild de-01.pdf, en-01.pdf, en-02.pdf from the sources copied into src/.
# Needs Debian bookworm TeX Live (texlive-latex-extra, texlive-lang-german,
# texlive-xetex, texlive-luatex, texlive-fonts-extra, latexmk), fonts-open-sans,
# faketime, python3, ruby (with bundler), poppler-utils. Network: deb.debian.org only.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
B=$(mktemp -d /tmp/realpdf-v51-redo.XXXXXX)
trap 'rm -rf "$B"' EXIT
cd "$B"

# Debian packages used without installing them (fonts + Ruby mustache library)
apt-get download fonts-font-awesome ruby-mustache
dpkg-deb -x fonts-font-awesome_*_all.deb fa
dpkg-deb -x ruby-mustache_*_all.deb rm

# ---- de-01: ddast/tcsrechnung (TC Stetten), project example data src/rechnungen.xml
mkdir tcs && cd tcs
cp "$HERE"/src/tcsrechnung/tcsrechnung.py "$HERE"/src/tcsrechnung/tcsrechnung.cls "$HERE"/src/tcsrechnung/rechnungen.xml .
# tcslogo.pdf is a binary file of the repository that the file store does not hold:
# replaced by a helper-made placeholder (circle with "TCS").
cp "$HERE"/src/helper/tcslogo-placeholder.tex .
nice pdflatex -interaction=nonstopmode tcslogo-placeholder.tex >/dev/null
mv tcslogo-placeholder.pdf tcslogo.pdf
# same steps as the project's src/compile.sh; the year in the invoice number comes
# from date.today(), so faketime pins the issue date
faketime '2014-05-05 12:00:00' python3 tcsrechnung.py -i rechnungen.xml -o tex -m mails.csv -p pdf
SOURCE_DATE_EPOCH=$(date -u -d 2014-05-05T12:00:00 +%s) FORCE_SOURCE_DATE=1 \
  nice latexmk -silent -interaction=nonstopmode -pdf -outdir=tmp tex/14_0014.tex >/dev/null
cp tmp/14_0014.pdf "$HERE"/de-01.pdf
cd "$B"

# ---- en-01: mkropat/dapper-invoice, project example.tex + .example-vars.tex
mkdir dapper && cd dapper
cp "$HERE"/src/dapper-invoice/dapper-invoice.cls "$HERE"/src/dapper-invoice/example.tex .
cp "$HERE"/src/dapper-invoice/.example-vars.tex vars.tex
mkdir Fonts
cp /usr/share/fonts/truetype/open-sans/OpenSans-*.ttf Fonts/
cp "$B"/fa/usr/share/fonts/opentype/font-awesome/FontAwesome.otf Fonts/
export SOURCE_DATE_EPOCH=$(date -u -d 2015-04-12T12:00:00 +%s) FORCE_SOURCE_DATE=1
nice xelatex -interaction=nonstopmode example >/dev/null
nice xelatex -interaction=nonstopmode example >/dev/null
cp example.pdf "$HERE"/en-01.pdf
cd "$B"

# ---- en-02: kierendavies/latex-invoice, project example.yaml through render.rb
mkdir kd && cd kd
cp -r "$HERE"/src/kierendavies-latex-invoice app
# one-line compatibility patch (TeX Live 2022: \\ in the raggedright "q" column no longer
# ends the row, so \total's leading \\ + \hline fails with "Misplaced \noalign")
sed -i 's/>{\\raggedright\\setlength{\\hangindent}{1em}}p{#1}/>{\\raggedright\\arraybackslash\\setlength{\\hangindent}{1em}}p{#1}/' app/invoice.cls
printf "source 'https://rubygems.org'\n" > Gemfile
export BUNDLE_GEMFILE="$B/kd/Gemfile" RUBYLIB="$B/rm/usr/lib/ruby/vendor_ruby" RUBYOPT=-rtmpdir
export OSFONTDIR="$B/fa/usr/share/fonts/opentype/font-awesome"
export SOURCE_DATE_EPOCH=$(date -u -d 2016-07-26T12:00:00 +%s) FORCE_SOURCE_DATE=1
nice ruby app/render.rb app/example.yaml 2>render.log
cp example.pdf "$HERE"/en-02.pdf
cd "$HERE"
sha256sum de-01.pdf en-01.pdf en-02.pdf
