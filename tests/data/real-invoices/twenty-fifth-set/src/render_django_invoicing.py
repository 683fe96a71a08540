#!/usr/bin/python3
"""Run django-invoicing's own Bootstrap HTML formatter (templates and formatter code unchanged,
src/django_invoicing/) on a stand-in Invoice (data: helper) and print the HTML to PDF with
WeasyPrint (django-invoicing hands this HTML to an external HTML-to-PDF service; WeasyPrint
is the local stand-in for that service).  The Bootstrap 4.1.1 stylesheet the template links from
a CDN is served from the npm package bootstrap@4.1.1.
Usage: render_django_invoicing.py BOOTSTRAP_MIN_CSS OUT_DIR"""
import os
import sys
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CSS, OUT = sys.argv[1], sys.argv[2]
sys.path[:0] = [os.path.join(HERE, 'django_invoicing')]

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    USE_I18N=True, USE_L10N=True, USE_TZ=True, TIME_ZONE='Europe/Paris', LANGUAGE_CODE='en',
    INSTALLED_APPS=['invoicing'],
    TEMPLATES=[{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'APP_DIRS': True}],
)
django.setup()

from weasyprint import HTML, default_url_fetcher  # noqa: E402

from invoicing.formatters.html import BootstrapHTMLFormatter  # noqa: E402

ROUND = lambda v: round(v, 2)  # noqa: E731  (models.py uses round(Decimal, 2))


class Choices:
    def __init__(self, *pairs):
        self._pairs = dict(pairs)
        for k in self._pairs:
            setattr(self, k, k)


class Item:
    """Stand-in for invoicing.models.Item: subtotal / vat / total as in invoicing/models.py."""
    UNITS = {'EMPTY': '', 'PIECES': 'pcs.', 'HOURS': 'hours'}

    def __init__(self, title, quantity, unit, unit_price, tax_rate, discount='0'):
        self.title, self.unit = title, unit
        self.quantity, self.unit_price = Decimal(quantity), Decimal(unit_price)
        self.tax_rate, self.discount = Decimal(tax_rate), Decimal(discount)

    def get_unit_display(self):
        return self.UNITS[self.unit]

    def get_absolute_url(self):
        return ''  # INVOICING_INVOICE_ITEM_ABSOLUTE_URL default

    @property
    def subtotal(self):
        subtotal = round(self.unit_price * self.quantity, 2)
        return round(Decimal(subtotal) * Decimal((100 - self.discount) / 100), 2)

    @property
    def vat(self):
        return round(self.subtotal * Decimal(self.tax_rate) / 100 if self.tax_rate else 0, 2)

    @property
    def total(self):
        return round(self.subtotal + self.vat, 2)


class ItemSet(list):
    def all(self):
        return self

    def exists(self):
        return bool(self)


class Invoice:
    """Stand-in for invoicing.models.Invoice (fields and the properties the template reads)."""
    TYPE = Choices(('INVOICE', 'Invoice'), ('ADVANCE', 'Advance invoice'),
                   ('PROFORMA', 'Proforma invoice'), ('CREDIT_NOTE', 'Credit note'))
    PAYMENT_METHOD = {'BANK_TRANSFER': 'bank transfer', 'CASH': 'cash',
                      'CASH_ON_DELIVERY': 'cash on delivery', 'PAYMENT_CARD': 'payment card'}
    DELIVERY_METHOD = {'PERSONAL_PICKUP': 'personal pickup', 'MAILING': 'mailing', 'DIGITAL': 'digital'}
    COUNTRIES = {'FR': 'France', 'DE': 'Germany'}

    def __init__(self, items, **kw):
        self.subtitle = ''
        self.credit = Decimal('0')
        self.constant_symbol = self.reference = ''
        self.variable_symbol = self.specific_symbol = None
        self.bank_street = self.bank_zip = self.bank_city = self.bank_country = ''
        self.customer_registration_id = self.customer_tax_id = self.customer_vat_id = ''
        self.note = 'Thank you for using our services.'  # model default
        self.__dict__.update(kw)
        self.item_set = ItemSet(items)
        # number_formatter default: "{{ invoice.date_tax_point|date:'Y' }}/{{ invoice.sequence }}"
        self.number = '%d/%d' % (self.date_tax_point.year, self.sequence)
        # vat / total are stored fields filled by calculate_vat() / calculate_total()
        rates = {}
        for it in self.item_set:
            base, vat = rates.get(it.tax_rate, (Decimal(0), Decimal(0)))
            rates[it.tax_rate] = (base + it.subtotal, vat + it.subtotal * it.tax_rate / 100)
        self.vat = sum(round(v, 2) for b, v in rates.values())
        self.total = round(sum(b + round(v, 2) for b, v in rates.values()) - self.credit, 2)

    @property
    def full_number(self):
        return self.number

    def get_type_display(self):
        return self.TYPE._pairs[self.type]

    def get_payment_method_display(self):
        return self.PAYMENT_METHOD[self.payment_method]

    def get_delivery_method_display(self):
        return self.DELIVERY_METHOD[self.delivery_method]

    def get_supplier_country_display(self):
        return self.COUNTRIES[self.supplier_country]

    def get_customer_country_display(self):
        return self.COUNTRIES[self.customer_country]

    def is_supplier_vat_id_visible(self):
        return self.vat != 0 or any(it.tax_rate > 0 for it in self.item_set)

    @property
    def has_discount(self):
        discounts = list(set(it.discount for it in self.item_set))
        return len(discounts) > 1 or discounts[0] > 0

    @property
    def subtotal(self):
        s = 0
        for item in self.item_set:
            s += item.subtotal
        s -= Decimal(self.credit)
        return round(s, 2)

    @property
    def payment_term(self):
        return (self.date_due - self.date_issue).days if self.total > 0 else 0


