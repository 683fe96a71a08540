(let ((option (gnc:lookup-option options "Display" "Extra Notes")))
  ((lambda (o) (if o (gnc:option-set-value o "Montant de l'avoir imputé sur votre prochain règlement ou remboursé par virement sur demande."))) option))
(let ((option (gnc:lookup-option options "Display" "Invoice Notes")))
  ((lambda (o) (if o (gnc:option-set-value o #t))) option))
