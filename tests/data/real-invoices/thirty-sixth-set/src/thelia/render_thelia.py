#!/usr/bin/env python3
"""Render Thelia's default PDF invoice template (templates/pdf/default/invoice.html, copied
verbatim into ./templates/pdf/default/) for one order given as JSON, in locale fr_FR.

Thelia renders this Smarty template with its own loops and then html2pdf (spipu, on TCPDF).
Neither Smarty+Thelia nor html2pdf is available here, so:
 * the Smarty markup is transcribed below to Jinja2 with the same HTML, CSS and logic
   (order / order_product loops, $taxes grouping by TAX_RULE_TITLE, the capture of tax rows,
   TOTAL_AMOUNT - POSTAGE_UNTAXED, TOTAL_TAXED_AMOUNT - POSTAGE, ...); no hook is filled;
 * {intl l=...} is looked up in the verbatim I18n/fr_FR.php (pdf.default domain), falling back
   to the English key like Thelia's translator;
 * format_money / format_date / format_address are ported (fr_FR: '1 234,56 €', d/m/Y,
   address lines as spans);
 * html2pdf-only markup is mapped for WeasyPrint: <page backtop/backleft/...> -> @page margins
   10mm, <page_footer> -> running footer, [[page_cu]]/[[page_nb]] -> page counters; html2pdf's
   default font (Helvetica) -> font-family Helvetica/Arial (Liberation Sans here).
Usage: render_thelia.py order.json out.html
"""
import json, sys, os, re, datetime, collections
import jinja2, markupsafe

HERE = os.path.dirname(os.path.abspath(__file__))
TPLDIR = os.path.join(HERE, 'templates/pdf/default')

def load_i18n(path):
    src = open(path, encoding='utf-8').read()
    return dict(re.findall(r"'((?:[^'\\]|\\.)*)'\s*=>\s*'((?:[^'\\]|\\.)*)'", src))

I18N = load_i18n(os.path.join(TPLDIR, 'I18n/fr_FR.php'))

def intl(l):
    return I18N.get(l, l)

def format_money(n):
    n = round(float(n) + 0.0, 2)
    sign = '-' if n < 0 else ''
    s = '{:,.2f}'.format(abs(n)).replace(',', '\u00a0').replace('.', ',')
    return sign + s + '\u00a0€'

def format_date(d):
    return datetime.date.fromisoformat(d[:10]).strftime('%d/%m/%Y')

def format_address(a):
    parts = []
    if a.get('company'):
        parts.append('<span class="organization">%s</span>' % markupsafe.escape(a['company']))
    parts.append('<span class="given-name">%s</span> <span class="family-name">%s</span>' % (markupsafe.escape(a['firstname']), markupsafe.escape(a['lastname'])))
    for k in ('address1', 'address2', 'address3'):
        if a.get(k):
            parts.append('<span class="address-line1">%s</span>' % markupsafe.escape(a[k]))
    parts.append('<span class="postal-code">%s</span> <span class="locality">%s</span>' % (markupsafe.escape(a['zipcode']), markupsafe.escape(a['city'])))
    parts.append('<span class="country">%s</span>' % markupsafe.escape(a['country']))
    return markupsafe.Markup('<p class="address" translate="no">' + '<br>\n'.join(parts) + '</p>')

TPL = r"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<style>
    @page { size: A4; margin: 10mm 10mm 18mm 10mm; @bottom-left { content: element(pagefooter); width: 100%; } }
    body { font-family: Helvetica, Arial, sans-serif; margin: 0; }
    .page_footer { position: running(pagefooter); width: 100%; }
    .page_footer .pcu::after { content: counter(page); }
    .page_footer .pnb::after { content: counter(pages); }
</style>
<style>
    h1, h2, h3, h4 {
        color:#f6993c;
        margin: .5em 0;
    }

    h1 {
        font-size: 48px;
    }

    h2 {
        font-size: 16px;
    }

    h3 {
        font-size: 14px;
    }

    h4 {
        color:#58585a;
        font-size: 12px;
    }

    p, td {
        color:#58585a;
        font-size: 9px;
    }

    p {
        margin: .5em 0;
    }

    span {
        font-size: 9px;
    }

    table {
        border-collapse: collapse;
        width: 100%;
    }

    tr {
        width: 100%;
    }

    td {
        vertical-align: top;
    }

    .table-info h3 {
        font-size: 18px;
        color: #58585a;
        margin-top: 0;
        margin-bottom: 15px;
    }

    .table-info h3 span {
        font-size: 18px;
        color: #f6993c;
    }

    .table-1 td {
        background: #f1f3f4;
        border:solid 1px #bcbdc0;
    }

    .table-2 td {
        border:solid 1px #bcbdc0;
    }


    .table-3-1, .table-3-2 {
        border: solid 1px #bcbdc0;
    }
    .table-3-1 p {
        font-size: 10px;
    }
    .table-3-2 p {
        font-size: 9px;
        color: #747475;
    }

    .table-3-module h3 {
        margin-top: 1.5em;
    }

    .table-3-module span {
        font-size: 11px;
    }

    .align-left {
        text-align: left;
    }
    .align-center {
        text-align: center;
    }
    .align-right{
        text-align: right;
    }

    .clear {
        padding: 0.5%;
        border-bottom:solid 1px #dddddd;
    }

    .clear-none {
        padding: 0.5%;
    }
	
