# -*- coding: utf-8 -*-
"""Render OpenERP 7.0's customer invoice report (account_print_invoice.rml) for one
stand-in invoice record, with OpenERP's own RML engine (trml2pdf, ported to Python 3).

This file is the helper's stand-in for what the OpenERP server does around the report:
  * report_sxw.rml_parse (localcontext: repeatIn, setLang, removeParentNode, format,
    formatLang, display_address, _translate, get_digits) -- re-implemented from
    openerp/report/report_sxw.py (odoo/odoo @ 02bf0fd9...), with the ORM replaced by
    plain Python objects built from a JSON data file (data: helper);
  * res.lang.format()/intersperse() (openerp/addons/base/res/res_lang.py logic);
  * res.partner._display_address() default format;
  * report_sxw.create_single_pdf(): _add_header(external), preprocess_rml(), then
    interface.report_rml.create_pdf() -> trml2pdf.parseNode().
Usage: python3 render_invoice.py data/v26-01.json out.pdf
"""
import sys, os, re, json, time
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reportlab.rl_config
reportlab.rl_config.invariant = 1   # reproducible bytes (fixed /CreationDate, /ID)

from lxml import etree
from rml2pdf import trml2pdf
from report.preprocess import report as _preprocess
from res_company_header import _header_a4

# ---------------------------------------------------------------- po files
def load_po(path):
    """msgid -> msgstr for the single-line entries of a .po file."""
    res = {}
    msgid = None
    def unq(s):
        return json.loads(s)
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line.startswith('msgid '):
            msgid = unq(line[6:])
        elif line.startswith('msgstr ') and msgid:
            res[msgid] = unq(line[7:])
            msgid = None
    return res

PO = {'fr_FR': load_po(os.path.join(HERE, 'i18n', 'account_report_invoice_fr.po'))}

# ---------------------------------------------------------------- res.lang
LANGS = {
    # code: (date_format, decimal_point, thousands_sep, grouping)
    'en_US': ('%m/%d/%Y', '.', ',', '[3,0]'),
    'fr_FR': ('%d/%m/%Y', ',', '\u00a0', '[3,0]'),
}

def _split(l, counts):
    res = []
    saved_count = len(l)
    for count in counts:
        if not l:
            break
        if count == -1:
            break
        if count == 0:
            while l:
                res.append(l[:saved_count])
                l = l[saved_count:]
            break
        res.append(l[:count])
        l = l[count:]
        saved_count = count
    if l:
        res.append(l)
    return res

intersperse_pat = re.compile('([^0-9]*)([^ ]*)(.*)')

def intersperse(string, counts, separator=''):
    left, rest, right = intersperse_pat.match(string).groups()
    def reverse(s): return s[::-1]
    splits = _split(reverse(rest), counts)
    res = separator.join(map(reverse, reverse(splits)))
    return left + res + right, len(splits) > 0 and len(splits) - 1 or 0

def lang_format(lang, percent, value, grouping=False, monetary=False):
    date_format, decimal_point, thousands_sep, lang_grouping = LANGS[lang]
    formatted = percent % value
    if percent[-1] in 'eEfFgG':
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = intersperse(parts[0], eval(lang_grouping), thousands_sep)
        formatted = decimal_point.join(parts)
    elif percent[-1] in 'diu':
        if grouping:
            formatted = intersperse(formatted, eval(lang_grouping), thousands_sep)[0]
    return formatted

# ---------------------------------------------------------------- records
class Record(object):
    """Stand-in for a browse_record: missing fields read as False."""
    def __init__(self, d):
        for k, v in d.items():
            setattr(self, k, wrap(v))
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return False

class Float(float):
    """Stand-in for report_sxw._float_format: a float that knows its field's digits."""
    def __new__(cls, value, digits):
        o = float.__new__(cls, value)
        o._digits = digits
        return o

def wrap(v):
    if isinstance(v, dict):
        if set(v.keys()) == {'float', 'digits'}:
            return Float(v['float'], v['digits'])
        return Record(v)
    if isinstance(v, list):
        return [wrap(x) for x in v]
    return v

DECIMAL_PRECISION = {'Account': 2, 'Product Price': 2, 'Discount': 2, 'Product Unit of Measure': 2}

