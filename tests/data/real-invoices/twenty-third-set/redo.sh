#!/bin/sh
# Rebuilds v23-01.pdf and v23-02.pdf from the sources in src/ (copied verbatim from the
# search tool's GitHub file store) with Debian 12 Go packages, offline (GOPATH mode).
# Build tree goes to a temporary folder that is removed at the end.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
apt-get install -y --no-install-recommends golang-go golang-github-jung-kurt-gofpdf-dev \
  golang-gopkg-yaml.v2-dev golang-github-jinzhu-now-dev golang-gopkg-alecthomas-kingpin.v2-dev \
  golang-golang-x-text-dev poppler-utils >/dev/null
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT
export GO111MODULE=off GOPATH=/usr/share/gocode:$B/gopath GOCACHE=$B/gocache GOFLAGS=
G=$B/gopath/src
mkdir -p $G/gitlab.com/Lesterpig $G/github.com/relistan $G/gopkg.in/relistan

# --- v23-01: Lesterpig/invoice (Go, gofpdf), project example 000001.yml ---
cp -r "$HERE/src/Lesterpig-invoice" $G/gitlab.com/Lesterpig/invoice
(cd $G/gitlab.com/Lesterpig/invoice && go build -o $B/lesterpig-invoice .)
cp -r "$HERE/src/Lesterpig-invoice/example" $B/run1
(cd $B/run1 && TZ=Europe/Paris $B/lesterpig-invoice 000001.yml 000001.pdf)
cp $B/run1/000001.pdf "$HERE/v23-01.pdf"

# --- v23-02: relistan/billmonger (Go, gofpdf), project example invoices/billing.example.yaml ---
cp -r "$HERE/src/billmonger" $G/github.com/relistan/billmonger
cp -r "$HERE/src/rubberneck" $G/gopkg.in/relistan/rubberneck.v1
(cd $G/github.com/relistan/billmonger && go build -o $B/billmonger .)
mkdir -p $B/run2/assets
cp "$HERE/src/billmonger/invoices/billing.example.yaml" $B/run2/billing.yaml
python3 "$HERE/src/make-logo.py" $B/run2/assets/MySoftware.png   # stand-in for the binary logo
# NOTE: billmonger dates the invoice with the END OF THE CURRENT MONTH (time.Now());
# libfaketime does not affect Go binaries, so a rerun in another month gives another
# date/number (the truth file records the run of 2026-11-26: November 30, 2026 / Nov302026).
(cd $B/run2 && $B/billmonger -c billing.yaml >/dev/null)
cp "$B"/run2/*.pdf "$HERE/v23-02.pdf"

cd "$HERE" && sha256sum v23-01.pdf v23-02.pdf
