# Helper shim: saleor/core/templatetags/taxed_prices.py (saleor/saleor commit d3ec3cb7) re-created
# with a minimal stand-in for prices.TaxedMoney / saleor.core.taxes.get_display_price.
from django import template
from shim.money import TaxedMoney

register = template.Library()


@register.inclusion_tag("price.html", takes_context=True)
def price(context, base, display_gross=None, html=True):
    if isinstance(base, TaxedMoney):
        if display_gross is None:
            display_gross = True
        base = base.gross if display_gross else base.net
    return {"price": base, "is_range": False, "html": html}
