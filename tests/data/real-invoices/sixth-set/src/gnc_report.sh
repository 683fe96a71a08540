#!/bin/bash
# usage: gnc_report.sh BOOK INVOICE_ID TEMPLATE_GUID TEMPLATE_NAME LOCALE OUT.html [extra scheme option forms file]
set -e
BOOK=$1; INVID=$2; TGUID=$3; TNAME=$4; LOC=$5; OUT=$6; EXTRA=$7
GUID=$(grep -B1 "<invoice:id>$INVID</invoice:id>" "$BOOK" | sed -n 's/.*<invoice:guid type="guid">\([0-9a-f]*\)<.*/\1/p')
H=$(mktemp -d); mkdir -p $H/.local/share/gnucash
{
cat <<SCM
(let ()
  (define (options-gen)
    (let
         (
           (options (gnc:report-template-new-options/report-guid "$TGUID" "$TNAME"))
           (new-embedded-report-ids '())
         )
(let ((option (gnc:lookup-option options "General" "Invoice Number")))
  ((lambda (o) (if o (gnc:option-set-value o '"$GUID"))) option))
SCM
[ -n "$EXTRA" ] && cat "$EXTRA"
cat <<SCM
      options
    )
  )
  (gnc:define-report
    'version 1
    'name "helper-$INVID"
    'report-guid "00000000000000000000000000$(printf '%06d' $RANDOM)"
    'parent-type "$TGUID"
    'options-generator options-gen
    'menu-path (list gnc:menuname-custom)
    'renderer (gnc:report-template-renderer/report-guid "$TGUID" "$TNAME")
  )
)
SCM
} > $H/.local/share/gnucash/saved-reports-2.8
HOME=$H LANG=$LOC LC_ALL=$LOC LANGUAGE= gnucash-cli --report run --name "helper-$INVID" --output-file "$OUT" "$BOOK"
