#!/usr/bin/python3
"""Render Drupal Commerce Invoice's templates/commerce-invoice.html.twig with Debian's
python3-jinja2 (the template uses only Twig syntax that Jinja2 shares), inside a helper-made
copy of entity_print's page wrapper with the module's css/commerce_invoice.entityprint.css.
Filters follow Drupal: |t (placeholder substitution, English = no translation),
|commerce_price_format (CommerceGuys Intl CurrencyFormatter, locale en: "€1,234.56", "$1,234.56"),
|number_format (Twig default: 0 decimals), |format_date('custom','Y-m-d').
Invoice data invented by the helper.  Usage: render_commerce.py SRC WORK"""
import sys, os
from decimal import Decimal
from markupsafe import Markup, escape
import jinja2
SRC, WORK = sys.argv[1], sys.argv[2]

def t(s, args=None):
    out = str(s)
    for k, v in (args or {}).items():
        out = out.replace(k, str(escape(v)))   # '@' placeholders are HTML-escaped by Drupal
    return Markup(out)
SYMBOLS = {'EUR': '€', 'USD': '$'}
def commerce_price_format(price):
    num, cur = price
    return SYMBOLS[cur] + '{:,.2f}'.format(Decimal(num))
def number_format(v, decimals=0):
    return '{:,.{}f}'.format(Decimal(v), decimals)
def format_date(d, kind, fmt):
    assert kind == 'custom' and fmt == 'Y-m-d'
    return d

class Obj:
    def __init__(self, **kw): self.__dict__.update(kw)

def address(lines):
    # markup of Drupal's address formatter (p.address with one line per <br>)
    return Markup('<p class="address" translate="no">' + '<br>\n'.join(str(escape(l)) for l in lines) + '</p>')

def build(cur, number, date, items, adjustments, billing, terms, footer):
    its, sub = [], Decimal('0')
    for label, qty, unit in items:
        tot = Decimal(unit) * qty
        sub += tot
        its.append(Obj(label=label, getDescription='', getUnitPrice=(unit, cur),
                       getQuantity=str(qty) + '.00', getTotalPrice=(str(tot), cur)))
    total = sub + sum(Decimal(a[1]) for a in adjustments)
    inv = Obj(getInvoiceNumber=number, getCreatedTime=date, getItems=its,
              getTotalPrice=(str(total), cur))
    ctx = dict(invoice_entity=inv, billing_information=address(billing),
               invoice_type=Obj(getPaymentTerms=terms, getFooterText=footer),
               totals={'subtotal': (str(sub), cur),
                       'adjustments': [{'label': l, 'total': (a, cur)} for l, a in adjustments],
                       'total': (str(total), cur)})
    return ctx, (sub, total)

env = jinja2.Environment(loader=jinja2.FileSystemLoader([os.path.join(SRC, 'commerce_invoice/templates'),
                                                         os.path.join(SRC, 'helper')]),
                         autoescape=True)
env.filters.update(t=t, commerce_price_format=commerce_price_format,
                   number_format=number_format, format_date=format_date)
env.globals['url'] = lambda r: '/'

docs = {
 'en-01': build('EUR', '2024-00087', '2024-03-14',
    [('Lighting design consultation (day rate)', 2, '650.00'),
     ('Pendant lamp "Sora", brushed brass', 4, '185.00')],
    [('VAT', '408.00')],
    ['Lena Hoffmann', 'Nordwind Design GmbH', 'Kastanienallee 8', '10435 Berlin', 'Germany'],
    'Payment due within 30 days of the invoice date by bank transfer.',
    'Atelier Lumière SAS · 14 rue des Tanneurs, 69002 Lyon, France · SIRET 813 457 926 00018 · '
    'VAT FR66813457926 · IBAN FR76 3000 4012 3400 0567 8901 252 · BIC BNPAFRPPXXX'),
 'en-02': build('USD', '2024-00412', '2024-06-03',
    [('Ceramic pour-over set', 3, '55.00'),
     ('Walnut serving board, large', 2, '110.00')],
    [('Shipping', '15.00'), ('Sales tax', '33.00')],
    ['Michael Grant', '2140 Elm Street', 'Round Rock, TX 78664', 'United States'],
    'Payment due within 14 days. Thank you for your order!',
    'Harbor & Pine Goods LLC · 901 E 6th Street, Austin, TX 78702 · orders@harborpine.example'),
}
tpl = env.get_template('commerce-invoice.html.twig')
wrap = env.get_template('entity-print-wrapper.html')
css = os.path.join(SRC, 'commerce_invoice/css/commerce_invoice.entityprint.css')
for name, (ctx, sums) in docs.items():
    content = Markup(tpl.render(**ctx))
    html = wrap.render(title='Invoice ' + ctx['invoice_entity'].getInvoiceNumber, css=css, content=content)
    open(os.path.join(WORK, name + '.html'), 'w').write(html)
    print(name, [str(s) for s in sums])
