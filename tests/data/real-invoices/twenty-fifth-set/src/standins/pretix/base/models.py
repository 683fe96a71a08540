# Stand-in (helper) for the pretix Django models the invoice renderer touches.
# Invoice.full_invoice_from / address_invoice_from / address_invoice_to / number and
# InvoiceLine.net_value follow pretix's src/pretix/base/models/invoices.py.
from decimal import Decimal

from django.utils.translation import pgettext


class Country:
    def __init__(self, code, name):
        self.code, self.name = code, name

    def __str__(self):
        return self.code


class Settings(dict):
    def __getattr__(self, k):
        return self.get(k)

    def get(self, k, default=None, **kwargs):
        return dict.get(self, k, default)


class Event:
    def __init__(self, name, slug, currency='EUR', **settings):
        self.name, self.slug, self.currency = name, slug, currency
        self.has_subevents = False
        self.settings = Settings(settings)


class Order:
    STATUS_PENDING = 'n'
    STATUS_PAID = 'p'

    def __init__(self, event, code, status='n'):
        self.event, self.code, self.status = event, code, status
        self.testmode = False

    @property
    def full_code(self):
        return '{event}-{code}'.format(event=self.event.slug.upper(), code=self.code)


class OrderPayment:
    PAYMENT_STATE_CONFIRMED = 'confirmed'
    PAYMENT_STATE_REFUNDED = 'refunded'


class InvoiceLine:
    def __init__(self, description, gross_value, tax_value, tax_rate, tax_name):
        self.description = description
        self.gross_value = Decimal(gross_value)
        self.tax_value = Decimal(tax_value)
        self.tax_rate = Decimal(tax_rate)
        self.tax_name = tax_name
        self.subevent_id = None
        self.event_date_from = None
        self.event_date_to = None

    @property
    def net_value(self):
        return self.gross_value - self.tax_value


class _Lines(list):
    def all(self):
        return self


class Invoice:
    def __init__(self, **kw):
        self.is_cancellation = False
        self.refers = None
        self.custom_field = None
        self.internal_reference = ''
        self.invoice_to_vat_id = None
        self.invoice_to_beneficiary = None
        self.introductory_text = ''
        self.additional_text = ''
        self.reverse_charge = False
        self.payment_provider_text = ''
        self.payment_provider_stamp = None
        self.footer_text = ''
        self.foreign_currency_display = None
        self.foreign_currency_rate = None
        self.invoice_from_tax_id = None
        self.invoice_to = ''
        self.invoice_to_company = ''
        self.invoice_to_name = ''
        self.invoice_to_street = ''
        self.invoice_to_zipcode = ''
        self.invoice_to_city = ''
        self.invoice_to_state = ''
        self.invoice_to_country = None
        lines = kw.pop('lines', [])
        self.__dict__.update(kw)
        self.lines = _Lines(lines)

    @property
    def number(self):
        return '{prefix}{code}'.format(prefix=self.prefix, code=self.invoice_no)

    @property
    def full_invoice_from(self):
        taxidrow = ""
        if self.invoice_from_tax_id:
            if str(self.invoice_from_country) == "AU":
                taxidrow = "ABN: %s" % self.invoice_from_tax_id
            else:
                taxidrow = pgettext("invoice", "Tax ID: %s") % self.invoice_from_tax_id
        parts = [
            self.invoice_from_name,
            self.invoice_from,
            (self.invoice_from_zipcode or "") + " " + (self.invoice_from_city or ""),
            self.invoice_from_country.name if self.invoice_from_country else "",
            pgettext("invoice", "VAT-ID: %s") % self.invoice_from_vat_id if self.invoice_from_vat_id else "",
            taxidrow,
        ]
        return '\n'.join([p.strip() for p in parts if p and p.strip()])

    @property
    def address_invoice_from(self):
        parts = [
            self.invoice_from_name,
            self.invoice_from,
            (self.invoice_from_zipcode or "") + " " + (self.invoice_from_city or ""),
            self.invoice_from_country.name if self.invoice_from_country else "",
        ]
        return '\n'.join([p.strip() for p in parts if p and p.strip()])

    @property
    def address_invoice_to(self):
        if self.invoice_to and not self.invoice_to_company and not self.invoice_to_name:
            return self.invoice_to
        state_name = self.invoice_to_state or ""
        parts = [
            self.invoice_to_company,
            self.invoice_to_name,
            self.invoice_to_street,
            ((self.invoice_to_zipcode or "") + " " + (self.invoice_to_city or "") + " " + (state_name or "")).strip(),
            self.invoice_to_country.name if self.invoice_to_country else "",
        ]
        return '\n'.join([p.strip() for p in parts if p and p.strip()])
