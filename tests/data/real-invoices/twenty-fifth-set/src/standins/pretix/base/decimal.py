# Stand-in (helper): pretix.base.decimal.round_decimal
from decimal import ROUND_HALF_UP, Decimal


def round_decimal(dec, currency=None, places_dict=None):
    return Decimal(dec).quantize(Decimal('0.01'), ROUND_HALF_UP)
