#!/usr/bin/python3
"""Stand-alone runner for vartur/facturelibre (MIT, per README) on Debian 12.

The rendering path is that of facturelibre main.py / write_invoice():
InvoiceDataProcessor(...).get_template_data() -> jinja2 templates/html/invoice.html
(with static/css/style.css inlined) -> WeasyPrint HTML(...).render().write_pdf(pdf/a-3b).
The InvoiceDataProcessor logic below is transcribed from
data_processing/InvoiceDataProcessor.py at commit b317e885120fcd3d34bf149c3637e69a6044c15f
(the commit of templates/html/invoice.html and invoice_data.json).  Differences:
pydantic models replaced by plain attribute objects with the models' defaults;
currency_symbols.CurrencySymbols.get_symbol('EUR') replaced by '€'; the Factur-X XML
attachment (pyfactx, not packaged in Debian) is not generated.
Usage: run_facturelibre.py DATA.json OUT.pdf
"""
import json
import locale
import os
import re
import sys
from datetime import datetime, timedelta

import numpy
from holidays.countries import France
from jinja2 import Environment, FileSystemLoader
from weasyprint import HTML

HERE = os.path.dirname(os.path.abspath(__file__))

DEFAULTS = {
    'invoicer_info': dict(trade_name=None, website=None, is_craftsman=False, ape_code=None,
                          aprm_code=None, registration_department=None),
    'client_info': dict(address_line_2=None, is_pro=False, siren=None),
    'payment_info': dict(currency_code='EUR', bank_transfers_accepted=False, iban=None, bic=None,
                         bank_address=None, cheques_accepted=False, payee=None, cash_accepted=False),
    'billing_details': dict(bill_whole_current_month=False, billing_period_start=None,
                            billing_period_end=None, billing_date_is_today=False,
                            billing_date_is_end_of_current_month=False, billing_date=None),
    'payment_period_details': dict(payment_date=None, business_days_only=False),
}


class NS:
    def __init__(self, d, defaults=None):
        for k, v in (defaults or {}).items():
            setattr(self, k, v)
        for k, v in d.items():
            setattr(self, k, v)


def load(d):
    inv = NS(d, dict(logo_uri=None, contract_number=None, rc_pro_info=None))
    inv.invoicer_info = NS(d['invoicer_info'], DEFAULTS['invoicer_info'])
    inv.client_info = NS(d['client_info'], DEFAULTS['client_info'])
    inv.payment_info = NS(d['payment_info'], DEFAULTS['payment_info'])
    inv.rc_pro_info = NS(d['rc_pro_info']) if d.get('rc_pro_info') else None
    bd = NS(d['billing_details'], DEFAULTS['billing_details'])
    bd.payment_period_details = NS(d['billing_details']['payment_period_details'],
                                   DEFAULTS['payment_period_details'])
    inv.billing_details = bd
    items = []
    for it in d['invoiced_items']:
        o = NS(it, dict(discount=None))
        if it.get('discount'):
            o.discount = NS(it['discount'], dict(percentage=None, amount=None))
        items.append(o)
    inv.invoiced_items = items
    return inv


# ---- transcribed from data_processing/InvoiceDataProcessor.py (b317e88) ----
def format_price(price):
    return locale.format_string("%.2f", price, grouping=True).replace('.', ',')


def format_vat_rate(vat_rate):
    return locale.format_string("%.1f", vat_rate).replace('.', ',')


def format_siren(siren):
    return " ".join(siren[i:i + 3] for i in range(0, len(siren), 3))


def format_siret(siret):
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def format_iban(iban):
    iban = ''.join(iban.split())
    return ' '.join([iban[i:i + 4] for i in range(0, len(iban), 4)])


def format_bic(bic):
    bic = ''.join(bic.split())
    if len(bic) == 8:
        bic += 'XXX'
    return ' '.join([bic[i:i + 4] for i in range(0, len(bic), 4)])


def calculate_vat_number_from_siren(siren):
    siren = str(siren).zfill(9)
    if len(siren) != 9 or not siren.isdigit():
        raise ValueError("Invalid SIREN number. Must be 9 digits.")
    checksum = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR {checksum:02} {siren}"


def create_html_link_keep_www(url):
    if not url.startswith(('http://', 'https://')):
        if url.startswith('www.'):
            url = 'https://' + url
        else:
            url = 'https://www.' + url
    display_text = re.sub(r'^https?://', '', url)
    return f'<a href="{url}" target="_blank">{display_text}</a>'


def get_item_discount_amount(item):
    if item.discount is None:
        return 0.0
    if item.discount.discount_type == 'Amount':
        return round(item.discount.amount, 2)
    return round((item.discount.percentage * item.price * item.quantity) / 100, 2)