# ---------------------------------------------------------------- rml_parse
class RmlParse(object):
    def __init__(self, user, company, objects):
        self.localcontext = {
            'user': user,
            'setCompany': self.setCompany,
            'repeatIn': self.repeatIn,
            'setLang': self.setLang,
            'setTag': self.setTag,
            'removeParentNode': self.removeParentNode,
            'format': self.format,
            'formatLang': self.formatLang,
            'lang': user.company_id.partner_id.lang,
            'translate': self._translate,
            'time': time,
            'display_address': self.display_address,
        }
        self.setCompany(company)
        self._transl_regex = re.compile('(\[\[.+?\]\])')
        self.objects = objects
        # set_context()
        self.localcontext['data'] = {}
        self.localcontext['objects'] = objects
        self.localcontext['digits_fmt'] = self.digits_fmt
        self.localcontext['get_digits'] = self.get_digits

    def setTag(self, oldtag, newtag, attrs=None):
        return newtag, attrs

    def setCompany(self, company_id):
        if company_id:
            self.localcontext['company'] = company_id
            self.localcontext['logo'] = company_id.logo
            self.rml_header = company_id.rml_header
            self.logo = company_id.logo

    def format(self, text, oldtag=None):
        return text.strip()

    def removeParentNode(self, tag=None):
        raise GeneratorExit('Skip')

    def setLang(self, lang):
        self.localcontext['lang'] = lang

    def digits_fmt(self, obj=None, f=None, dp=None):
        return "%%.%df" % (self.get_digits(obj, f, dp),)

    def get_digits(self, obj=None, f=None, dp=None):
        d = DEFAULT_DIGITS = 2
        if dp:
            d = DECIMAL_PRECISION[dp]
        elif isinstance(obj, Float):
            d = obj._digits
        return d

    def formatLang(self, value, digits=None, date=False, date_time=False, grouping=True, monetary=False, dp=False, currency_obj=False):
        if digits is None:
            if dp:
                digits = self.get_digits(dp=dp)
            else:
                digits = self.get_digits(value)
        if isinstance(value, str) and not value:
            return ''
        lang = self.localcontext.get('lang', 'en_US') or 'en_US'
        if lang not in LANGS:
            lang = 'en_US'
        if date or date_time:
            if not str(value):
                return ''
            date_format = LANGS[lang][0]
            d = datetime.strptime(value[:10], '%Y-%m-%d')
            return d.strftime(date_format)
        res = lang_format(lang, '%.' + str(digits) + 'f', value, grouping=grouping, monetary=monetary)
        if currency_obj:
            if currency_obj.position == 'after':
                res = '%s %s' % (res, currency_obj.symbol)
            elif currency_obj and currency_obj.position == 'before':
                res = '%s %s' % (currency_obj.symbol, res)
        return res

    def display_address(self, address):
        # res.partner._display_address() of OpenERP 7.0, default format (no country format)
        address_format = address.country_id and address.country_id.address_format or \
              "%(street)s\n%(street2)s\n%(city)s %(state_code)s %(zip)s\n%(country_name)s"
        args = {
            'state_code': address.state_id and address.state_id.code or '',
            'state_name': address.state_id and address.state_id.name or '',
            'country_code': address.country_id and address.country_id.code or '',
            'country_name': address.country_id and address.country_id.name or '',
            'company_name': address.parent_id and address.parent_id.name or '',
        }
        for field in ('street', 'street2', 'zip', 'city', 'state_id', 'country_id'):
            args[field] = getattr(address, field) or ''
        if address.parent_id:
            address_format = '%(company_name)s\n' + address_format
        return address_format % args

    def repeatIn(self, lst, name, nodes_parent=False):
        ret_lst = []
        for id in lst:
            ret_lst.append({name: id})
        return ret_lst

    def _translate(self, text):
        lang = self.localcontext['lang']
        if lang and text and not text.isspace():
            piece_list = self._transl_regex.split(text)
            for pn in range(len(piece_list)):
                if not self._transl_regex.match(piece_list[pn]):
                    source_string = piece_list[pn].replace('\n', ' ').strip()
                    if len(source_string):
                        translated_string = PO.get(lang, {}).get(source_string, '')
                        if translated_string:
                            piece_list[pn] = piece_list[pn].replace(source_string, translated_string)
            text = ''.join(piece_list)
        return text

    def _add_header(self, rml_dom, header='external'):
        rml_head = self.rml_header
        head_dom = etree.XML(rml_head)
        for tag in head_dom:
            found = rml_dom.find('.//' + tag.tag)
            if found is not None and len(found):
                if tag.get('position'):
                    found.append(tag)
                else:
                    found.getparent().replace(found, tag)
        return True


def main(data_path, out_path):
    data = json.load(open(data_path, encoding='utf-8'))
    company = wrap(data['company'])
    company.rml_header = _header_a4
    user = wrap(data['user'])
    user.company_id = company
    invoice = wrap(data['invoice'])
    invoice.company_id = company
    rml = open(os.path.join(HERE, 'account_print_invoice.rml'), 'rb').read()

    # report_sxw.create_single_pdf()
    parser = RmlParse(user, company, [invoice])
    processed_rml = etree.XML(rml)
    parser._add_header(processed_rml, 'external')           # report_xml.header is True
    processed_rml = _preprocess().preprocess_rml(processed_rml, 'pdf')
    # interface.report_rml.create_pdf()
    localcontext = parser.localcontext
    localcontext.update({'internal_header': False})
    pdf = trml2pdf.parseNode(etree.tostring(processed_rml), localcontext, images={}, path=[HERE], title='Invoices')
    open(out_path, 'wb').write(pdf)

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
