#!/usr/bin/python3
"""Render Creme CRM billing export templates (copied unchanged into templates/)
with helper data, the way creme/billing/exporters/{latex,xhtml2pdf}.py do:
Django template -> pdflatex -interaction=batchmode, or -> xhtml2pdf pisa.CreatePDF.
Usage: render.py DOC_ID OUTDIR
"""
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'stubs'))

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    LANGUAGE_CODE='fr',
    USE_I18N=True,
    USE_L10N=True,
    INSTALLED_APPS=['cremestubs'],
    TEMPLATES=[{
        'BACKEND': 'django.template.backends.django.DjangoTemplates',
        'DIRS': [os.path.join(HERE, 'templates')],
        'APP_DIRS': True,
    }],
)
django.setup()

from django.template import loader
from django.utils.translation import override


class O:
    def __init__(self, _str='', **kw):
        self._str = _str
        self.__dict__.update(kw)

    def __str__(self):
        return self._str


EUR = O('Euro', local_symbol='€', international_symbol='EUR')


class Line(O):
    def get_raw_price(self):
        return self.unit_price * self.quantity


def doc(kind, number, issuing_date, source, target, billing_address, lines,
        payment_info, buyers_order_number=None):
    total_no_vat = sum((l.get_raw_price() for l in lines), Decimal('0'))
    total_vat = sum(((l.get_raw_price() * (1 + l.vat / 100)).quantize(Decimal('0.01')) for l in lines),
                    Decimal('0'))
    return O(str(number), entity_type=kind, number=number, issuing_date=issuing_date,
             source=source, target=target, billing_address=billing_address,
             iter_all_lines=lines, total_no_vat=total_no_vat, total_vat=total_vat,
             currency=EUR, payment_info=payment_info, payment_type=None,
             buyers_order_number=buyers_order_number)


def addr(address, zipcode, city, po_box='', country=''):
    return O(address, address=address, zipcode=zipcode, city=city, po_box=po_box, country=country)


def L(item, qty, pu, vat=Decimal('20.00'), comment=''):
    return Line(item, related_item=None, on_the_fly_item=item, quantity=Decimal(qty),
                unit_price=Decimal(pu), vat=Decimal(vat), comment=comment)


ATELIER = O('Atelier Numérique Lyonnais', siret='81445172000027', naf='6201Z',
            rcs='Lyon B 814 451 720', tvaintra='FR56814451720',
            billing_address=addr('12 rue Paul Chenavard', '69001', 'Lyon'),
            email='compta@atelier-numerique.example', phone='04 72 10 33 58',
            url_site='', image=None)
BOULANGERIE = O('Boulangerie Mercier SAS')
ATELIER_RIB = O(bank_code='30004', counter_code='00816', account_number='00010234567',
                rib_key='36', banking_domiciliation='BNP PARIBAS LYON BELLECOUR')

OCEANE = O('Océane Conseil & Formation', siret='52138046900028', naf='8559A',
           rcs='Nantes B 521 380 469', tvaintra='FR26521380469',
           billing_address=addr('4 quai de la Fosse', '44000', 'Nantes'),
           email='facturation@oceane-conseil.example', phone='02 40 48 91 12',
           url_site='www.oceane-conseil.example', image=None)
OCEANE_RIB = O(bank_code='14445', counter_code='00400', account_number='08001234565',
               rib_key='63', banking_domiciliation='CAISSE EPARGNE NANTES GRASLIN')

DOCS = {
    'v17-01': ('billing/export/latex/FR/fr_FR/clear/invoice.tex', 'latex', doc(
        'Facture', 'FAC-2025-0142', date(2025, 3, 14), ATELIER, BOULANGERIE,
        addr('27 avenue Jean Jaurès', '69007', 'Lyon'),
        [L('Refonte du site vitrine', '1.00', '640.00'),
         L('Module de commande en ligne', '1.00', '185.00'),
         L('Maintenance mensuelle', '3.00', '45.00')],
        ATELIER_RIB, buyers_order_number='BC-77812')),
    'v17-02': ('billing/export/latex/FR/fr_FR/clear/credit_note.tex', 'latex', doc(
        'Avoir', 'AV-2025-0007', date(2025, 4, 2), ATELIER, BOULANGERIE,
        addr('27 avenue Jean Jaurès', '69007', 'Lyon'),
        [L('Maintenance mensuelle (avril non consommé)', '1.00', '45.00'),
         L('Geste commercial', '1.00', '30.00')],
        ATELIER_RIB)),
    'v17-03': ('billing/export/xhtml2pdf/FR/fr_FR/cappuccino/invoice.html', 'xhtml2pdf', doc(
        'Facture', 'F2025-0318', date(2025, 6, 27), OCEANE, O('Mairie de Rezé'),
        addr('Place Jean-Baptiste Daviais', '44400', 'Rezé'),
        [L('Formation bureautique (3 jours)', '3.00', '850.00', comment='Session du 10 au 12 juin 2025'),
         L('Supports de cours imprimés', '12.00', '18.50', vat='5.50'),
         L('Frais de déplacement', '1.00', '96.00')],
        OCEANE_RIB, buyers_order_number='2025-BC-0415')),
}


def main():
    doc_id, outdir = sys.argv[1], os.path.abspath(sys.argv[2])
    tpath, engine, obj = DOCS[doc_id]
    template = loader.get_template(tpath)
    with override(language='fr'):
        content = template.render({'object': obj})
    os.makedirs(outdir, exist_ok=True)
    if engine == 'latex':
        tex = os.path.join(outdir, f'{doc_id}.tex')
        with open(tex, 'w', encoding='utf-8') as f:
            f.write(content)
        subprocess.call(['pdflatex', '-interaction=batchmode', '-output-directory', outdir, tex])
    else:
        from xhtml2pdf import pisa
        with open(os.path.join(outdir, f'{doc_id}.html'), 'w', encoding='utf-8') as f:
            f.write(content)
        with open(os.path.join(outdir, f'{doc_id}.pdf'), 'wb') as f:
            st = pisa.CreatePDF(content, dest=f)
        if st.err:
            sys.exit('xhtml2pdf error')
    print(doc_id, obj.total_no_vat, obj.total_vat - obj.total_no_vat, obj.total_vat)


if __name__ == '__main__':
    main()
