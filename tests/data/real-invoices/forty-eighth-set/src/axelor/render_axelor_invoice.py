#!/usr/bin/env python3
"""HTML transcription of Axelor Open Suite's BIRT invoice report
axelor/axelor-open-suite : axelor-account/src/main/resources/reports/Invoice.rptdesign
(stored version id 25498803251, commit 01ee7a8ff6dcf9919b6c66d03f5d3558ea17b37e, AGPL-3.0).

Labels: the report fetches every label through its TranslateDS data set with keys
'Invoice.*'; the French values are copied verbatim in messages_fr-invoice-keys.csv
(from axelor-account/src/main/resources/i18n/messages_fr.csv @ 000742874b957f5836c317353a9234d569312cb8).

What is transcribed (element ids of the .rptdesign in brackets):
 * master page: A4, top margin 0.47625cm, left 0.4in, right 0.15625in, footer 2.4cm;
   page footer grid [3692]: specific_notes (9pt italic), then a row with a thin top border holding
   the printing-settings footer HTML (xx-small) [3729]; page x/y only when several invoices [3817].
 * style "report": sans-serif 10pt.
 * body grid [3342], 19.42cm, 9 columns 3.01625/3.01625/3.6777/2.3548/2.9898/0.0529/2.9898/1/0.344 cm:
   - row [3349] (thin bottom border): logo [3419] (hidden when no logo) | header HTML, 8pt [3623]
   - row [3363]: bordered box, bold: <translation>"  "<invoice_id>   (Invoice.invoiceNo / Invoice.refundNo ...)
   - row [3370]: bordered box (rowspan 2) with grid [3650]: Date facture : dd/MM/yyyy;
     Conditions de paiement : <payment condition>; Date d'échéance : dd/MM/yyyy;
     Référence interne : ...; Réf. Client : ...  (each hidden when null)
     | partner name 12pt bold [3426] + contact 12pt bold [4263]
   - row [3377]: partner address 11pt [1514]
   - lines table [3427] 19.235cm: Code Produit (2.4077cm, only if displayProductCodeOnPrinting) |
     Description | TVA (1.5875cm) | Qté / Unité (2.5cm) | Prix unitaire (1.1146in) |
     Remise (2cm, hidden if no discount) | Prix HT (2.3cm + 1cm currency, colspan 2);
     header cells bordered bold; detail cells left/right borders; formats
     TaxValue "###0.00%", qty "#,##0.00", price/discount/ex_tax_total "#,###.00"; footer row top border.
 * totals grid [4530]: tax table [4704] (TVA | Base HT | Montant T.V.A., bordered, 1.125/1.1146/1.5208in)
   at left (rowspan 3); at right Total H.T. / Total T.V.A. / Total T.T.C. (bold) / Total à payer (bold),
   value right-aligned "#,###.00" and currency code in its own cell.
 * bank grid [4976]: "Banque  :" bank address, "IBAN :", "BIC :" (9pt, column 5 / columns 6-8),
   then "Remarques" (11pt bold #606062) and the note (9pt italic) when a note exists.
Numbers follow Java/ICU French locale (the report's Locale parameter defaults to "fr"):
grouping U+00A0, decimal comma.
"""
import csv, html, json, sys
from decimal import Decimal, ROUND_HALF_UP

NBSP = "\u00a0"


def labels(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f):
            if row and len(row) > 1 and row[1]:
                out[row[0]] = row[1]
    return out


