#!/usr/bin/env python3
"""Render Paheko's invoice module print view (src/modules/invoice/preview.html with
receipt/_header.html, receipt/_footer.html, include/preview_style.tpl, include/constants.tpl,
receipt/form.css -- copied verbatim into ./modules/) for one document JSON.

Brindille (Paheko's template language) is not available outside Paheko, so the Brindille
markup of preview.html / _header.html / _footer.html is transcribed below to Jinja2, line by
line, with the same HTML. Variables set for a PDF export (?print=pdf): _GET.print='pdf',
hide_header=true, page='A5' (passed as 'page', so _header.html's $page_size is unset -> A4, as
in Paheko). The stylesheet m/receipt/form.css and the style include are read from the copies.
Modifiers ported from Paheko's CommonModifiers: money_currency (cents -> '1 234,56 €'),
date_short (d/m/Y), escape|nl2br, intval, floatval.
Usage: render_paheko.py data.json out.html
"""
import json, sys, os, html, datetime
import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
MOD = os.path.join(HERE, 'modules')

def money(n, hide_empty=True):
    n = int(n)
    if not n and hide_empty:
        return ''
    sign = '-' if n < 0 else ''
    n = abs(n)
    euros, cents = divmod(n, 100)
    s = '{:,}'.format(euros).replace(',', '\u00a0')  # Paheko: number_format(..., ',', ' ')
    return '%s%s,%02d' % (sign, s, cents)

def money_currency(n, hide_empty=True):
    out = money(n, hide_empty)
    return out + '\u00a0€' if out != '' else out

def date_short(d):
    if not d:
        return ''
    return datetime.date.fromisoformat(d[:10]).strftime('%d/%m/%Y')

def nl2br(s):
    return s.replace('\n', '<br />\n')

def esc(s):
    return html.escape(s or '', quote=True)

def floatval(v):
    f = float(v)
    return ('%d' % f) if f == int(f) else ('%s' % f)

# constants.tpl values used by preview.html (keep='DRAFT_STATUS, TYPE_LABELS, STATUS_LABELS, CANCELLED_LABEL, NONPROFIT_VAT_EXEMPTION_TYPE')
CONST = dict(DRAFT_STATUS='draft', TYPE_LABELS={'quotation': 'Devis', 'invoice': 'Facture'},
             STATUS_LABELS={'draft': 'Brouillon', 'awaiting': 'En attente de validation', 'rejected': 'Refusé',
                            'validated': 'Validé', 'misc': 'Autre'},
             CANCELLED_LABEL=None, NONPROFIT_VAT_EXEMPTION_TYPE='nonprofit')

