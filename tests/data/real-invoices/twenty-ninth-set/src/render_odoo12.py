#!/usr/bin/python3
"""Minimal QWeb evaluator + Odoo 12 PDF pipeline emulation (helper-written).

Evaluates Odoo 12's account.report_invoice (src/odoo12/addons/account/views/report_invoice.xml)
with the web layouts (src/odoo12/addons/web/views/report_templates.xml.first16000) over a
stand-in invoice (src/data/*.json), then splits header/footer/article like Odoo 12's
ir.actions.report._prepare_html and prints with wkhtmltopdf like _run_wkhtmltopdf.

Parts written from memory of Odoo 12 (not copied, not in the stored files we could read):
  * web.external_layout (the dispatcher that picks company.external_report_layout_id)
  * base.contact widget output (ContactConverter)
  * number/date/monetary converters (FloatConverter, MonetaryConverter, DateConverter)
  * paperformat_euro values and the wkhtmltopdf argument list
Usage: render_odoo12.py DATA.json OUT.pdf
"""
import copy, datetime, json, os, re, subprocess, sys, tempfile
from html import escape
from lxml import etree
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, 'build')
TEMPLATES = {}
NBSP = '\N{NO-BREAK SPACE}'


class Markup(str):
    pass


def load_templates(path, module, cut_before=None):
    text = open(path, encoding='utf-8').read()
    if cut_before:  # stored copy is truncated inside this template: drop it
        text = text[:text.index(cut_before)] + '</odoo>\n'
    parser = etree.XMLParser(remove_comments=True)
    root = etree.fromstring(text.encode('utf-8'), parser)
    for t in root.iter('template'):
        if t.get('inherit_id'):
            continue  # report_invoice_document_with_payments: not used here
        TEMPLATES['%s.%s' % (module, t.get('id'))] = t


# web.external_layout, reconstructed from memory of Odoo 12 (not in the stored part of the file)
EXTERNAL_LAYOUT = '''<template id="external_layout">
        <t t-if="not o" t-set="o" t-value="doc"/>
        <t t-if="not company">
            <t t-if="company_id">
                <t t-set="company" t-value="company_id"/>
            </t>
            <t t-elif="o and 'company_id' in o">
                <t t-set="company" t-value="o.company_id.sudo()"/>
            </t>
            <t t-else="else">
                <t t-set="company" t-value="res_company"/>
            </t>
        </t>
        <t t-if="company.external_report_layout_id" t-call="{{company.external_report_layout_id.key}}"><t t-raw="0"/></t>
        <t t-else="else" t-call="web.external_layout_standard"><t t-raw="0"/></t>
    </template>'''


# ---------------------------------------------------------------- records
class Rec:
    def __init__(self, _name, vals, types=None):
        self.__dict__['_name'] = _name
        self.__dict__['_vals'] = vals
        self.__dict__['_types'] = types or {}

    def __getattr__(self, k):
        if k.startswith('__'):
            raise AttributeError(k)
        return self._vals.get(k, False)

    def __contains__(self, k):
        return k in self._vals

    def __bool__(self):
        return True

    def with_context(self, **kw):
        return self

    def sudo(self):
        return self

    @property
    def env(self):
        return Rec('env', {'context': {'lang': LANG['code']}})


LANG = {}


def fmt_num(v, digits):
    s = '{:,.{}f}'.format(v, digits)
    return s.replace(',', '\x00').replace('.', LANG['decimal_point']).replace('\x00', LANG['thousands_sep'])


def fmt_monetary(v, cur):
    amount = fmt_num(v, 2).replace(' ', NBSP).replace('-', '-\N{ZERO WIDTH NO-BREAK SPACE}')
    pre = post = ''
    if cur.position == 'before':
        pre = '%s%s' % (cur.symbol, NBSP)
    else:
        post = '%s%s' % (NBSP, cur.symbol)
    return Markup('%s<span class="oe_currency_value">%s</span>%s' % (escape(pre), amount, escape(post)))


def format_lang(v, cur):  # odoo.tools.misc.formatLang with currency_obj
    res = fmt_num(v, 2)
    if cur.position == 'after':
        return '%s%s%s' % (res, NBSP, cur.symbol)
    return '%s%s%s' % (cur.symbol, NBSP, res)


