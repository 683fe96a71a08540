(let ((option (gnc:lookup-option options "Display" "Extra Notes")))
  ((lambda (o) (if o (gnc:option-set-value o "Paiement par virement à 30 jours. IBAN FR14 2004 1010 0505 0001 3M02 606 - BIC PSSTFRPPPAR. Pas d'escompte pour paiement anticipé. En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €."))) option))
(let ((option (gnc:lookup-option options "Display" "Invoice Notes")))
  ((lambda (o) (if o (gnc:option-set-value o #t))) option))
