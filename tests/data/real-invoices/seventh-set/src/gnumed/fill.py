# Fills GNUmed LaTeX invoice placeholders ($<name::args::len>$) with helper-chosen values,
# mimicking what the GNUmed client's placeholder handler (gmMacro.py) would insert.
import re, sys, json
tpl, data_file, out = sys.argv[1:4]
d = json.load(open(data_file, encoding='utf-8'))
src = open(tpl, encoding='utf-8').read()
def item_lines(fmt):
    return '\n'.join(fmt % it for it in d['bill_items'])
def sub(m):
    ph = m.group(0)
    body = ph[2:-2]
    if body.startswith('--'):          # disabled placeholder, left as is
        return ph
    parts = body.split('::')
    name = parts[0]
    arg = parts[1] if len(parts) > 1 else ''
    if name == 'bill':
        return arg % d['bill']
    if name == 'bill_item':
        return item_lines(arg)
    if name in ('praxis', 'praxis_address'):
        return arg % d[name]
    if name == 'praxis_comm':
        return d['praxis_comm'][arg]
    if name.startswith('adr_'):
        return d['adr'][arg][name[4:]]
    if name == 'gender_mapper':
        return arg.split('//')[0 if d['gender'] == 'm' else 1]
    if name in ('free_text', 'receiver_name', 'receiver_street', 'receiver_number', 'receiver_postcode', 'receiver_location'):
        return d.get(name, '')
    return d[name]
res = re.sub(r'\$<.*?>\$', sub, src)
open(out, 'w', encoding='utf-8').write(res)