TPL = r"""<!DOCTYPE html>
<html>
<head>
	<title>{{ page_title }}</title>
	<style type="text/css">
{{ form_css }}
	</style>
	<style type="text/css">
	@media print {
		@page {
			size: {% if page_size %}{{ page_size }}{% else %}A4{% endif %};
			margin: 1cm;
			@bottom {
				content: "Page " counter(page) " / " counter(pages);
				font-size: 8pt;
				margin-bottom: 10mm;
				text-align: center;
			}
		}

		#buttons {
			display: none;
		}
	}

	@media screen {
		html, body {
			background: #666;
		}
		#page {
			position: relative;
			margin: 0 auto;
			padding: 1cm;
			background: #fff;
			{% if page_size == 'A5' %}
			width: 148mm;
			height: 210mm;
			{% else %}
			width: 210mm;
			height: 297mm;
			{% endif %}
		}
	}
	</style>
</head>

<body>

<div id="page">

<main>
{{ preview_style }}

<h2 class="organization_name">{{ config.org_name }}</h2>
<ul class="organization_details">
	{% if vat_exemption == NONPROFIT_VAT_EXEMPTION_TYPE %}
		<li>Association « loi 1901 » à but non lucratif{% if siret %} — SIRET {{ siret }}{% endif %}</li>
	{% endif %}
	<li>{{ config.org_address|e_nl2br }}</li>
	{% if config.org_web %}
		<li>{{ config.org_web }}</li>
	{% endif %}
	<li>Contact : {{ org_contact }}</li>
</ul>

<ul class="customer_details">
	<li>
		<strong class="business_name">{{ recipient_business_name }}</strong><br />
		{{ recipient_address|e_nl2br }}
	</li>
	{% if recipient_member_number or recipient_member_id %}
		<li>Réf. membre : {% if recipient_member_number %}{{ recipient_member_number }}{% else %}#{{ recipient_member_id }}{% endif %}</li>
	{% endif %}
</ul>

<h1>
	Objet : {{ title }}
	{% if status == DRAFT_STATUS %} - <span class="important_status">{{ DRAFT_LABEL }}</span>
	{% elif cancelled %} - <span class="important_status">{{ CANCELLED_LABEL }}</span>
	{% endif %}
</h1>
<ul class="document_details">
	<li>Date : {{ date|date_short }}</li>
	<li>Référence : {{ key }}</li>
	<li>Intitulé : {{ subject }}</li>
	{% if not introduction_text %}
		<li>Montant : {{ total|money_currency }}</li>
	{% endif %}
</ul>

{% if introduction_text %}
	<p>
		{{ introduction_text|e_nl2br }}
	</p>
{% endif %}

<h2>Articles</h2>
{% if items %}
	<table id="item_list" class="list">
		<thead>
			<tr>
				<th>Réf.</th>
				<th>Dénomination</th>
				<th>Description</th>
				<th class="number">Prix unitaire</th>
				<th class="number">Quantité</th>
			</tr>
		</thead>
		<tbody>
		{% for item in items %}
			<tr>
				<td>{{ item.reference }}</td>
				<td>{{ item.name }}</td>
				<td>{{ item.description|e_nl2br }}</td>
				<td class="number">{{ item.unit_price|int|money_currency(false) }}</td>
				<td class="number">{{ item.quantity|floatval }}</td>
			</tr>
		{% endfor %}
		</tbody>
		<tfooter>
			<tr>
				<td colspan="4" class="total">TOTAL</td>
				<td class="total">{{ total|int|money_currency(false) }}</td>
			</tr>
		</tfooter>
	</table>
	
	<p>
		{% if vat_exemption == NONPROFIT_VAT_EXEMPTION_TYPE %}
			Association exonérée des impôts commerciaux (art. 261-7-1 du CGI).
		{% else %}
			TVA non-applicable, article 293 B du CGI.
		{% endif %}
	</p>
{% else %}
	<p>Aucun article.</p>
{% endif %}

{% if deadline %}
<p>
	<strong>Devis valable jusqu'au {{ deadline|date_short }}.</strong>
</p>
{% endif %}

{% if payment_text or extra_text %}
	<h3>Informations</h3>
	{% if payment_text %}<p>{{ payment_text|e_nl2br }}</p>{% endif %}
	{% if extra_text %}<p>{{ extra_text|e_nl2br }}</p>{% endif %}
{% endif %}

<p>
	<strong>Bon pour accord</strong> le {{ signing_date|date_short }},<br />
	à <span class="signing_place">{{ signing_place }}</span>.
</p>

</main>

</div>

</body>
</html>"""

def main():
    data = json.load(open(sys.argv[1], encoding='utf-8'))
    env = jinja2.Environment(autoescape=True)
    import markupsafe
    env.filters.update(money_currency=money_currency, date_short=date_short, floatval=floatval)
    env.filters['e_nl2br'] = lambda s: markupsafe.Markup(nl2br(esc(s)))
    ctx = dict(CONST)
    ctx.update(data)
    ctx['DRAFT_LABEL'] = CONST['STATUS_LABELS'][CONST['DRAFT_STATUS']]
    ctx['title'] = '%s n°%s' % (CONST['TYPE_LABELS'][data['type']], data['key'])
    ctx['page_title'] = ctx['title'] + ' - ' + data['subject']
    ctx['page_size'] = None   # preview.html passes page='A5', _header.html reads $page_size
    ctx['form_css'] = markupsafe.Markup(open(os.path.join(MOD, 'receipt/form.css'), encoding='utf-8').read())
    ctx['preview_style'] = markupsafe.Markup(open(os.path.join(MOD, 'invoice/include/preview_style.tpl'), encoding='utf-8').read())
    out = env.from_string(TPL).render(**ctx)
    open(sys.argv[2], 'w', encoding='utf-8').write(out)

if __name__ == '__main__':
    main()
