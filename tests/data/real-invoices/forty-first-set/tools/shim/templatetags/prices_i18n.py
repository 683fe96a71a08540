# Helper shim for django-prices' prices_i18n `amount` filter: babel format_currency in the
# active Django language; in 'html' mode the currency symbol is wrapped in <span class="currency">.
from babel.numbers import format_currency, get_currency_symbol
from django import template
from django.utils.html import mark_safe
from django.utils.translation import get_language, to_locale

register = template.Library()


@register.filter
def amount(obj, format="text"):
    loc = to_locale(get_language() or "en")
    text = format_currency(obj.amount, obj.currency, locale=loc)
    if format == "html":
        sym = get_currency_symbol(obj.currency, locale=loc)
        return mark_safe(text.replace(sym, '<span class="currency">%s</span>' % sym, 1))
    return text
