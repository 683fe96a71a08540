(let ((option (gnc:lookup-option options "Display" "Extra Notes")))
  ((lambda (o) (if o (gnc:option-set-value o "Zahlbar bis 19.03.2025 ohne Abzug. Bankverbindung: Sparkasse Lüneburg, IBAN DE82 2405 0110 0065 4321 09, BIC NOLADE21LBG"))) option))
(let ((option (gnc:lookup-option options "Display" "Invoice Notes")))
  ((lambda (o) (if o (gnc:option-set-value o #t))) option))