def contact_html(p, fields):  # base.contact widget, reconstructed
    out = ['<address class="mb0" itemscope="itemscope" itemtype="http://schema.org/Organization">']
    if 'name' in fields:
        out.append('<div><span itemprop="name">%s</span></div>' % escape(p.name))
    if 'address' in fields:
        c = p.country_id
        fmt = c.address_format or '%(street)s\n%(street2)s\n%(city)s %(state_code)s %(zip)s\n%(country_name)s'
        txt = fmt % {'street': p.street or '', 'street2': p.street2 or '', 'city': p.city or '',
                     'zip': p.zip or '', 'state_code': '', 'country_name': c.name or ''}
        lines = [l.strip() for l in txt.split('\n') if l.strip()]
        out.append('<div class="d-flex align-items-baseline"><span class="w-100 o_force_ltr d-block" '
                   'itemprop="streetAddress">%s</span></div>' % '<br/>'.join(escape(l) for l in lines))
    out.append('</address>')
    return Markup(''.join(out))


def render_field(rec, fname, options):
    v = getattr(rec, fname)
    ftype = rec._types.get(fname, 'char')
    if options.get('widget') == 'contact':
        return contact_html(v, options.get('fields', ['address', 'name'])) if v else ''
    if v is False or v is None:
        return ''
    if ftype == 'monetary':
        return fmt_monetary(v, rec.currency_id)
    if ftype.startswith('float'):
        return fmt_num(v, int(ftype.split(':')[1]))
    if ftype == 'date':
        return datetime.date.fromisoformat(v).strftime(LANG['date_format'])
    if ftype == 'text':
        return Markup('<br>\n'.join(escape(l) for l in v.split('\n')))
    if isinstance(v, Rec):
        return escape(v.name)
    return escape(str(v))


# ---------------------------------------------------------------- evaluator
SAFE_BUILTINS = {'any': any, 'len': len, 'map': map, 'repr': repr, 'True': True, 'False': False,
                 'None': None, 'str': str, 'list': list}


def ev(expr, ctx):
    g = dict(ctx)
    g['__builtins__'] = SAFE_BUILTINS
    for _ in range(50):
        try:
            return eval(expr, g)
        except NameError as e:
            name = re.search(r"name '(\w+)' is not defined", str(e)).group(1)
            g[name] = None
    raise RuntimeError(expr)


def attf(s, ctx):
    s = re.sub(r'#\{(.+?)\}', lambda m: str(ev(m.group(1), ctx) or ''), s)
    return re.sub(r'\{\{(.+?)\}\}', lambda m: str(ev(m.group(1), ctx) or ''), s)


VOID = {'br', 'img', 'meta', 'link', 'hr', 'input', 'base'}
USER_GROUPS = {'account.group_show_line_subtotals_tax_excluded'}


def render_template(name, ctx):
    return render_children(TEMPLATES[name], ctx)


def render_children(el, ctx):
    out = [el.text or '']  # static text is emitted as-is (QWeb does not re-escape it)
    state = {'last': None}
    for ch in el:
        out.append(render_node(ch, ctx, state))
        out.append(ch.tail or '')
    return ''.join(out)


