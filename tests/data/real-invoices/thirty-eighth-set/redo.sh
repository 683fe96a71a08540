#!/bin/sh
# Reproduce every PDF of this set from src/. Needs: php (8.2, Debian), weasyprint (57.2, Debian), curl, dpkg-deb.
# Network: only http://deb.debian.org (Smarty 4 for the CiviCRM template).
set -e
cd "$(dirname "$0")"
B=$(mktemp -d /tmp/realpdf-v38-redo.XXXXXX)
mkdir -p "$B/html"

# --- Smarty 4 (Debian bookworm package smarty4 4.3.0-1+deb12u2), unpacked outside the folder
( cd "$B" && curl -sSfO http://deb.debian.org/debian/pool/main/s/smarty4/smarty4_4.3.0-1+deb12u2_all.deb \
  && echo "6f58a6d72b664037e9945bfe10146e8b419d294b6ec8cc4c740d2568c423868b  smarty4_4.3.0-1+deb12u2_all.deb" | sha256sum -c - \
  && dpkg-deb -x smarty4_4.3.0-1+deb12u2_all.deb smarty4 )
SMARTY="$B/smarty4/usr/share/php/smarty4"

# --- SuiteCRM AOS "Invoice Sample" PDF template (en_us current; ge_ge / fr_fr with the template of the same old commit)
php src/suitecrm/render_suitecrm.php en_us src/suitecrm/smpl_Invoice_Sample.php          src/suitecrm/data-en-01.json "$B/html/en-01.html"
php src/suitecrm/render_suitecrm.php ge_ge src/suitecrm/smpl_Invoice_Sample.8e51b0e9.php src/suitecrm/data-de-01.json "$B/html/de-01.html"
php src/suitecrm/render_suitecrm.php fr_fr src/suitecrm/smpl_Invoice_Sample.8e51b0e9.php src/suitecrm/data-fr-01.json "$B/html/fr-01.html"

# --- CiviCRM contribution_invoice_receipt (HTML message template)
php src/civicrm/render_civicrm.php "$SMARTY" src/civicrm/contribution_invoice_receipt_html.tpl src/civicrm/data-en-02.json "$B/html/en-02.html"

# --- Akaunting 1.x invoice view (de-DE labels)
php src/akaunting/render_akaunting.php src/akaunting/invoice.blade.php src/akaunting/lang_de-DE_excerpts.php \
    src/akaunting/invoice.css src/akaunting/data-de-02.json "$B/html/de-02.html"

# --- HTML -> PDF (missing logo / cut-line images are reported by weasyprint and left out)
for n in en-01 de-01 fr-01 en-02 de-02; do
  ( cd "$B/html" && SOURCE_DATE_EPOCH=1735689600 nice weasyprint "$n.html" "$OLDPWD/$n.pdf" 2>/dev/null )
done
rm -rf "$B"
sha256sum en-01.pdf de-01.pdf fr-01.pdf en-02.pdf de-02.pdf