def fmt(v, leading_zero=True):
    d = Decimal(str(v)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    neg = d < 0
    d = abs(d)
    ip, fp = f"{d:.2f}".split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = NBSP.join(groups)
    if ip == "0" and not leading_zero:
        ip = ""
    return ("-" if neg else "") + ip + "," + fp


def pct(v):
    d = (Decimal(str(v)) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{d:.2f}".replace(".", ",") + "%"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def e(s):
    return html.escape(s, quote=False)


CSS = """
@page { size: A4; margin: 0.47625cm 0.15625in 0.3cm 0.4in; }
body { font-family: sans-serif; font-size: 10pt; margin: 0; }
table { border-collapse: collapse; }
td { padding: 1pt 2pt; vertical-align: top; }
.b { border: thin solid black; }
.bl { border-left: thin solid black; } .br { border-right: thin solid black; }
.bt { border-top: thin solid black; } .bb { border-bottom: thin solid black; }
.r { text-align: right; } .c { text-align: center; } .bold { font-weight: bold; }
#pfooter { position: fixed; bottom: 0; left: 0; width: 19.26cm; height: 2.1cm; }
"""

COLS = [3.01625, 3.01625, 3.6777083, 2.3547917, 2.9897917, 0.0529167, 2.9897917, 1.0, 0.3439583]


def colgroup(widths):
    return "<colgroup>" + "".join(f'<col style="width:{w}cm">' for w in widths) + "</colgroup>"


def render(doc, L):
    cur = doc["currency"]
    inv_key = {"invoice": "Invoice.invoiceNo", "refund": "Invoice.refundNo"}[doc["type"]]
    show_code = doc.get("displayProductCodeOnPrinting", 0) == 1
    lines = doc["lines"]
    show_disc = any(Decimal(str(l.get("discount", 0))) != 0 for l in lines) and not doc.get("hideDiscount")
    # per-line totals and tax breakdown
    taxes = {}
    ht = Decimal("0")
    for l in lines:
        q = Decimal(str(l["qty"])); p = Decimal(str(l["price"])); dsc = Decimal(str(l.get("discount", 0)))
        tot = (q * p * (1 - dsc / 100)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        l["ex_tax_total"] = tot
        ht += tot
        taxes.setdefault(l["tax"], Decimal("0"))
        taxes[l["tax"]] += tot
    tax_rows = []
    tva = Decimal("0")
    for rate in sorted(taxes, key=lambda r: -Decimal(str(r))):
        amt = (taxes[rate] * Decimal(str(rate))).quantize(Decimal("0.01"), ROUND_HALF_UP)
        tva += amt
        tax_rows.append((rate, taxes[rate], amt))
    ttc = ht + tva
    doc["_totals"] = {"ht": f"{ht:.2f}", "tva": f"{tva:.2f}", "ttc": f"{ttc:.2f}"}

    o = []
    o.append('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
             % (e(doc["invoice_id"]), CSS))
    # page footer
    o.append('<div id="pfooter"><table style="width:19.26cm">')
    if doc.get("specific_notes"):
        o.append('<tr><td style="font-size:9pt;font-style:italic;text-align:justify;padding-bottom:5pt">%s</td></tr>' % e(doc["specific_notes"]))
    o.append('<tr class="bt"><td style="font-size:xx-small;height:1.5cm">%s</td></tr></table></div>' % doc["footer_html"])

    o.append('<table style="width:19.42cm;table-layout:fixed">' + colgroup(COLS))
    # row 3349: logo | header
    o.append('<tr class="bb"><td colspan="3" style="height:71px"></td><td></td>'
             '<td colspan="5" style="font-size:8pt;text-align:left">%s</td></tr>' % doc["header_html"])
    o.append('<tr><td colspan="9" style="height:0.4cm"></td></tr>')
    # row 3363: invoice number box
    o.append('<tr><td colspan="3" class="b bold" style="padding-left:6pt">%s  %s</td><td></td><td colspan="4"></td><td></td></tr>'
             % (e(L[inv_key]), e(doc["invoice_id"])))
    # row 3370: info box + partner
    info = ['<div style="margin-left:2pt">%s : %s</div>' % (e(L["Invoice.date"]), dmy(doc["invoice_date"]))]
    if doc.get("payment_condition"):
        info.append('<div style="margin-left:2pt">%s :   %s</div>' % (e(L["Invoice.paymentTerms"]), e(doc["payment_condition"])))
    if doc.get("due_date"):
        info.append('<div style="margin-left:2pt">%s :   %s</div>' % (e(L["Invoice.dueDate"]), dmy(doc["due_date"])))
    if doc.get("internal_reference"):
        info.append('<div style="margin-left:2pt">%s :   %s</div>' % (e(L["Invoice.documentRef"]), e(doc["internal_reference"])))
    if doc.get("external_reference"):
        info.append('<div style="margin-left:2pt">%s :  %s</div>' % (e(L["Invoice.clientRef"]), e(doc["external_reference"])))
    partner = '<div style="font-size:12pt;font-weight:bold">%s</div>' % e(doc["partner_name"])
    if doc.get("contact"):
        partner += '<div style="font-size:12pt;font-weight:bold">%s</div>' % e(doc["contact"])
    o.append('<tr><td colspan="3" rowspan="2" class="b">%s</td><td></td><td colspan="4">%s</td><td></td></tr>'
             % ("".join(info), partner))
    o.append('<tr><td></td><td colspan="4" style="font-size:11pt;padding-left:2pt">%s</td><td></td></tr>'
             % "<br>".join(e(a) for a in doc["address_lines"]))
    o.append('<tr><td colspan="9" style="height:0.5cm"></td></tr>')
    # lines table 3427
    widths = []
    heads = []
    if show_code:
        widths.append("2.4077cm"); heads.append(L["Invoice.productCode"])
    widths.append("auto"); heads.append(L["Invoice.description"])
    widths += ["1.5875cm", "2.5cm", "1.1146in"]; heads += [L["Invoice.tax"], L["Invoice.qtyUnit"], L["Invoice.unitPrice"]]
    if show_disc:
        widths.append("2cm"); heads.append(L["Invoice.discountAmount"])
    widths += ["2.3cm", "1cm"]
    t = ['<tr><td colspan="9" style="padding:0"><table style="width:19.235cm;table-layout:fixed"><colgroup>'
         + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup><thead><tr>"]
    for h in heads:
        t.append('<td class="b bold">%s</td>' % e(h))
    t.append('<td class="b bold" colspan="2">%s</td></tr></thead><tbody>' % e(L["Invoice.priceExclTax"]))
    for l in lines:
        t.append("<tr>")
        if show_code:
            t.append('<td class="bl br">%s</td>' % e(l.get("code", "")))
        desc = e(l["name"]) + "<br>"
        if l.get("description"):
            desc += "<sub><i>%s</i></sub>" % e(l["description"])
        desc += "<br>"
        t.append('<td class="bl br">%s</td>' % desc)
        t.append('<td class="bl br c">%s</td>' % pct(l["tax"]))
        t.append('<td class="bl br c">%s   %s</td>' % (fmt(l["qty"]), e(l["unit"])))
        t.append('<td class="bl br r">%s</td>' % fmt(l["price"], False))
        if show_disc:
            t.append('<td class="bl r">%s</td>' % (fmt(l["discount"], False) if Decimal(str(l.get("discount", 0))) else ""))
        t.append('<td class="bl r">%s</td>' % fmt(l["ex_tax_total"], False))
        t.append('<td class="br"> %s</td></tr>' % e(cur))
    t.append('<tr>' + '<td class="bt"></td>' * (len(widths)) + '</tr></tbody></table></td></tr>')
    o.append("".join(t))
    o.append("</table>")

    # totals grid 4530
    o.append('<table style="width:19.42cm;table-layout:fixed;margin-top:0.3cm;page-break-inside:avoid">' + colgroup(COLS))
    taxtab = ['<table style="width:3.7604in;table-layout:fixed"><colgroup><col style="width:1.125in"><col style="width:1.1146in"><col style="width:1.5208in"></colgroup>'
              '<tr><td class="b bold">%s</td><td class="b bold">%s</td><td class="b bold">%s</td></tr>'
              % (e(L["Invoice.tax"]), e(L["Invoice.base"]), e(L["Invoice.taxAmount"]))]
    for rate, base, amt in tax_rows:
        taxtab.append('<tr><td class="b r">%s</td><td class="b r">%s</td><td class="b r">%s</td></tr>' % (pct(rate), fmt(base, False), fmt(amt, False)))
    taxtab.append("</table>")
    o.append('<tr><td colspan="3" rowspan="3">%s</td><td></td>'
             '<td colspan="2" class="bl br bt" style="font-size:10pt">%s</td>'
             '<td class="bl bt r" style="font-size:10pt">%s</td><td class="br bt" style="font-size:10pt">%s</td><td></td></tr>'
             % ("".join(taxtab) if doc.get("displayTaxDetailOnPrinting", 1) == 1 else "", e(L["Invoice.totalExclTax"]), fmt(ht, False), e(cur)))
    o.append('<tr><td></td><td colspan="2" class="bl br" style="font-size:10pt">%s</td>'
             '<td class="bb bl r" style="font-size:10pt">%s</td><td class="bb br" style="font-size:10pt">%s</td><td></td></tr>'
             % (e(L["Invoice.totalTax"]), fmt(tva, False), e(cur)))
    o.append('<tr><td></td><td colspan="2" class="bb bl br bold" style="font-size:10pt">%s</td>'
             '<td class="bb bl bt r bold" style="font-size:10pt">%s</td><td class="bb br bt bold" style="font-size:10pt">%s</td><td></td></tr>'
             % (e(L["Invoice.totalInclTax"]), fmt(ttc, False), e(cur)))
    o.append('<tr><td></td><td></td><td></td><td></td><td colspan="2" class="bb bl br bold">%s</td>'
             '<td class="bb bl bt r bold" style="font-size:10pt">%s</td><td class="bb br bt bold" style="font-size:10pt">%s</td><td></td></tr>'
             % (e(L["Invoice.totalToPay"]), fmt(ttc, False), e(cur)))
    o.append("</table>")

    # bank grid 4976
    o.append('<table style="width:19.42cm;table-layout:fixed;margin-top:0.4cm;page-break-inside:avoid">' + colgroup(COLS))
    if doc.get("bank_address"):
        o.append('<tr><td></td><td></td><td></td><td></td><td style="font-size:9pt">%s  :</td><td colspan="3" style="font-size:9pt">%s</td><td></td></tr>'
                 % (e(L["Invoice.bankDetails"]), e(doc["bank_address"])))
    if doc.get("iban"):
        o.append('<tr><td></td><td></td><td></td><td></td><td style="font-size:9pt">IBAN :</td><td colspan="3" style="font-size:9pt">%s</td><td></td></tr>' % e(doc["iban"]))
    if doc.get("bic"):
        o.append('<tr><td></td><td></td><td></td><td></td><td style="font-size:9pt">BIC :</td><td colspan="3" style="font-size:9pt">%s</td><td></td></tr>' % e(doc["bic"]))
    o.append('<tr><td colspan="9" style="height:0.4cm"></td></tr>')
    if doc.get("note"):
        o.append('<tr><td colspan="2" style="font-size:11pt;font-weight:bold;color:#606062">%s</td><td colspan="7"></td></tr>' % e(L["Invoice.note"]))
        o.append('<tr><td colspan="8" style="font-size:9pt;font-style:italic">%s</td><td></td></tr>' % e(doc["note"]))
    o.append("</table></body></html>")
    return "".join(o)


if __name__ == "__main__":
    L = labels(sys.argv[1])
    doc = json.load(open(sys.argv[2], encoding="utf-8"))
    out = render(doc, L)
    open(sys.argv[3], "w", encoding="utf-8").write(out)
    print(json.dumps(doc["_totals"]))
