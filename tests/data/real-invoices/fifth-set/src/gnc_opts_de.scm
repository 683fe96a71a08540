(let ((option (gnc:lookup-option options "Notes" "Extra Notes")))
  ((lambda (o) (if o (gnc:option-set-value o "Zahlbar innerhalb von 14 Tagen ohne Abzug.\nBankverbindung: Kasseler Sparkasse, IBAN DE21 5205 0353 0001 2345 67, BIC HELADEF1KAS"))) option))
