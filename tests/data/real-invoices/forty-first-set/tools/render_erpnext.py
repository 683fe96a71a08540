# Renders ERPNext's "Sales Invoice Print" Jinja print format (src/erpnext/sales_invoice_print.html)
# with a minimal stand-in for the Frappe print context (frappe.utils.format_date, get_formatted,
# _), wrapped like frappe/www/printview (Bootstrap 3 grid + frappe/templates/styles/standard.css),
# printed with Chromium. Data: helper. Usage: render_erpnext.py <case> <out.html>
import datetime, json, sys, os
from decimal import Decimal as D
import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
SYMBOL = {"GBP": "£", "EUR": "€"}


def fmt_money(v, cur=None):  # frappe.utils.fmt_money, number format "#,###.##", symbol left
    v = D(v)
    s = "{:,.2f}".format(abs(v))
    s = ("-" if v < 0 else "") + s
    return f"{SYMBOL[cur]} {s}" if cur else s


def fmt_float(v):  # frappe format_value Float: "show 1.000000 as 1"
    v = D(v)
    return str(int(v)) if v == int(v) else "{:,.3f}".format(v)


def format_date(d):  # system date format dd-mm-yyyy
    return datetime.date.fromisoformat(d).strftime("%d-%m-%Y")


class Row(dict):
    def __init__(self, cur, **kw):
        super().__init__(**kw); self.__dict__.update(kw); self._cur = cur

    def get_formatted(self, field, doc=None):
        v = self[field]
        if field in ("qty",):
            return fmt_float(v)
        if field in ("uom",):
            return v
        return fmt_money(v, self._cur)


CASES = json.load(open(os.path.join(HERE, "erpnext_data.json")))


def main(case, out):
    c = CASES[case]
    cur = c["currency"]
    items = [Row(cur, **i) for i in c["items"]]
    taxes = [Row(cur, **t) for t in c["taxes"]]
    doc = Row(cur, **{k: v for k, v in c.items() if k not in ("items", "taxes", "letter_head")})
    doc.items, doc.taxes = items, taxes
    doc.meta = type("M", (), {"is_submittable": 1})()
    doc.docstatus = 1
    frappe = type("F", (), {})()
    frappe.utils = type("U", (), {"format_date": staticmethod(format_date)})()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(SRC))
    env.filters["len"] = len
    env.filters["flt"] = lambda v: float(v or 0)
    print_settings = {"repeat_header_footer": 0, "font_size": "", "allow_page_break_inside_tables": 0}
    body = env.get_template("erpnext/sales_invoice_print.html").render(
        doc=doc, layout=[[]], letter_head=c["letter_head"], no_letterhead=0, footer="",
        print_settings=print_settings, frappe=frappe, _=lambda s: s)
    css = env.get_template("frappe/standard.css").render(print_settings=print_settings,
                                                          font='"Inter", sans-serif')
    html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<link rel="stylesheet" href="bootstrap.min.css">\n'
            '<style>@page { size: A4; margin: 15mm; }\n' + css + '</style></head>\n'
            '<body><div class="print-format-gutter"><div class="print-format">\n'
            + body + '\n</div></div></body></html>\n')
    open(out, "w").write(html)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
