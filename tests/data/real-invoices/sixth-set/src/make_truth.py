#!/usr/bin/python3
# Writes v6-XX.truth.json and checks that each printed form of every value is in the pdftotext -layout text.
import json, subprocess, re, sys
T = {
 'v6-01': ('deb:sql-ledger@3.2.6-1:doc/templates/French/invoice.tex', dict(invoice_number='F23-0381', invoice_date='2023-10-03', total_ht='1665.00', total_tva='333.00', total_ttc='1998.00', siret='48291735800012', vat_number='FR50482917358', iban='FR7630004000031234567890143', purchase_order=None, document_type='invoice'),
           ['F23-0381', '03/10/2023', '1 665,00', '333,00', '1 998,00', '482 917 358 00012', 'FR50 482 917 358', 'FR76 3000 4000 0312 3456 7890 143']),
 'v6-02': ('deb:sql-ledger@3.2.6-1:doc/templates/French/invoice.html', dict(invoice_number='FA-2024-0157', invoice_date='2024-03-22', total_ht='1108.00', total_tva='221.60', total_ttc='1329.60', siret='51926384200022', vat_number='FR56519263842', iban='FR7610278360000002087540168', purchase_order=None, document_type='invoice'),
           ['FA-2024-0157', '22/03/2024', '1 108,00', '221,60', '1 329,60', '519 263 842 00022', 'FR56 519 263 842', 'FR76 1027 8360 0000 0208 7540 168']),
 'v6-03': ('deb:gnucash@1:4.13-1:reports/standard/invoice.scm "Easy Invoice" (de_DE)', dict(invoice_number='2025-0093', invoice_date='2025-02-17', total_ht='641.40', total_tva='71.90', total_ttc='713.30', siret=None, vat_number=None, iban='DE82240501100065432109', purchase_order=None, document_type='invoice'),
           ['2025-0093', '17.02.2025', '641,40', '71,90', '713,30', 'DE82 2405 0110 0065 4321 09']),
 'v6-04': ('deb:sql-ledger@3.2.6-1:doc/templates/Default/credit_invoice.tex', dict(invoice_number='CR-2024-0012', invoice_date='2024-02-19', total_ht='-481.50', total_tva='-110.75', total_ttc='-592.25', siret=None, vat_number=None, iban='IE70BOFI90001712345678', purchase_order='PO-CDS-0442', document_type='credit_note'),
           ['CR-2024-0012', '19-02-2024', '481.50', '110.75', '592.25', 'IE70 BOFI 9000 1712 3456 78', 'PO-CDS-0442']),
 'v6-05': ('deb:python3-relatorio@0.10.1-1:examples/basic.odt + examples/common.py', dict(invoice_number='MZY-20080703', invoice_date=None, total_ht='217.90', total_tva='45.76', total_ttc='263.66', siret=None, vat_number=None, iban=None, purchase_order=None, document_type='invoice'),
           ['MZY-20080703', '217.9', '45.759', '263.66']),
 'v6-06': ('npm:@jsreport/jsreport-sample-template@4.0.2:samples.json invoice-main + invoice-data', dict(invoice_number='123', invoice_date='2026-11-26', total_ht=None, total_tva=None, total_ttc='300.00', siret=None, vat_number=None, iban=None, purchase_order=None, document_type='invoice'),
           ['Invoice #: 123', '11/26/2026', '$300']),
 'v6-07': ('npm:@makarandkate/invoice-templates@7.7.0:lib/utils/mockData.json via HtmlTemplates temp6', dict(invoice_number='INV_041', invoice_date='2023-11-03', total_ht='472.50', total_tva='23.63', total_ttc='496.00', siret=None, vat_number=None, iban=None, purchase_order=None, document_type='invoice'),
           ['INV_041', '03/11/2023', '472.50', '23.63', '₹496']),
}
ok = True
for name, (layout, f, printed) in T.items():
    txt = subprocess.run(['pdftotext', '-layout', name + '.pdf', '-'], capture_output=True, text=True).stdout
    for p in printed:
        if p not in txt: print('MISSING', name, p); ok = False
    fields = dict(invoice_number=f['invoice_number'], invoice_date=f['invoice_date'], total_ht=f['total_ht'], total_tva=f['total_tva'],
                  total_ttc=f['total_ttc'], siret=f['siret'], vat_number=f['vat_number'], iban=f['iban'], dossiers=[],
                  proforma_number=None, purchase_order=f['purchase_order'], document_type=f['document_type'])
    json.dump({'file': name + '.pdf', 'layout': layout, 'fields': fields}, open(name + '.truth.json', 'w'), indent=2, ensure_ascii=False)
print('all printed values found' if ok else 'CHECK FAILED')