def render_node(el, ctx, state):
    a = el.attrib
    if 'groups' in a and not (set(a['groups'].split(',')) & USER_GROUPS):
        return ''
    if 't-foreach' in a:
        seq = ev(a['t-foreach'], ctx) or []
        var = a['t-as']
        el2 = copy.copy(el)
        del el2.attrib['t-foreach']
        del el2.attrib['t-as']
        parts = []
        seq = list(seq)
        for i, item in enumerate(seq):
            ctx[var] = item
            ctx[var + '_index'] = i
            ctx[var + '_first'] = i == 0
            ctx[var + '_last'] = i == len(seq) - 1
            ctx[var + '_value'] = item
            parts.append(render_node(el2, ctx, {'last': None}))
        return ''.join(parts)
    if 't-if' in a:
        ok = bool(ev(a['t-if'], ctx))
        state['last'] = ok
        if not ok:
            return ''
    elif 't-elif' in a:
        if state['last']:
            return ''
        ok = bool(ev(a['t-elif'], ctx))
        state['last'] = ok
        if not ok:
            return ''
    elif 't-else' in a:
        if state['last']:
            state['last'] = None
            return ''
        state['last'] = None
    if 't-call' in a:
        name = attf(a['t-call'], ctx) if '{{' in a['t-call'] else a['t-call']
        sub = dict(ctx)
        body = render_children(el, sub)
        sub['0'] = Markup(body)
        return render_template(name, sub)
    if 't-set' in a:
        if 't-value' in a:
            ctx[a['t-set']] = ev(a['t-value'], ctx)
        else:
            ctx[a['t-set']] = Markup(render_children(el, dict(ctx)))
        return ''
    if 't-call-assets' in a:
        if a.get('t-css') == 'false':
            return ''
        return ''.join('<link rel="stylesheet" href="file://%s"/>' % p for p in ASSETS.get(a['t-call-assets'], []))
    # content
    content = None
    if 't-field' in a:
        recexpr, fname = a['t-field'].rsplit('.', 1)
        opts = ev(a['t-options'], ctx) if 't-options' in a else {}
        content = render_field(ev(recexpr, ctx), fname, opts)
    elif 't-esc' in a:
        v = ev(a['t-esc'], ctx)
        if 't-options' in a:
            opts = ev(a['t-options'], ctx)
            if opts.get('widget') == 'monetary':
                v = fmt_monetary(v, opts['display_currency'])
        content = '' if v is None or v is False else (v if isinstance(v, Markup) else escape(str(v)))
    elif 't-raw' in a:
        v = ctx.get('0') if a['t-raw'] == '0' else ev(a['t-raw'], ctx)
        content = '' if v is None or v is False else str(v)
    else:
        content = render_children(el, ctx)
    if el.tag == 't':
        return content
    attrs = []
    for k, v in a.items():
        if k.startswith('t-att-'):
            val = ev(v, ctx)
            if val is not None and val is not False:
                attrs.append((k[6:], str(val)))
        elif k.startswith('t-attf-'):
            attrs.append((k[7:], attf(v, ctx)))
        elif k.startswith('t-') or k == 'groups':
            continue
        else:
            attrs.append((k, v))
    s = '<%s%s' % (el.tag, ''.join(' %s="%s"' % (k, escape(v)) for k, v in attrs))
    if el.tag in VOID:
        return s + '/>'
    return s + '>' + content + '</%s>' % el.tag


# ---------------------------------------------------------------- data
def build_records(d):
    cur = Rec('res.currency', d['currency'])
    def country(c):
        return Rec('res.country', c)
    cp = d['company']['partner']
    cpartner = Rec('res.partner', dict(cp, country_id=country(cp['country'])))
    comp = dict(d['company'])
    comp['partner_id'] = cpartner
    comp['country_id'] = country(cp['country'])
    comp['external_report_layout_id'] = Rec('ir.ui.view', {'key': d['layout']})
    comp['currency_id'] = cur
    company = Rec('res.company', comp, {'report_footer': 'text', 'report_header': 'char'})
    pp = d['partner']
    partner = Rec('res.partner', dict(pp, country_id=country(pp['country'])))
    lines = []
    for l in d['lines']:
        taxes = [Rec('account.tax', t) for t in l['taxes']]
        lv = dict(l, invoice_line_tax_ids=taxes, display_type=False, currency_id=cur)
        lines.append(Rec('account.invoice.line', lv, {
            'quantity': 'float:3', 'price_unit': 'float:2', 'discount': 'float:2',
            'price_subtotal': 'monetary', 'price_total': 'monetary', 'name': 'text'}))
    inv = dict(d['invoice'])
    inv.update(partner_id=partner, company_id=company, currency_id=cur, invoice_line_ids=lines,
               tax_line_ids=[None] * len(d['amount_by_group']), id=1,
               payment_term_id=Rec('account.payment.term', {'note': inv.pop('payment_term_note')}) if inv.get('payment_term_note') else False,
               fiscal_position_id=Rec('account.fiscal.position', {}),
               partner_bank_id=Rec('res.partner.bank', {}),
               user_id=Rec('res.users', {'lang': d['lang']['code']}))
    inv['amount_by_group'] = [
        (g['name'], g['amount'], g['base'], format_lang(g['amount'], cur), format_lang(g['base'], cur), 1, 1)
        for g in d['amount_by_group']]
    o = Rec('account.invoice', inv, {
        'date_invoice': 'date', 'date_due': 'date', 'amount_untaxed': 'monetary', 'amount_tax': 'monetary',
        'amount_total': 'monetary', 'residual': 'monetary', 'comment': 'text', 'name': 'char'})
    o.payment_term_id and o.payment_term_id._types.update({'note': 'text'})
    return o, company


ASSETS = {}
PAGE_HEIGHT = '1380px'


