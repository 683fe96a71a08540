import json
T = {
 'de-01': ('paymenter/paymenter:resources/views/pdf/invoice.blade.php (lang/de)', 'RE-2025-0117', '2025-03-03', '19.00', '3.61', '22.61', None, None, 'DE02200505501502468013'),
 'fr-01': ('paymenter/paymenter:resources/views/pdf/invoice.blade.php (lang/fr)', 'FAC-2025-0309', '2025-03-14', '22.50', '4.50', '27.00', '85234567700011', 'FR61852345677', 'FR7630004008280001234567841'),
 'en-01': ('paymenter/paymenter:resources/views/pdf/invoice.blade.php (lang/en)', 'INV-2025-0042', '2025-04-14', None, None, '32.50', None, None, None),
 'en-02': ('laravel/cashier-stripe:resources/views/invoice.blade.php', '7C41B0E2-0008', '2025-02-01', '153.00', '29.07', '182.07', None, None, None),
 'en-03': ('laravel/cashier-stripe:resources/views/invoice.blade.php', 'A93F5D17-0021', '2025-05-12', '1560.00', '0.00', '1560.00', None, None, None),
 'en-04': ('laravel/cashier-stripe:resources/views/invoice.blade.php', '5E0D2C88-0002', '2025-06-20', None, '21.60', '129.60', None, None, None),
}
for k, (lay, no, dt, ht, tva, ttc, siret, vat, iban) in T.items():
    d = {'file': k + '.pdf', 'layout': 'github:' + lay, 'fields': {
        'invoice_number': no, 'invoice_date': dt, 'total_ht': ht, 'total_tva': tva, 'total_ttc': ttc,
        'siret': siret, 'vat_number': vat, 'iban': iban, 'dossiers': [], 'proforma_number': None,
        'purchase_order': None, 'document_type': 'invoice'}}
    open(k + '.truth.json', 'w').write(json.dumps(d, indent=2, ensure_ascii=False) + '\n')
