# Minimal port of the filters/tags of HybirdCorp/creme_crm
# creme/creme_core/templatetags/creme_core_tags.py used by the billing export
# templates (sub, mult, format_amount, listify, filter_empty, range), and of
# creme/creme_core/utils/currency_format.py (currency()).
# Creme CRM is AGPL-3.0 (currency_format.py: Python License).  Ported for a
# stand-alone rendering without Creme's database models: the Currency object is
# passed directly; the setting "currency_symbol_key" is taken as True (local
# symbol), which is Creme's default.
import locale

from django import template
from django.utils import translation

register = template.Library()


@register.filter
def sub(object1, object2):
    return object1 - object2


@register.filter
def mult(integer, integer2):
    return integer * integer2


@register.filter(name='range')
def range_filter(size, start=0):
    return range(start, start + size)


@register.simple_tag
def listify(*args):
    return [*args]


@register.filter
def filter_empty(iterable):
    return [x for x in iterable if x]


def _get_locale_conv(category, locale_code):
    for locale_arg in ((locale_code, 'utf-8'), locale_code, ''):
        try:
            locale.setlocale(category, locale_arg)
            return locale.localeconv()
        except (locale.Error, UnicodeDecodeError):
            pass
    return None


def currency(val, currency_obj=None):
    locale_code = translation.to_locale('fr')  # settings.LANGUAGE_CODE
    conv = _get_locale_conv(category=locale.LC_MONETARY, locale_code=locale_code)
    is_local_symbol = True
    smb = (currency_obj.local_symbol if is_local_symbol else currency_obj.international_symbol) if currency_obj else ''
    if conv is None:
        return f'{val} {smb}'
    digits = conv[not is_local_symbol and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        return f'{val} {smb}'
    s = locale.format_string(f'%.{digits}f', abs(val), grouping=True, monetary=True)
    s = '<' + s + '>'
    precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
    separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
    if precedes:
        s = smb + (separated and ' ' or '') + s
    else:
        s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


@register.filter
def format_amount(amount, currency_id):
    return currency(amount, currency_id)