def format_discount_percentage(p):
    return locale.format_string("%.1f", p, grouping=True).replace('.', ',')


class InvoiceDataProcessor:
    def __init__(self, invoice_data):
        self.invoice_data = invoice_data

    def get_billing_date_string(self, date_format='%d %B %Y'):
        bd = self.invoice_data.billing_details
        if bd.billing_date_is_today:
            return datetime.today().strftime(date_format)
        elif bd.billing_date_is_end_of_current_month:
            return ((datetime.now().replace(day=1) + timedelta(days=32)).replace(day=1)
                    - timedelta(days=1)).strftime(date_format)
        return datetime.strptime(bd.billing_date, '%d/%m/%Y').strftime(date_format)

    def get_invoice_payment_date(self):
        ppd = self.invoice_data.billing_details.payment_period_details
        billing_date = datetime.strptime(self.get_billing_date_string("%d/%m/%Y"), "%d/%m/%Y")
        if ppd.payment_date is not None:
            return ppd.payment_date
        elif ppd.business_days_only:
            hol = [numpy.datetime64(d) for d, n in
                   sorted(France(years=[datetime.today().year, datetime.today().year + 1]).items())]
            pd = numpy.busday_offset([numpy.datetime64(billing_date.strftime("%Y-%m-%d"))],
                                     ppd.number_of_days, roll='backward', holidays=hol)[0].astype(datetime)
            return pd.strftime("%d/%m/%Y")
        return (billing_date + timedelta(days=ppd.number_of_days)).strftime("%d/%m/%Y")

    def get_billing_period_start(self):
        bd = self.invoice_data.billing_details
        if bd.bill_whole_current_month:
            return f'{datetime.now().replace(day=1):%d/%m/%Y}'
        return bd.billing_period_start

    def get_billing_period_end(self):
        bd = self.invoice_data.billing_details
        if bd.bill_whole_current_month:
            return f'{(datetime.now().replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1):%d/%m/%Y}'
        return bd.billing_period_end

    def get_items_details(self, formatted=False):
        out = []
        for item in self.invoice_data.invoiced_items:
            discount = get_item_discount_amount(item)
            if discount != 0.0 and item.discount.discount_type == 'Percentage':
                dp = format_discount_percentage(item.discount.percentage) if formatted else item.discount.percentage
            else:
                dp = None
            gross_amount = (item.price * item.quantity) - discount
            is_pct = discount != 0.0 and item.discount.discount_type == 'Percentage'
            if self.invoice_data.collect_vat:
                vat_amount = round((item.vat_rate / 100) * gross_amount, 2)
                total_amount = gross_amount + vat_amount
                out.append({"name": item.name,
                            "price": format_price(item.price) if formatted else f'{item.price:.2f}',
                            "quantity": item.quantity,
                            "gross_amount": format_price(gross_amount) if formatted else f'{gross_amount:.2f}',
                            "vat_rate": format_vat_rate(item.vat_rate) if formatted else f'{item.vat_rate:.1f}',
                            "total_amount": format_price(total_amount) if formatted else f'{total_amount:.2f}',
                            "has_discount": discount != 0.0,
                            "discount": format_price(discount) if formatted else f'{discount:.2f}',
                            "vat_amount": f'{vat_amount:.2f}',
                            "discount_is_percentage": is_pct, "discount_percentage": dp})
            else:
                out.append({"name": item.name,
                            "price": format_price(item.price) if formatted else f'{item.price:.2f}',
                            "quantity": item.quantity,
                            "gross_amount": format_price(gross_amount) if formatted else f'{gross_amount:.2f}',
                            "has_discount": discount != 0.0,
                            "discount": format_price(discount) if formatted else f'{discount:.2f}',
                            "discount_is_percentage": is_pct, "discount_percentage": dp})
        return out

    def get_invoice_gross_amount(self):
        return sum((float(i["gross_amount"]) for i in self.get_items_details()), 0.0)

    def get_invoice_vat_amount(self):
        v = 0.0
        if self.invoice_data.collect_vat:
            for i in self.get_items_details():
                v += float(i["vat_amount"])
        return v

    def get_invoice_total(self):
        return self.get_invoice_gross_amount() + self.get_invoice_vat_amount()

    def get_phone_number_with_country_code(self, country_code='+33'):
        digits = ''.join(c for c in self.invoice_data.invoicer_info.phone_number if c.isdigit())
        if digits.startswith('0'):
            digits = digits[1:]
        return f"{country_code}{digits}"

    def has_line_item_discount(self):
        return any(item.discount is not None for item in self.invoice_data.invoiced_items)

    def get_template_data(self, formatted=True):
        d = self.invoice_data
        ii, ci, pi, rc = d.invoicer_info, d.client_info, d.payment_info, d.rc_pro_info
        ppd = d.billing_details.payment_period_details
        return {"invoice_number": d.invoice_number, "collect_vat": d.collect_vat,
                "display_logo": d.logo_uri is not None, "logo_uri": d.logo_uri,
                "invoicer_name": ii.name, "invoicer_has_trade_name": ii.trade_name is not None,
                "invoicer_trade_name": ii.trade_name, "invoicer_address_line_1": ii.address_line_1,
                "invoicer_postcode": ii.postcode, "invoicer_city": ii.city,
                "invoicer_siren": format_siren(ii.siren), "invoicer_siret": format_siret(ii.siret),
                "invoicer_is_craftsman": ii.is_craftsman, "aprm_code": ii.aprm_code,
                "registration_dep": ii.registration_department, "ape_code": ii.ape_code,
                "invoicer_vat_number": calculate_vat_number_from_siren(ii.siren),
                "invoicer_email": ii.email, "invoicer_phone_number": ii.phone_number,
                "full_phone_number": self.get_phone_number_with_country_code(),
                "invoicer_has_website": ii.website is not None,
                "invoicer_website": create_html_link_keep_www(ii.website) if ii.website is not None else "",
                "client_name": ci.name, "client_address_line_1": ci.address_line_1,
                "client_postcode": ci.postcode, "client_city": ci.city, "client_is_pro": ci.is_pro,
                "client_siren": format_siren(ci.siren) if ci.is_pro else "",
                "client_vat_number": calculate_vat_number_from_siren(ci.siren) if ci.is_pro and d.collect_vat else "",
                "display_contract_number": d.contract_number is not None,
                "contract_number": d.contract_number,
                "billing_date": self.get_billing_date_string().upper(),
                "billing_period_start": self.get_billing_period_start(),
                "billing_period_end": self.get_billing_period_end(),
                "has_line_item_discount": self.has_line_item_discount(),
                "invoiced_items": self.get_items_details(formatted=formatted),
                "total_gross_amount": format_price(self.get_invoice_gross_amount()) if formatted else f'{self.get_invoice_gross_amount():.2f}',
                "total_vat_amount": (format_price(self.get_invoice_vat_amount()) if formatted else f'{self.get_invoice_vat_amount():.2f}') if d.collect_vat else "",
                "total_invoice_amount": format_price(self.get_invoice_total()) if formatted else f'{self.get_invoice_total():.2f}',
                "payment_period_days": ppd.number_of_days, "business_days": ppd.business_days_only,
                "payment_date": self.get_invoice_payment_date(),
                "currency_code": pi.currency_code, "currency_symbol": {'EUR': '€'}[pi.currency_code],
                "bank_transfers_accepted": pi.bank_transfers_accepted,
                "iban": format_iban(pi.iban) if pi.iban else "", "bic": format_bic(pi.bic) if pi.bic else "",
                "bank_address": pi.bank_address, "cheques_accepted": pi.cheques_accepted,
                "payee": pi.payee, "cash_accepted": pi.cash_accepted,
                "display_rc_pro": rc is not None,
                "rc_pro_name": rc.name if rc is not None else "",
                "rc_pro_address_line_1": rc.address_line_1 if rc is not None else "",
                "rc_pro_address_line_2": rc.address_line_2 if rc is not None else "",
                "rc_pro_geo_cov": rc.geographical_coverage if rc is not None else ""}


def main():
    data_file, out_pdf = sys.argv[1], os.path.abspath(sys.argv[2])
    locale.setlocale(locale.LC_ALL, 'fr_FR.UTF-8')
    with open(data_file, encoding='utf-8') as f:
        inv = load(json.load(f))
    os.chdir(HERE)  # main.py opens 'static/css/style.css' and 'templates' relative to the repo
    td = InvoiceDataProcessor(inv).get_template_data()
    with open('static/css/style.css', 'r') as f:
        td["inline_css"] = f.read()
    env = Environment(loader=FileSystemLoader('templates'))
    html_content = env.get_template('html/invoice.html').render(td)
    doc = HTML(string=html_content).render()
    doc.write_pdf(out_pdf, variant='pdf/a-3b')  # WeasyPrint 57 name of pdf_variant
    print(td['invoice_number'], td['total_gross_amount'], td['total_vat_amount'], td['total_invoice_amount'])


if __name__ == '__main__':
    main()