def doc04():
    return Invoice(
        type='INVOICE', sequence=42, language='en',
        date_issue=date(2025, 10, 14), date_tax_point=date(2025, 10, 10), date_due=date(2025, 10, 28),
        currency='EUR', payment_method='BANK_TRANSFER', delivery_method='DIGITAL',
        bank_name='Crédit Mutuel Nantes Centre', bank_iban='FR7610278360100002048160540',
        bank_swift_bic='CMCIFR2A',
        supplier_name='Studio Lumen SARL', supplier_street='8 quai de la Fosse', supplier_zip='44000',
        supplier_city='Nantes', supplier_country='FR', supplier_registration_id='RCS Nantes 842 615 304',
        supplier_tax_id='', supplier_vat_id='FR25842615304',
        supplier_additional_info={'SIRET': '842 615 304 00016', 'APE': '7410Z', 'Web': 'www.studio-lumen.fr'},
        issuer_name='Élodie Marchand', issuer_phone='+33 2 40 12 34 56', issuer_email='compta@studio-lumen.fr',
        customer_name='Librairie du Passage SAS', customer_street='3 passage Pommeraye', customer_zip='44000',
        customer_city='Nantes', customer_country='FR',
        items=[
            Item('Design of the autumn catalogue (48 pages)', '1', 'PIECES', '1850.00', '20'),
            Item('Photo retouching', '12.5', 'HOURS', '48.00', '20'),
            Item('Print-ready PDF export and proofs', '3', 'PIECES', '35.00', '20'),
        ],
    )


def doc05():
    inv = doc04()
    return Invoice(
        type='CREDIT_NOTE', sequence=43, language='en', subtitle='Credit note to invoice 2025/42',
        date_issue=date(2025, 11, 3), date_tax_point=date(2025, 11, 3), date_due=date(2025, 11, 3),
        currency='EUR', payment_method='BANK_TRANSFER', delivery_method='DIGITAL',
        **{k: getattr(inv, k) for k in (
            'bank_name', 'bank_iban', 'bank_swift_bic', 'supplier_name', 'supplier_street', 'supplier_zip',
            'supplier_city', 'supplier_country', 'supplier_registration_id', 'supplier_tax_id',
            'supplier_vat_id', 'supplier_additional_info', 'issuer_name', 'issuer_phone', 'issuer_email',
            'customer_name', 'customer_street', 'customer_zip', 'customer_city', 'customer_country')},
        items=[
            Item('Photo retouching not delivered (2.5 h)', '-2.5', 'HOURS', '48.00', '20'),
            Item('Goodwill discount on catalogue design', '-1', 'PIECES', '150.00', '20'),
        ],
    )


def fetcher(url):
    if url.startswith('https://stackpath.bootstrapcdn.com/bootstrap/4.1.1/css/bootstrap.min.css'):
        return dict(file_obj=open(CSS, 'rb'), mime_type='text/css', encoding='utf-8')
    return default_url_fetcher(url)


for name, make in (('v25-04', doc04), ('v25-05', doc05)):
    inv = make()
    html = BootstrapHTMLFormatter(inv).get_response().content.decode('utf-8')
    HTML(string=html, url_fetcher=fetcher, base_url=HERE).write_pdf(os.path.join(OUT, name + '.pdf'))
    print(name, inv.full_number, inv.subtotal, inv.vat, inv.total)