def main(data_path, out_pdf):
    d = json.load(open(data_path, encoding='utf-8'))
    LANG.update(d['lang'])
    load_templates(os.path.join(HERE, 'odoo12/addons/account/views/report_invoice.xml'), 'account')
    load_templates(os.path.join(HERE, 'odoo12/addons/web/views/report_templates.xml.first16000'), 'web',
                   cut_before='<template id="external_layout_standard">')
    TEMPLATES['web.external_layout'] = etree.fromstring(EXTERNAL_LAYOUT)
    bs = os.path.join(BUILD, 'bootstrap/package/dist/css/bootstrap.css')
    fa = os.path.join(BUILD, 'font-awesome/package/css/font-awesome.css')
    ASSETS['web.report_assets_common'] = [bs, fa]
    o, company = build_records(d)
    ctx = {'docs': [o], 'report_type': 'pdf', 'res_company': company, 'web_base_url': 'file://' + BUILD,
           'data_report_margin_top': None, 'data_report_header_spacing': None, 'data_report_dpi': None,
           'data_report_landscape': None, 'title': d['invoice']['number']}
    html = render_template('account.report_invoice', ctx)
    os.makedirs(os.path.join(BUILD, 'tmp'), exist_ok=True)
    tag = os.path.splitext(os.path.basename(out_pdf))[0]
    open(os.path.join(BUILD, 'tmp', tag + '.full.html'), 'w', encoding='utf-8').write(html)

    # --- ir.actions.report._prepare_html (Odoo 12), re-written from memory
    root = lxml.html.fromstring(html)
    match_klass = "//div[contains(concat(' ', normalize-space(@class), ' '), ' {} ')]"
    header_node = etree.Element('div', id='minimal_layout_report_headers')
    footer_node = etree.Element('div', id='minimal_layout_report_footers')
    for node in root.xpath(match_klass.format('header')):
        node.getparent().remove(node)
        header_node.append(node)
    for node in root.xpath(match_klass.format('footer')):
        node.getparent().remove(node)
        footer_node.append(node)
    bodies = []
    base_url = 'file://' + BUILD + '/'
    for node in root.xpath(match_klass.format('article')):
        bodies.append(render_template('web.minimal_layout', {
            'subst': False, 'body': Markup(lxml.html.tostring(node, encoding='unicode')), 'base_url': base_url}))
    header = render_template('web.minimal_layout', {
        'subst': True, 'body': Markup(lxml.html.tostring(header_node, encoding='unicode')), 'base_url': base_url})
    footer = render_template('web.minimal_layout', {
        'subst': True, 'body': Markup(lxml.html.tostring(footer_node, encoding='unicode')), 'base_url': base_url})

    # --- _run_wkhtmltopdf with paperformat_euro (A4, left/right 7 mm, dpi 90).
    # Debian's wkhtmltopdf 0.12.6 is built on unpatched Qt: --header-html/--footer-html are ignored.
    # So header, article and footer go into ONE body page (header on top, footer pinned to the
    # bottom of the A4 page), and subst() is replaced by writing what it would write for a
    # one-page document (page 1 of 1).
    for sp in header_node.xpath("//span[@class='page' or @class='topage']") + footer_node.xpath("//span[@class='page' or @class='topage']"):
        sp.text = '1'
    hdr = lxml.html.tostring(header_node, encoding='unicode')
    ftr = lxml.html.tostring(footer_node, encoding='unicode')
    arts = ''.join(lxml.html.tostring(n, encoding='unicode') for n in root.xpath(match_klass.format('article')))
    page = ('<div style="position: relative; height: %s;">%s<div style="height: 12px;"></div>%s'
            '<div style="position: absolute; bottom: 0; left: 0; right: 0;">%s</div></div>') % (PAGE_HEIGHT, hdr, arts, ftr)
    single = render_template('web.minimal_layout', {'subst': False, 'body': Markup(page), 'base_url': base_url})
    tmp = os.path.join(BUILD, 'tmp', tag)
    os.makedirs(tmp, exist_ok=True)
    bp = os.path.join(tmp, 'report.body.tmp.0.html')
    open(bp, 'w', encoding='utf-8').write(single)
    cmd = ['wkhtmltopdf', '--enable-local-file-access', '--quiet', '--page-size', 'A4',
           '--margin-top', '10', '--dpi', '90', '--margin-left', '7',
           '--margin-bottom', '10', '--margin-right', '7', '--orientation', 'Portrait', bp, out_pdf]
    env = dict(os.environ, SOURCE_DATE_EPOCH='0')
    subprocess.run(cmd, check=True, env=env)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
