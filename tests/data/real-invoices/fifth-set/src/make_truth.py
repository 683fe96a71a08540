#!/usr/bin/python3
# Writes v3-NN.truth.json and checks that every printed value string ("printed") is in pdftotext -layout output.
import json, subprocess, re, sys
D = '/tmp/realpdf-v3/'
F = ['invoice_number','invoice_date','total_ht','total_tva','total_ttc','siret','vat_number','iban','dossiers','proforma_number','purchase_order','document_type']
docs = [
 ('v3-01','deb:kraft@1.0-1+b1:/usr/share/kraft/reports/invoice.trml',
  ['37-2024','2024-03-14','2873.00','545.87','3418.87',None,None,'DE52850503000221045678',[],None,None,'invoice'],
  ['37-2024','14.03.2024','2.873,00','545,87','3.418,87','DE52 8505 0300 0221 0456 78']),
 ('v3-02','deb:kraft@1.0-1+b1:/usr/share/kraft/reports/invoice.gtmpl',
  ['112-2024','2024-05-22','503.60','71.13','574.73',None,None,'DE67680501010012345678',[],None,None,'invoice'],
  ['112-2024','22.05.2024','503,60','14,32','56,81','574,73','DE67 6805 0101 0012 3456 78']),
 ('v3-03','deb:gnucash@1:4.13-1:/usr/share/guile/site/3.0/gnucash/reports/standard/taxinvoice.scm (Tax Invoice, taxinvoice.eguile.scm)',
  ['RE-2024-0318','2024-09-12','742.90','141.15','884.05',None,None,'DE21520503530001234567',[],None,'4711/24','invoice'],
  ['RE-2024-0318','12.09.2024','742,90','141,15','884,05','DE21 5205 0353 0001 2345 67','Bestellung 4711/24']),
 ('v3-04','deb:gnucash@1:4.13-1:/usr/share/guile/site/3.0/gnucash/reports/standard/invoice.scm (Fancy Invoice)',
  ['F2024-0211','2024-10-03','2186.00','437.20','2623.20','81234567600025','FR19812345676','FR1420041010050500013M02606',[],None,None,'invoice'],
  ['F2024-0211','03/10/2024','2 186,00','437,20','2 623,20','812 345 676 00025','FR19812345676','FR14 2004 1010 0505 0001 3M02 606']),
 ('v3-05','deb:gnucash@1:4.13-1:/usr/share/guile/site/3.0/gnucash/reports/standard/invoice.scm (Printable Invoice, credit note)',
  ['AV2024-0007','2024-10-21','-320.00','-64.00','-384.00','81234567600025','FR19812345676',None,[],None,None,'credit_note'],
  ['AV2024-0007','21/10/2024','-320,00','-64,00','-384,00','812 345 676 00025','FR19812345676','Avoir']),
 ('v3-06','deb:ledgersmb@1.6.33+ds-2.1:/usr/share/ledgersmb/templates/demo/invoice.tex',
  ['2024-10457','2024-11-07','3364.70','639.29','4003.99',None,None,'DE75400501500000347812',[],None,'AB-2024-0893','invoice'],
  ['2024-10457','07.11.2024','3.364,70','639,29','4.003,99','DE75 4005 0150 0000 3478 12','AB-2024-0893']),
 ('v3-07','deb:ledgersmb@1.6.33+ds-2.1:/usr/share/ledgersmb/templates/demo/invoice.tex (reverse = Credit Invoice)',
  ['2024-10502','2024-11-19','-358.00','-68.02','-426.02',None,None,None,[],None,'AB-2024-0893','credit_note'],
  ['2024-10502','19.11.2024','358,00','68,02','426,02','GUTSCHRIFT','AB-2024-0893']),
 ('v3-08','deb:ledgersmb@1.6.33+ds-2.1:/usr/share/ledgersmb/templates/demo/invoice.html',
  ['2024-10611','2024-12-03','1959.80','372.36','2332.16',None,None,'DE75400501500000347812',[],None,'AB-2024-0951','invoice'],
  ['2024-10611','03.12.2024','1.959,80','372,36','2.332,16','DE75 4005 0150 0000 3478 12']),
 ('v3-09','npm:jspdf-invoice-template-nodejs@1.4.40:README.md "Parameters object" example',
  ['19','2021-02-02','116199.90',None,'145250.50',None,None,None,[],None,None,'invoice'],
  ['Invoice #: 19','02/02/2021','116,199.90','145,250.50']),
 ('v3-10','npm:jspdf-invoice-template-nodejs@1.4.40:src/index.js (German labels via props)',
  ['2025-0042','2025-01-08','755.00','143.45','898.45',None,None,'DE12860555921090223345',[],None,None,'invoice'],
  ['2025-0042','08.01.2025','755,00','143,45','898,45','DE12 8605 5592 1090 2233 45']),
 ('v3-11','npm:jspdf-invoice-template-nodejs@1.4.40:src/index.js (French labels via props)',
  ['FA-2025-1187','2025-11-14','970.00','194.00','1164.00','53478120800010','FR11534781208','FR7630004008280001234567841',[],None,'BC-7781','invoice'],
  ['FA-2025-1187','14/11/2025','970,00','194,00','1 164,00','534 781 208 00010','FR11534781208','BC-7781']),
]
ok = True
for name, layout, vals, printed in docs:
    t = json.dumps({'file': name + '.pdf', 'layout': layout, 'fields': dict(zip(F, vals))}, indent=2, ensure_ascii=False)
    open(D + name + '.truth.json', 'w').write(t + '\n')
    txt = subprocess.run(['pdftotext', '-layout', D + name + '.pdf', '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', ' ', txt)
    for p in printed:
        if p not in txt and p not in flat:
            ok = False; print('MISSING', name, repr(p))
    # IBAN may wrap: check de-spaced
    iban = vals[7]
    if iban and iban not in re.sub(r'\s+', '', txt):
        ok = False; print('IBAN MISSING', name)
print('all printed strings found' if ok else 'PROBLEMS')