</style>
</head><body>
<div class="page">
    <div class="page_footer">
        <table>
            <col style="width: 80%; padding: 1mm; border: none; text-align: left;" />
            <col style="width: 20%; padding: 1mm; border: none; text-align: right;" />
            <tbody>
            <tr>
                <td>
						<!-- Imprint -->
		                {{ store.store_name }}
		                {% set addresses = store.store_address1 ~ ' ' ~ store.store_address2 ~ ' ' ~ store.store_address3 %}
		                {% set city = store.store_zipcode ~ ' ' ~ store.store_city %}
		                {% if addresses != "  " %}- {{ addresses }}{% endif %}
		                {% if city != " " %}- {{ city }}{% endif %}
		                {% if store.store_country %}
		                     - {{ store.store_country }}
		                {% endif %}
		                {% if store.store_business_id %}
		                    - {{ store.store_business_id }}
		                {% endif %}
		                <br>
		                {% if store.store_phone %}
		                    {{ intl("Phone: ") }}{{ store.store_phone }}
		                {% endif %}
		                {% if store.store_email %}
		                    {{ intl("Email: ") }}{{ store.store_email }}
		                {% endif %}
                </td>
                <td>{{ intl("page") }} <span class="pcu"></span>/<span class="pnb"></span></td>
            </tr>
            </tbody>
        </table>
    </div>

    <table class="table-info">
        <col style="width: 100%; padding: 0mm;" />
        <tr>
            <td>
                <h1>{{ intl("INVOICE") }}</h1>
            </td>
        </tr>
        <tr>
            <td><h3>{{ intl("Invoice date") }} : <span>{{ o.INVOICE_DATE|format_date }}</span></h3></td>
        </tr>
        <tr>
            <td><h3>{{ intl("Invoice REF") }} : <span>{{ o.REF }}</span></h3></td>
        </tr>
        <tr>
            <td><h3>{{ intl("Customer Number") }} : <span>{{ o.CUSTOMER_REF }}</span></h3></td>
        </tr>
    </table>
	

    <table class="table-address">
        <col style="width: 50%; padding: 3mm;" />
        <col style="padding: 3mm;" />
        <tr>
            <td style="border-left: solid 1mm #f6993c;" >
                <h3>{{ intl("Delivery address") }}</h3>
				    {{ o.DELIVERY_ADDRESS|format_address }}
            </td>
            <td style="border-left: solid 1mm #f6993c;">
                <h3>{{ intl("Invoice address") }}</h3>
                {{ o.INVOICE_ADDRESS|format_address }}
            </td>
        </tr>
    </table>


    <table cellspacing="0" cellpadding="0" style="padding-top: 5mm;">
        <col style="width: 40%; padding: 1mm;" />
        <col style="width: 12%; padding: 1mm;" />
        <col style="width: 12%; padding: 1mm;" />
        <col style="width: 12%; padding: 1mm;" />
        <col style="width: 12%; padding: 1mm;" />
        <col style="width: 12%; padding: 1mm;" />

        <tr class="table-1">
            <td><h4>{{ intl("Product") }}</h4></td>
            <td><h4 class="align-center">{{ intl("Unit. price") }}</h4></td>
            <td><h4 class="align-center">{{ intl("Tax") }}</h4></td>
            <td><h4 class="align-center">{{ intl("Unit taxed price") }}</h4></td>
            <td><h4 class="align-center">{{ intl("Quantity") }}</h4></td>
            <td style="background:#f6993c"><h4 style="color:white;" class="align-center">{{ intl("Taxed total") }}</h4></td>
        </tr>
        {% for p in products %}
            <tr class="table-2">
                <td>
                    <p>{{ p.TITLE }}</p>
                    <p>
                        {{ intl("Product ref : ") }}{{ p.REF }}<br>
                        {{ intl("Combination ref : ") }}{{ p.PRODUCT_SALE_ELEMENTS_REF }}
                    </p>
                    {% for c in p.combinations %}
                        {{ c[0] }} - {{ c[1] }}<br>
                    {% endfor %}
                </td>
                <td><p class="align-right">{{ p.realPrice|format_money }}</p></td>
                <td><p class="align-right">{{ p.realTax|format_money }}</p></td>
                <td><p class="align-right">{{ p.realTaxedPrice|format_money }}</p></td>
                <td><p class="align-center">{{ p.QUANTITY }}</p></td>
                <td><p class="align-right">{{ p.realTotalPrice|format_money }}</p></td>
            </tr>

        {% endfor %}
    </table>


    <table cellspacing="0" cellpadding="0" style="padding-top: 5mm;">
        <col style="width: 60%; padding: 1mm;" />
        <col style="width: 40%; padding: 1mm;" />
        <tr>
            <td class="table-3-module">

                <h3>{{ intl("Payment module") }}</h3>
                <p>
                    <span>{{ o.PAYMENT_MODULE_TITLE }}</span>
                </p>



                <h3>{{ intl("Delivery module") }}</h3>
                <p>
                    <span>{{ o.DELIVERY_MODULE_TITLE }}</span>
                </p>


            </td>
            <td>
                <table class="table-3">
                    <col style="width: 50%; padding: 1mm;">
                    <col style="width: 50%; padding: 1mm;">
                    {% if o.DISCOUNT %}
                    <tr>
                        <td class="table-3-1"><p>{{ intl("Discount") }}</p></td>
                        <td class="table-3-1 align-right"><p>{{ o.DISCOUNT|format_money }}</p></td>
                    </tr>
                    {% endif %}
                    <tr>
                        <td class="table-3-1"><p>{{ intl("Total without tax") }}</p></td>
                        <td class="table-3-1 align-right"><p>{{ (o.TOTAL_AMOUNT - o.POSTAGE_UNTAXED)|format_money }}</p></td>
                    </tr>
                    {% set tax_rows %}{% for name, prices in taxes.items() %}{% set t = prices|sum %}{% if t != 0 %}<tr><td class="table-3-2"><p>{{ name }}</p></td><td class="table-3-2 align-right"><p>{{ t|format_money }}</p></td></tr>{% endif %}{% endfor %}{% if o.POSTAGE_TAX != 0 %}<tr><td class="table-3-2"><p>{{ intl("Postage") }}<br>{{ o.POSTAGE_TAX_RULE_TITLE }}</p></td><td class="table-3-2 align-right"><p>{{ o.POSTAGE_TAX|format_money }}</p></td></tr>{% endif %}{% endset %}
                    {% if tax_rows|trim != "" %}
                    <tr>
                        <td class="table-3-1"><p>{{ intl("Tax") }}</p></td>
                        <td class="table-3-1 align-right"><p>{{ o.TOTAL_TAX|format_money }}</p></td>
                    </tr>
                    {{ tax_rows }}
                    {% endif %}
                    <tr>
                        <td class="table-3-1"><p>{{ intl("Total with tax") }}</p></td>
                        <td class="table-3-1 align-right"><p>{{ (o.TOTAL_TAXED_AMOUNT - o.POSTAGE)|format_money }}</p></td>
                    </tr>
                    <tr>
                        <td class="table-3-1"><p>{{ intl("Postage") }}</p></td>
                        <td class="table-3-1 align-right"><p>{{ o.POSTAGE|format_money }}</p></td>
                    </tr>
                    <tr>
                        <td class="table-3-1" style="background:#f6993c;"><h3 style="color:white;">{{ intl("Total") }}</h3></td>
                        <td class="table-3-1 align-right" style="background:#f6993c;"><h3 style="color:white;">{{ o.TOTAL_TAXED_AMOUNT|format_money }}</h3></td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>

