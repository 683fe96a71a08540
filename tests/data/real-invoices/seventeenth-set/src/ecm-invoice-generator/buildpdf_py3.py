#!/usr/bin/python3
"""Python 3 / Debian 12 port of ecmonline/invoice-generator buildpdf.py (MIT, (c) 2016 Daniel Huhn).
Same computations and locale formatting as buildpdf.py; the Handlebars step (pybars3, not packaged
in Debian) is done by handlebars.js from the npm registry (hbs_render.js), then WeasyPrint renders
the HTML with base_url = documents/invoice/template, as buildpdf.py does.
Usage: buildpdf_py3.py OUT.pdf [--locale de_DE.UTF-8]
"""
import json
import locale
import os
import subprocess
import sys

import yaml
from weasyprint import HTML

HERE = os.path.dirname(os.path.abspath(__file__))
out_pdf = os.path.abspath(sys.argv[1])
loc = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == '--locale' else 'de_DE.UTF-8'
os.chdir(HERE)
locale.setlocale(locale.LC_ALL, loc)

document_url = 'documents/invoice'
base_url = document_url + '/template'
index_html = base_url + '/index.html'
with open(document_url + '/data.yml', encoding='utf-8') as f:
    document_data = yaml.safe_load(f)

fmt = lambda v: locale.format_string("%.2f", v)  # py2 locale.format("%.2f", v)
pos_number = 1
document_data['totals'] = {'netto': 0, 'brutto': 0, 'tax': 0}
for pos in document_data['positions']:
    if 'tax_rate' not in pos:
        pos['tax_rate'] = document_data['tax_rate']
    pos['pos_number'] = pos_number
    pos['total_netto_price'] = pos['netto_price'] * pos['amount']
    pos['total_tax'] = pos['total_netto_price'] * (pos['tax_rate'] / float(100))
    pos['total_brutto_price'] = pos['total_netto_price'] + pos['total_tax']
    document_data['totals']['netto'] += pos['total_netto_price']
    document_data['totals']['brutto'] += pos['total_brutto_price']
    document_data['totals']['tax'] += pos['total_tax']
    pos['amount'] = fmt(pos['amount'])
    pos['tax_rate'] = fmt(pos['tax_rate'])
    pos['netto_price'] = fmt(pos['netto_price'])
    pos['total_netto_price'] = fmt(pos['total_netto_price'])
    pos['text'] = pos['text'].replace('\n', '<br>')
    pos_number += 1
for k in ('netto', 'brutto', 'tax'):
    document_data['totals'][k] = fmt(document_data['totals'][k])

# yaml loads customer_number/postcode as int: keep as in pybars (str() of the value)
html_text = subprocess.run(['node', os.path.join(HERE, 'hbs_render.js'), index_html],
                           input=json.dumps(document_data), capture_output=True, text=True,
                           check=True).stdout
HTML(string=html_text, base_url=base_url).write_pdf(out_pdf)
print(document_data['invoice']['number'], document_data['totals'])
