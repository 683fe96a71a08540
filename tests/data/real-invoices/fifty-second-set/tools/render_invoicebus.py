#!/usr/bin/env python3
"""Helper script (not from Invoicebus): fills Invoicebus template.html with one of the
project's data files (src/invoicebus/lang/*.txt), following the placeholder and
ib_calculateTotals() logic of src/js/generator.js (commit 0ff81992), and writes the
printable HTML (without the generator's editing UI)."""
import re, sys, html, datetime

lang_file, issue_iso, out = sys.argv[1], sys.argv[2], sys.argv[3]
tpl = open(sys.argv[4] if len(sys.argv) > 4 else 'template.html', encoding='utf-8').read()

raw = open(lang_file, encoding='utf-8').read()
body = raw.split('/*', 1)[1].rsplit('*/', 1)[0]
# parse like src/js/parse-data.js: "[key]" -> value is the next line; [items] multiline
d = body.split('\n'); data = {}; items_lines = []
for i, l in enumerate(d):
    line = l.strip()
    if line[:1] == '[':
        data[line[1:-1]] = d[i + 1].replace('\r', '')
    if line == '[items]':
        j = i + 1; ln = d[j].replace('\r', '')
        while ln != '':
            items_lines.append(ln); j += 1; ln = d[j].strip()
data['items'] = '\n'.join(items_lines)

items = []
for l in data['items'].split('\n'):
    if '@||@' in l:
        d, q, p, disc, tax = (l.split('@||@') + [''] * 5)[:5]
        items.append(dict(item_description=d, item_quantity=q, item_price=p,
                          item_discount=disc.replace('%', ''), item_tax=tax.replace('%', '')))

fmt = data.get('number_format', '0,000.00')
dec = fmt[-3]
def js_round2(x):
    from decimal import Decimal, ROUND_HALF_UP
    return Decimal(repr(x)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
def formatted(x):
    s = format(js_round2(x), 'f')
    neg = s.startswith('-'); s = s.lstrip('-')
    ip, fp = s.split('.')
    if fmt == '0,000.00':
        ip = '{:,}'.format(int(ip)); r = ip + '.' + fp
    elif fmt == '0000.00':
        r = ip + '.' + fp
    elif fmt == '0.000,00':
        r = '{:,}'.format(int(ip)).replace(',', '.') + ',' + fp
    else:
        r = ip + ',' + fp
    return ('-' if neg else '') + r
def num(s):
    s = s.strip()
    s = re.sub(r'[^0-9.-]', '', s) if dec == '.' else re.sub(r'[^0-9,-]', '', s).replace(',', '.')
    try: return float(s)
    except ValueError: return float('nan')
import math
SYMBOLS = {'EUR': '€', 'USD': '$'}
sym = SYMBOLS[data['{currency}']]
left = data.get('currency_position', 'left') == 'left'
money = lambda x: (sym + formatted(x)) if left else (formatted(x) + sym)

# ib_calculateTotals()
sum_total, tax_total, taxes, rows = 0.0, 0.0, [], []
for it in items:
    q = num(it['item_quantity']) if it['item_quantity'].strip() else num(data['default_quantity'])
    p = num(it['item_price']);  p = p if (p and not math.isnan(p)) else float(data['default_price'])
    d = num(it['item_discount']); d = d if (d and not math.isnan(d)) else num(data['default_discount'])
    t = num(it['item_tax']);    t = t if (t and not math.isnan(t)) else num(data['default_tax'])
    if math.isnan(num(it['item_tax'])): t = None
    line = q * p if not (math.isnan(q) or math.isnan(p)) else 0.0
    if not math.isnan(d): line -= abs(line * (d / 100))
    sum_total += line
    lt = line * ((t or 0) / 100)
    tax_total += lt
    if t is not None:
        for e in taxes:
            if e[0] == t: e[1] += lt; break
        else: taxes.append([t, lt])
    rows.append((it, formatted(line)))
amount_total = sum_total + tax_total
amount_paid = 0.0

# dates (ib_initDates with auto_calculate_dates): due = issue + net_term days
issue = datetime.date.fromisoformat(issue_iso)
due = issue + datetime.timedelta(days=int(data['{net_term}']))
def dfmt(d):
    f = data['date_format']
    return f.replace('dd', '%02d' % d.day).replace('mm', '%02d' % d.month).replace('yyyy', '%04d' % d.year)
data['{issue_date}'] = dfmt(issue); data['{due_date}'] = dfmt(due)

out_html = tpl.replace('@@TPL_NOTE', '').replace('@@SCRIPT', '')
out_html = out_html.replace('<html lang="en">', '<html lang="%s">' % data.get('lang', 'en'))
out_html = out_html.replace('<img data-logo="{company_logo}" />', '<img data-logo="company_logo" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" style="display:none" />')

# item rows (data-iterate="item")
m = re.search(r'(\s*<tr data-iterate="item">.*?</tr>)', out_html, re.S)
row_tpl = m.group(1); new_rows = ''
for i, (it, lt) in enumerate(rows, 1):
    r = row_tpl.replace('{item_row_number}', str(i))
    for k in ('item_description', 'item_quantity', 'item_price'):
        r = r.replace('{%s}' % k, it[k])
    for k in ('item_discount', 'item_tax'):
        v = it[k]
        r = r.replace('{%s}' % k, (v + '%') if not math.isnan(num(v)) else v)
    r = r.replace('{item_line_total}', lt)
    new_rows += r
out_html = out_html.replace(row_tpl, new_rows)

# tax rows (data-iterate="tax")
m = re.search(r'(\s*<tr data-iterate="tax">.*?</tr>)', out_html, re.S)
trow = m.group(1); new_t = ''
name = data['{tax_name}'].strip(); colon = name.rfind(':')
if colon == -1 or colon != len(name) - 1: colon = len(name)
for j, (rate, val) in enumerate(taxes):
    new_t += trow.replace('{tax_name}', name[:colon] + ' ' + str(j + 1) + name[colon:]).replace('{tax_value}', money(val))
out_html = out_html.replace(trow, new_t)

data['{amount_subtotal}'] = money(sum_total)
data['{amount_total}'] = money(amount_total)
data['{amount_paid}'] = formatted(amount_paid)
data['{amount_due}'] = money(amount_total - amount_paid)
data['{item_row_number_label}'] = data.get('{item_row_number_label}', '')
for k, v in data.items():
    if k.startswith('{'):
        out_html = out_html.replace(k, v)
open(out, 'w', encoding='utf-8').write(out_html)
print('subtotal', money(sum_total), 'taxes', [(r, money(v)) for r, v in taxes], 'total', money(amount_total))
