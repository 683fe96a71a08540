# Renders Saleor's invoice template (src/saleor/templates) the way
# saleor/plugins/invoicing/utils.py:generate_invoice_pdf does (Django template + WeasyPrint),
# with helper-chosen order data. Usage: render_saleor.py <case> <out.pdf>
import os, sys
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import django
from django.conf import settings
settings.configure(
    USE_I18N=True, LANGUAGE_CODE="en",
    INSTALLED_APPS=["shim"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [os.path.join(HERE, "..", "src", "saleor", "templates")],
                "OPTIONS": {"libraries": {}}}],
)
django.setup()
from django.template.loader import get_template
from weasyprint import HTML
from shim.money import Money, TaxedMoney

MAX_PRODUCTS_WITH_TABLE = 3
MAX_PRODUCTS_WITHOUT_TABLE = 4
MAX_PRODUCTS_PER_PAGE = 13


class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Line:
    def __init__(self, name, variant, sku, qty, unit_net, unit_gross, cur):
        self.product_name, self.variant_name, self.product_sku = name, variant, sku
        self.quantity = qty
        self.unit_price = TaxedMoney(Money(unit_net, cur), Money(unit_gross, cur))
        self.total_price = TaxedMoney(Money(D(unit_net) * qty, cur), Money(D(unit_gross) * qty, cur))

    def __str__(self):  # saleor.order.models.OrderLine.__str__
        return f"{self.product_name} ({self.variant_name})" if self.variant_name else self.product_name


class Order:
    def __init__(self, number, cur, lines, ship_net, ship_gross, billing, shipping, email, gateway, ship_name):
        self.number, self.lines_, self.billing_address, self.shipping_address = number, lines, billing, shipping
        self.user_email, self.shipping_method_name, self.display_gross_prices = email, ship_name, True
        self._gateway = gateway
        self.shipping_price = TaxedMoney(Money(ship_net, cur), Money(ship_gross, cur))
        sn = sum(l.total_price.net.amount for l in lines); sg = sum(l.total_price.gross.amount for l in lines)
        self._subtotal = TaxedMoney(Money(sn, cur), Money(sg, cur))
        self.total = TaxedMoney(Money(sn + D(ship_net), cur), Money(sg + D(ship_gross), cur))
        self.total_gross = self.total.gross

    def get_customer_email(self):
        return self.user_email

    def get_last_payment(self):
        return NS(gateway=self._gateway) if self._gateway else None

    def get_subtotal(self):
        return self._subtotal


CASES = {
    "en-01": dict(
        invoice_number="17/05/2024", creation_date="14 May 2024",
        order=lambda: Order(
            1042, "USD",
            [Line("Monospace Tee", "M", "MONO-TEE-M", 2, "30.00", "32.40", "USD"),
             Line("Saleor Beanie", "", "BEANIE-01", 1, "15.00", "16.20", "USD"),
             Line("Apple Juice", "1l", "JUICE-APPLE-1L", 3, "3.50", "3.78", "USD")],
            "10.00", "10.80",
            NS(company_name="Brightline Studio LLC", first_name="Megan", last_name="Doyle",
               street_address_1="2150 Mission Street", street_address_2="Suite 400",
               city="SAN FRANCISCO", postal_code="94110", country="US", phone="+14155550142"),
            NS(first_name="Megan", last_name="Doyle", street_address_1="2150 Mission Street",
               street_address_2="Suite 400", city="SAN FRANCISCO", postal_code="94110",
               country="US", phone="+14155550142"),
            "megan.doyle@brightline.example", "saleor.payments.stripe", "UPS Ground")),
    "en-02": dict(
        invoice_number="3/09/2024", creation_date="23 Sep 2024",
        order=lambda: Order(
            2317, "EUR",
            [Line("Dash Force", "1l", "DASH-FORCE-1L", 2, "25.00", "29.75", "EUR"),
             Line("Saleor Dark Polo Shirt", "L", "POLO-DARK-L", 1, "40.00", "47.60", "EUR"),
             Line("White Plimsolls", "42", "PLIMSOLL-W-42", 1, "20.00", "23.80", "EUR")],
            "10.00", "11.90",
            NS(company_name="Kranich Medien GmbH", first_name="Jonas", last_name="Albrecht",
               street_address_1="Rosenthaler Str. 38", street_address_2="",
               city="BERLIN", postal_code="10178", country="DE", phone="+49305550123"),
            NS(first_name="Jonas", last_name="Albrecht", street_address_1="Rosenthaler Str. 38",
               street_address_2="", city="BERLIN", postal_code="10178", country="DE",
               phone="+49305550123"),
            "j.albrecht@kranich-medien.example", "saleor.payments.adyen", "DHL Paket")),
}


def main(case, out):
    c = CASES[case]
    order = c["order"]()
    invoice = NS(number=c["invoice_number"])
    all_products = order.lines_
    limit = MAX_PRODUCTS_WITH_TABLE if len(all_products) < MAX_PRODUCTS_WITHOUT_TABLE else MAX_PRODUCTS_WITHOUT_TABLE
    first = all_products[:limit]
    rest = [all_products[limit:][i:i + MAX_PRODUCTS_PER_PAGE] for i in range(0, len(all_products[limit:]), MAX_PRODUCTS_PER_PAGE)]
    html = get_template("invoices/invoice.html").render({
        "invoice": invoice, "creation_date": c["creation_date"], "order": order,
        "logo_path": "", "font_path": "file:///usr/share/fonts/opentype/inter/Inter-Regular.otf",
        "products_first_page": first, "rest_of_products": rest})
    open(out[:-4] + ".html", "w").write(html)
    open(out, "wb").write(HTML(string=html).write_pdf())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