</div>
</body></html>
"""

def r2(x):
    return float('%.2f' % (x + 1e-9))

def main():
    d = json.load(open(sys.argv[1], encoding='utf-8'))
    o = d['order']
    products = []
    taxes = collections.OrderedDict()
    items_tax = items_taxed = 0.0
    for p in d['products']:
        # Thelia order_product loop: PRICE (untaxed), PRICE_TAX, TAXED_PRICE = PRICE + PRICE_TAX,
        # TOTAL_TAXED_PRICE = TAXED_PRICE * QUANTITY
        price = p['PRICE']; tax = r2(price * p['RATE'] / 100.0)
        p = dict(p, realPrice=price, realTax=tax, realTaxedPrice=r2(price + tax),
                 realTotalPrice=r2((price + tax) * p['QUANTITY']))
        taxes.setdefault(p['TAX_RULE_TITLE'], []).append(tax * p['QUANTITY'])
        items_tax += tax * p['QUANTITY']; items_taxed += p['realTotalPrice']
        products.append(p)
    # Order loop (Order::getTotalAmount($tax) incl. postage and discount)
    post = o['POSTAGE']; post_tax = o['POSTAGE_TAX']
    total_tax = r2(items_tax + post_tax)
    total_taxed = r2(items_taxed + post - o.get('DISCOUNT', 0))
    o.update(TOTAL_TAX=total_tax, TOTAL_TAXED_AMOUNT=total_taxed, TOTAL_AMOUNT=r2(total_taxed - total_tax),
             POSTAGE_UNTAXED=r2(post - post_tax))
    env = jinja2.Environment(autoescape=True)
    env.filters.update(format_money=format_money, format_date=format_date, format_address=format_address)
    out = env.from_string(TPL).render(o=o, products=products, taxes=taxes, store=d['store'], intl=intl)
    open(sys.argv[2], 'w', encoding='utf-8').write(out)
    print('TOTAL_AMOUNT', o['TOTAL_AMOUNT'], 'TOTAL_TAX', total_tax, 'TOTAL_TAXED_AMOUNT', total_taxed, 'POSTAGE_UNTAXED', o['POSTAGE_UNTAXED'])

if __name__ == '__main__':
    main()
