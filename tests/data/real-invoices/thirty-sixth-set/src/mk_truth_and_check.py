#!/usr/bin/env python3
"""Write NAME.truth.json and check that each printed value string is in pdftotext -layout."""
import json, subprocess, sys, os
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PA = 'github:paheko/paheko@83d54be849f94d00c2e26f8679a85684552b2c35:src/modules/invoice/preview.html'
TH = 'github:thelia/thelia@119deff35c8a26f405d88420dad04b9c55d625f1:templates/pdf/default/invoice.html'
def F(**k):
    base = dict(invoice_number=None, invoice_date=None, total_ht=None, total_tva=None, total_ttc=None,
                siret=None, vat_number=None, iban=None, dossiers=[], proforma_number=None,
                purchase_order=None, document_type='invoice')
    base.update(k); return base
DOCS = {
 'fr-01': (PA, F(invoice_number='FACT-2024-0017', invoice_date='2024-05-14', total_ht='1195.00', total_tva='0.00',
                 total_ttc='1195.00', siret='81432765600017', iban='FR7630004028370001000574191'),
           ['FACT-2024-0017', '14/05/2024', '1 195,00 €', '81432765600017', 'FR76 3000 4028 3700 0100 0574 191',
            'exonérée des impôts commerciaux (art. 261-7-1 du CGI)']),
 'fr-02': (PA, F(invoice_number='2024-F-008', invoice_date='2024-03-22', total_ht='1886.40', total_tva='0.00',
                 total_ttc='1886.40', iban='FR7614707000340311987654260'),
           ['2024-F-008', '22/03/2024', '1 886,40 €', 'FR76 1470 7000 3403 1198 7654 260', 'TVA non-applicable, article 293 B du CGI']),
 'fr-03': (TH, F(invoice_number='ORD000000000142', invoice_date='2024-11-29', total_ht='87.50', total_tva='9.52',
                 total_ttc='97.02', siret='79283645400027'),
           ['ORD000000000142', '29/11/2024', '87,50 €', '9,52 €', '97,02 €', '3,02 €', '6,50 €', 'SIRET 79283645400027']),
 'fr-04': (TH, F(invoice_number='ORD000000001873', invoice_date='2025-02-07', total_ht=None, total_tva='21.52',
                 total_ttc='129.10', siret='52961084200039', vat_number='FR86529610842'),
           ['ORD000000001873', '07/02/2025', '21,52 €', '129,10 €', '101,00 €', '121,20 €', '7,90 €', '1,32 €',
            'SIRET 529 610 842 00039', 'TVA FR86529610842']),
}
ok = True
for name, (layout, fields, needles) in DOCS.items():
    json.dump({'file': name + '.pdf', 'layout': layout, 'fields': fields},
              open(name + '.truth.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    txt = subprocess.run(['pdftotext', '-layout', name + '.pdf', '-'], capture_output=True, text=True).stdout
    norm = txt.replace('\u00a0', ' ')
    for n in needles:
        if n.replace('\u00a0', ' ') not in norm:
            ok = False; print('MISSING', name, repr(n))
    print(name, 'checked', len(needles), 'needles')
sys.exit(0 if ok else 1)
