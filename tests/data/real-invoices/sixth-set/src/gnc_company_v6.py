#!/usr/bin/python3
# Insert the book's "Business" options (File > Properties > Business in GnuCash) into an XML book, write it uncompressed.
import sys, gzip, html
path, lang = sys.argv[1], sys.argv[2]
raw = open(path, 'rb').read()
x = (gzip.decompress(raw) if raw[:2] == b'\x1f\x8b' else raw).decode('utf-8')
if lang == 'de':
    opts = {'Company Name': 'Lernmittel Verlag Ostheide GmbH',
            'Company Address': 'Am Sande 21\n21335 Lüneburg',
            'Company ID': 'USt-IdNr. DE314159265',
            'Company Phone Number': '04131 60 77 0', 'Company Fax Number': '04131 60 77 99',
            'Company Website URL': 'www.lernmittel-ostheide.example', 'Company Email Address': 'rechnung@lernmittel-ostheide.example',
            'Company Contact Person': 'Anke Wiebusch'}
else:
    opts = {'Company Name': 'Atelier Numérique Martin',
            'Company Address': '7, place du Martroi\n45000 Orléans',
            'Company ID': 'SIRET 812 345 676 00025 - TVA FR19812345676',
            'Company Phone Number': '02 38 12 34 56', 'Company Fax Number': '',
            'Company Website URL': 'www.atelier-numerique-martin.example', 'Company Email Address': 'contact@atelier-numerique-martin.example',
            'Company Contact Person': 'Julien Martin'}
inner = ''.join('<slot><slot:key>%s</slot:key><slot:value type="string">%s</slot:value></slot>\n' % (k, html.escape(v))
                for k, v in opts.items() if v)
slots = ('<slot><slot:key>options</slot:key><slot:value type="frame"><slot><slot:key>Business</slot:key>'
         '<slot:value type="frame">\n%s</slot:value></slot></slot:value></slot>\n' % inner)
if '<book:slots>' in x:
    x = x.replace('<book:slots>', '<book:slots>\n' + slots, 1)
else:
    i = x.index('</book:id>') + len('</book:id>')
    x = x[:i] + '\n<book:slots>\n' + slots + '</book:slots>' + x[i:]
open(path, 'w', encoding='utf-8').write(x)
