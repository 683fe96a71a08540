import json, subprocess, sys
CREME = "github:HybirdCorp/creme_crm@{c}:creme/billing/templates/billing/export/{p}"
FL = "github:vartur/facturelibre@b317e885120fcd3d34bf149c3637e69a6044c15f:templates/html/invoice.html"
ECM = "github:ecmonline/invoice-generator@a974256831e6de67789f435b8001289c0f30eb7a:documents/invoice/template/index.html"
docs = {
 'v17-01': (CREME.format(c='656d67f140d7dd953a979763ad8de2e7746fe1dd', p='latex/FR/fr_FR/clear/invoice.tex'),
   dict(invoice_number='FAC-2025-0142', invoice_date='2025-03-14', total_ht='960.00', total_tva='192.00', total_ttc='1152.00',
        siret='81445172000027', vat_number='FR56814451720', iban=None, purchase_order='BC-77812', document_type='invoice'),
   ['FAC-2025-0142', '14-03-2025', '960,00', '192,00', '1152,00', '81445172000027', 'FR56814451720', 'BC-77812', 'FACTURE']),
 'v17-02': (CREME.format(c='0d3bee429414600de9fb167581bd983ff86f3f70', p='latex/FR/fr_FR/clear/credit_note.tex'),
   dict(invoice_number='AV-2025-0007', invoice_date='2025-04-02', total_ht='-75.00', total_tva='-15.00', total_ttc='-90.00',
        siret='81445172000027', vat_number='FR56814451720', iban=None, purchase_order=None, document_type='credit_note'),
   ['AV-2025-0007', '02-04-2025', '75,00', '15,00', '90,00', '81445172000027', 'FR56814451720', 'AVOIR']),
 'v17-03': (CREME.format(c='0d3bee429414600de9fb167581bd983ff86f3f70', p='xhtml2pdf/FR/fr_FR/cappuccino/invoice.html'),
   dict(invoice_number='F2025-0318', invoice_date='2025-06-27', total_ht='2868.00', total_tva='541.41', total_ttc='3409.41',
        siret='52138046900028', vat_number='FR26521380469', iban=None, purchase_order='2025-BC-0415', document_type='invoice'),
   ['F2025-0318', '27 juin 2025', '868,00', '541,41', '409,41', '52138046900028', 'FR26521380469', '2025-BC-0415', 'Facture N°']),
 'v17-04': (FL,
   dict(invoice_number='2025-017', invoice_date='2025-10-31', total_ht='6548.61', total_tva='1293.23', total_ttc='7841.84',
        siret='12345678900011', vat_number='FR32123456789', iban='FR1420041010050500013M02606', purchase_order=None, document_type='invoice'),
   ['2025-017', '31 OCTOBRE 2025', '548,61', '293,23', '841,84', '123 456 789 00011', 'FR 32 123456789', 'FR14 2004 1010 0505 0001 3M02 606']),
 'v17-05': (FL,
   dict(invoice_number='2025-031', invoice_date='2025-09-22', total_ht='986.25', total_tva='0.00', total_ttc='986.25',
        siret='90318877900024', vat_number=None, iban='FR7616807000013456789012318', purchase_order=None, document_type='invoice'),
   ['2025-031', '22 SEPTEMBRE 2025', '986,25', 'TVA non applicable, art. 293 B du CGI', '903 188 779 00024', 'FR76 1680 7000 0134 5678 9012 318']),
 'v17-06': (ECM,
   dict(invoice_number='R10006', invoice_date='2016-09-15', total_ht='645.00', total_tva='122.55', total_ttc='767.55',
        siret=None, vat_number=None, iban='DE89430510400000302794', purchase_order=None, document_type='invoice'),
   ['R10006', '15.09.2016', '645,00', '122,55', '767,55', 'DE89430510400000302794', 'DE304939027']),
 'v17-07': (FL,
   dict(invoice_number='F-2025-0112', invoice_date='2025-12-15', total_ht='1322.90', total_tva='264.58', total_ttc='1587.48',
        siret='85230614100023', vat_number='FR84852306141', iban='FR7610057190350002011480162', purchase_order=None, document_type='invoice'),
   ['F-2025-0112', '15 DÉCEMBRE 2025', '322,90', '264,58', '587,48', '852 306 141 00023', 'FR 84 852306141', 'FR76 1005 7190 3500 0201 1480 162', 'CT-2025-7781']),
}
ok = True
for name, (layout, f, needles) in docs.items():
    fields = dict(invoice_number=f['invoice_number'], invoice_date=f['invoice_date'], total_ht=f['total_ht'],
                  total_tva=f['total_tva'], total_ttc=f['total_ttc'], siret=f['siret'], vat_number=f['vat_number'],
                  iban=f['iban'], dossiers=[], proforma_number=None, purchase_order=f['purchase_order'],
                  document_type=f['document_type'])
    with open(f'{name}.truth.json', 'w') as fh:
        json.dump({'file': f'{name}.pdf', 'layout': layout, 'fields': fields}, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    txt = subprocess.run(['pdftotext', '-layout', f'{name}.pdf', '-'], capture_output=True, text=True).stdout
    norm = txt.replace('\u202f', ' ').replace('\u00a0', ' ')
    miss = [n for n in needles if n not in txt and n not in norm]
    print(name, 'MISSING' if miss else 'ok', miss)
    ok &= not miss
