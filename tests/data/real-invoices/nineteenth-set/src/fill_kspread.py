#!/usr/bin/env python3
"""Type helper-chosen values into the cells of Calligra Sheets' Business/Invoice template
(KSpread XML, calligrasheets-data 1:3.2.1+dfsg-6), the way a user fills the template in
Calligra Sheets: only cell contents are added (and 2-decimal display precision on the
price/amount cells a user fills).  Labels, borders, fonts, column widths and the TOTAL
formula of the template are left as shipped.
usage: fill_kspread.py TEMPLATE.kst DATA.json OUT.ksp"""
import json, re, sys
from xml.sax.saxutils import escape

tpl, data_file, out = sys.argv[1:4]
s = open(tpl, encoding="utf-8").read()
data = json.load(open(data_file, encoding="utf-8"))

def set_cell(s, row, col, value, kind="Str", precision=None):
    if kind == "Num":
        text = '<text dataType="Num" >%s</text>' % value
    else:
        text = '<text dataType="Str" >%s</text>' % escape(str(value))
    pat = re.compile(r'(<cell row="%d" column="%d" >)(.*?)(</cell>)' % (row, col), re.S)
    m = pat.search(s)
    if m:
        body = m.group(2)
        body = re.sub(r'\s*<text[^>]*>.*?</text>', '', body, flags=re.S)
        body = re.sub(r'\s*<result[^>]*>.*?</result>', '', body, flags=re.S)
        if precision is not None:
            if 'precision="' in body:
                body = re.sub(r'precision="\d+"', 'precision="%d"' % precision, body, count=1)
            else:
                body = body.replace('<format ', '<format precision="%d" ' % precision, 1)
        body = body.rstrip() + "\n    " + text + "\n   "
        return s[:m.start()] + m.group(1) + body + m.group(3) + s[m.end():]
    prec = ' precision="%d"' % precision if precision is not None else ''
    cell = ('<cell row="%d" column="%d" >\n    <format float="3" floatcolor="2"%s >\n'
            '     <font size="12" weight="50" />\n    </format>\n    %s\n   </cell>\n   ' % (row, col, prec, text))
    i = s.index('</table>')
    return s[:i] + cell + s[i:]

for c in data["cells"]:
    s = set_cell(s, c["row"], c["col"], c["value"], c.get("kind", "Str"), c.get("precision"))
open(out, "w", encoding="utf-8").write(s)
