#!/usr/bin/env python3
"""Plain-HTML rendering of Open Food Network's alternative invoice template
(app/views/spree/admin/orders/invoice2.html.haml + _invoice_table2.html.haml +
spree/shared/_payment + spree/shared/_line_item_name, copied verbatim beside this file),
evaluated by hand for one order, with the French labels of fr-invoice-keys.yml.
Values that Rails helpers produce are formatted as a French OFN instance shows them:
dates l(date) -> %d/%m/%Y, money Spree::Money (EUR, decimal ',', thousands ' ', symbol after),
tax rates number_to_percentage(rate*100, precision: 1) -> "5,5 %".
The "mail" stylesheet pack is not in the file store; a small Ink-like style stands in for it."""
import html, json, sys
from decimal import Decimal, ROUND_HALF_UP

Q = Decimal("0.01")


def money(v):
    d = Decimal(str(v)).quantize(Q, ROUND_HALF_UP)
    ip, fp = f"{abs(d):.2f}".split(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    return ("-" if d < 0 else "") + "\u00a0".join(g) + "," + fp + "\u00a0€"


def pct(r):
    return f"{(Decimal(str(r)) * 100).quantize(Decimal('0.1'), ROUND_HALF_UP)}".replace(".", ",") + "\u00a0%"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


e = lambda s: html.escape(s, quote=False)

L = {
    "tax_invoice": "FACTURE", "abn": "SIRET", "acn": "n° TVA intracommunautaire",
    "invoice_issued_on": "Date de facture :", "date_of_transaction": "Date de la transaction :",
    "order_number": "N° de facture :", "invoice_billing_address": "Adresse de facturation :",
    "invoice_column_item": "Produit", "invoice_column_qty": "Qté",
    "invoice_column_unit_price_with_taxes": "Prix unitaire TTC",
    "invoice_column_price_with_taxes": "Prix total TTC",
    "invoice_column_tax_rate": "TVA applicable",
    "tax_total": "Total taxe (%{rate}) :", "total_excl_tax": "Total HT :", "total_incl_tax": "Total TTC :",
    "email_payment_not_paid": "NON RÉGLÉ", "email_payment_summary": "Résumé du paiement",
}

CSS = """
@page { size: A4; margin: 1.5cm; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222; }
h4 { font-size: 20px; margin: 0 0 8px 0; } h5 { font-size: 16px; margin: 0; }
h5.inline-header { display: inline; font-size: 14px; }
table.order-summary { border-collapse: collapse; margin-top: 20px; }
table.order-summary thead th { border-bottom: 1px solid #999; padding: 4px; }
table.order-summary td { padding: 4px; border-bottom: 1px solid #eee; }
table.order-summary tfoot td { border-bottom: none; }
p.callout { background-color: #ECF8FF; border: 1px solid #b9e5ff; padding: 15px; }
"""


def render(o):
    d = o["distributor"]; c = o["customer"]
    tax_incl = True
    lines = []
    taxes = {}
    total = Decimal("0")
    for it in o["line_items"]:
        amt = (Decimal(it["price"]) * Decimal(str(it["quantity"]))).quantize(Q)
        tax = (amt * Decimal(it["tax"]) / (1 + Decimal(it["tax"]))).quantize(Q, ROUND_HALF_UP)
        taxes[it["tax"]] = taxes.get(it["tax"], Decimal("0")) + tax
        total += amt
        lines.append((it, amt))
    adjs = []
    for a in o["adjustments"]:
        amt = Decimal(a["amount"])
        tax = (amt * Decimal(a["tax"]) / (1 + Decimal(a["tax"]))).quantize(Q, ROUND_HALF_UP)
        taxes[a["tax"]] = taxes.get(a["tax"], Decimal("0")) + tax
        total += amt
        adjs.append((a, amt))
    total_tax = sum(taxes.values())
    less_tax = total - total_tax
    o["_totals"] = {"ht": f"{less_tax:.2f}", "tva": f"{total_tax:.2f}", "ttc": f"{total:.2f}"}

    h = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS]
    h.append('<table width="100%"><tbody>')
    h.append('<tr valign="top"><td align="left"><h4>%s</h4></td></tr>' % e(L["tax_invoice"]))
    head = "<strong>%s</strong><br>%s<br>%s<br>%s" % (e(d["company"]), e(d["address_part1"]), e(d["address_part2"]), e(d["email"]))
    if d.get("phone"):
        head += "<br>" + e(d["phone"])
    if d.get("abn"):
        head += "<br>" + e(f'{L["abn"]} {d["abn"]}')
    if d.get("acn"):
        head += "<br>" + e(f'{L["acn"]} {d["acn"]}')
    h.append('<tr valign="top"><td align="left">%s</td></tr>' % head)
    h.append('<tr valign="top"><td align="left" colspan="2">&nbsp;</td></tr>')
    left = "<br>%s %s<br>%s %s<br>%s %s" % (e(L["invoice_issued_on"]), dmy(o["issued_on"]),
                                             e(L["date_of_transaction"]), dmy(o["completed_at"]),
                                             e(L["order_number"]), e(o["number"]))
    right = "%s<br><strong>%s</strong>" % (e(L["invoice_billing_address"]), e(c["full_name"]))
    if c.get("code"):
        right += "<br>" + e("Code: " + c["code"])
    right += "<br>%s<br>%s" % (e(c["address_part1"]), e(c["address_part2"]))
    if c.get("phone"):
        right += "<br>" + e(c["phone"])
    if c.get("email"):
        right += "<br>" + e(c["email"])
    h.append('<tr valign="top"><td align="left">%s</td><td align="right">%s</td></tr></tbody></table>' % (left, right))

    h.append('<table class="order-summary" width="100%"><thead><tr>')
    h.append('<th align="left"><h5>%s</h5></th>' % e(L["invoice_column_item"]))
    for k in ("invoice_column_qty", "invoice_column_unit_price_with_taxes", "invoice_column_price_with_taxes", "invoice_column_tax_rate"):
        h.append('<th align="right" width="15%%"><h5>%s</h5></th>' % e(L[k]))
    h.append("</tr></thead><tbody>")
    for it, amt in lines:
        name = '<h5 class="inline-header">%s</h5>' % e(it["full_product_name"])
        if it.get("unit_to_display"):
            name += " " + e("(%s)" % it["unit_to_display"])
        h.append('<tr><td>%s<br><small><em>%s</em></small></td><td align="right">%s</td><td align="right">%s</td>'
                 '<td align="right">%s</td><td align="right">%s</td></tr>'
                 % (name, e(it["supplier"]), it["quantity"], money(it["price"]), money(amt), pct(it["tax"])))
    for a, amt in reversed(adjs):
        h.append('<tr><td><strong>%s</strong></td><td align="right"></td><td align="right"></td><td align="right">%s</td><td align="right">%s</td></tr>'
                 % (e(a["label"]), money(amt), pct(a["tax"])))
    h.append("</tbody><tfoot>")
    h.append('<tr><td align="right" colspan="3"><strong>%s</strong></td><td align="right" colspan="2"><strong>%s</strong></td></tr>'
             % (e(L["total_incl_tax"]), money(total)))
    for rate in o["tax_order"]:
        h.append('<tr><td align="right" colspan="3">%s</td><td align="right" colspan="2">%s</td></tr>'
                 % (e(L["tax_total"].replace("%{rate}", pct(rate))), money(taxes[rate])))
    h.append('<tr><td align="right" colspan="3">%s</td><td align="right" colspan="2">%s</td></tr>'
             % (e(L["total_excl_tax"]), money(less_tax)))
    h.append("</tfoot></table><p>&nbsp;</p>")
    if d.get("invoice_text"):
        h.append("<p>%s</p>" % e(d["invoice_text"]))
    h.append('<p class="callout"><span style="float:right;">%s</span><strong>%s</strong></p>'
             % (e(L["email_payment_not_paid"]), e(L["email_payment_summary"])))
    h.append("</body></html>")
    return "".join(h)


if __name__ == "__main__":
    o = json.load(open(sys.argv[1], encoding="utf-8"))
    out = render(o)
    open(sys.argv[2], "w", encoding="utf-8").write(out)
    print(json.dumps(o["_totals"]))
