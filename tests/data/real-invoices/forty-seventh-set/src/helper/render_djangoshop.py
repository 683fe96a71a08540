#!/usr/bin/python3
"""Render django-SHOP's shop/print/invoice.html (German) with Debian's python3-django.
Usage: render_djangoshop.py SRC WORK  -> writes WORK/de-01.html, WORK/de-02.html
Order data invented by the helper; the extra rows are computed exactly as
shop/modifiers/taxes.py does, money is formatted as shop/money/money_maker.py does
(MONEY_FORMAT '{symbol} {amount}', USE_L10N, no thousand separator)."""
import sys, os, subprocess
from decimal import Decimal
SRC, WORK = sys.argv[1], sys.argv[2]
import django
from django.conf import settings
settings.configure(
    USE_I18N=True, USE_L10N=True, USE_THOUSAND_SEPARATOR=False, LANGUAGE_CODE='de',
    LOCALE_PATHS=[os.path.join(WORK, 'locale')],
    STATIC_URL=os.path.join(WORK, 'static') + '/',  # absolute path: resolves under file://
    TEMPLATES=[{'BACKEND': 'django.template.backends.django.DjangoTemplates',
                'DIRS': [os.path.join(SRC, 'helper/djangoshop-templates'),
                         os.path.join(SRC, 'django-shop/shop/templates')]}],
    INSTALLED_APPS=[])
django.setup()
from django.utils import translation
from django.utils.formats import get_format
from django.template.loader import render_to_string
translation.activate('de')
_ = translation.gettext

CENTS = Decimal('.01')
def money(d):
    # shop/money/money_maker.py AbstractMoney.__format__ with specifier '' (EUR, symbol '€')
    amount = d.quantize(CENTS).__format__('')
    lang = translation.get_language()
    decimal_sep = get_format('DECIMAL_SEPARATOR', lang, use_l10n=True)
    minus = ''
    if amount[0] == '-':
        minus, amount = '-', amount[1:]
    int_part, dec_part = amount.split('.') if '.' in amount else (amount, '')
    if dec_part:
        dec_part = decimal_sep + dec_part
    return '{symbol} {amount}'.format(symbol='€', amount=int_part + dec_part, minus=minus)

VALUE_ADDED_TAX = Decimal('19')
SHOP = {'name': 'Kaffeerösterei Lindner',
        'footer': 'Kaffeerösterei Lindner GmbH · Hafenstraße 12 · 28217 Bremen · USt-IdNr. DE287451396\n'
                  'Sparkasse Bremen · IBAN DE21 2905 0101 0001 2345 67 · BIC SBREDE22XXX'}

def build(identifier, items, mode):
    rows, subtotal = [], Decimal('0')
    for name, code, qty, unit in items:
        unit = Decimal(unit)
        line = unit * qty
        subtotal += line
        rows.append({'summary': {'media': '<strong>%s</strong>' % name, 'body': 'Art-Nr. %s' % code},
                     'quantity': qty, 'unit_price': money(unit), 'line_total': money(line),
                     'extra': {'rows': []}})
    total = subtotal
    if mode == 'include':   # CartIncludeTaxModifier: net prices, tax added to the total
        amount = subtotal * (VALUE_ADDED_TAX / 100)
        label = _("+ {}% V.A.T").format(VALUE_ADDED_TAX)
        total += amount
    else:                   # CartExcludedTaxModifier: gross prices, tax only identified
        amount = subtotal * (1 - 1 / (1 + VALUE_ADDED_TAX / 100))
        label = _("{}% V.A.T incl.").format(VALUE_ADDED_TAX)
    data = {'items': rows, 'subtotal': money(subtotal), 'total': money(total),
            'extra': {'rows': [('taxes', {'label': label, 'amount': money(amount)})]}}
    return {'order': {'identifier': identifier}, 'data': data, 'shop': SHOP}, (subtotal, amount, total)

docs = {
 'de-01': build('2016-00137', [
     ('Espresso Crema, ganze Bohne, 1 kg', 'ESP-1000', 6, '18.50'),
     ('Filterkaffee Hausmischung, 500 g', 'FIL-0500', 12, '8.75'),
     ('Handmühle Keramikmahlwerk', 'MUE-0007', 2, '49.00')], 'include'),
 'de-02': build('2016-00152', [
     ('Siebträger-Reinigungstabletten, 100 Stück', 'REI-0100', 4, '14.90'),
     ('Espresso Decaffeinato, 250 g', 'ESP-0250D', 10, '7.90'),
     ('Milchkännchen Edelstahl 0,6 l', 'KAN-0600', 3, '19.90')], 'exclude'),
}
for name, (ctx, sums) in docs.items():
    html = render_to_string('myshop/print/invoice.html', ctx)
    open(os.path.join(WORK, name + '.html'), 'w').write(html)
    print(name, [str(s) for s in sums])
