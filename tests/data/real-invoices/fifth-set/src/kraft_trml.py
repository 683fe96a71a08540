#!/usr/bin/python3
# Render Kraft 1.0's shipped reports/invoice.trml (ctemplate/mustache syntax) with helper data,
# German labels taken from Kraft's own de translation (kraft.mo), then Kraft's tools/erml2pdf.py.
import sys, pystache
K = sys.argv[1]   # extracted kraft package root
out_trml = sys.argv[2]
tmpl = open(K + '/usr/share/kraft/reports/invoice.trml', encoding='utf-8').read()
def para(t): return '<para style="text">%s</para>' % t
pos = [
  dict(POS_NUMBER='1', POS_TEXT=para('Einbauschrank Eiche massiv nach Aufma&#223;, 2,40 m x 2,10 m, ge&#246;lt'),
       POS_AMOUNT='1,00', POS_UNIT='Stck.', POS_UNITPRICE='2.480,00 €', POS_TOTAL='2.480,00 €'),
  dict(POS_NUMBER='2', POS_TEXT=para('Montage vor Ort inkl. Anpassung an Dachschr&#228;ge'),
       POS_AMOUNT='6,00', POS_UNIT='Std.', POS_UNITPRICE='58,00 €', POS_TOTAL='348,00 €'),
  dict(POS_NUMBER='3', POS_TEXT=para('Anfahrtspauschale Dresden Stadtgebiet'),
       POS_AMOUNT='1,00', POS_UNIT='pausch.', POS_UNITPRICE='45,00 €', POS_TOTAL='45,00 €'),
]
for p in pos: p.update(POS_KIND='', FULL_TAX=True)
ctx = dict(
  MY_NAME='Michael Brandt', MY_ORGANISATION='Holzwerkstatt Brandt', MY_STREET='Lindenstraße 12',
  MY_POSTCODE='01099', MY_LOCALITY='Dresden', MY_PHONE='0351 4711230', MY_FAX='0351 4711231',
  LAB_PHONE='Telefon', LAB_FAX='Fax', LAB_PAGE_NO='',
  ADDRESS='Familie Keller\nAm Südhang 3\n01326 Dresden',
  DATE='Dresden, 14.03.2024',
  DOCTYPE='Rechnung', LAB_NR_SHORT='', DOCID='37-2024',
  SALUT='Sehr geehrte Frau Keller, sehr geehrter Herr Keller,',
  PRETEXT=para('f&#252;r die Anfertigung und Montage Ihres Einbauschranks erlauben wir uns, wie folgt zu berechnen. Leistungsdatum: 04.03.2024 bis 08.03.2024.'),
  LAB_NO_SHORT='Nr.', LAB_ITEM='Posten', LAB_QUANTITY_SHORT='Menge', LAB_UNIT='Einh.',
  LAB_PRICE='Preis', LAB_SUM='Summe', LAB_NET='Netto', LAB_VAT='MwSt.',
  POSITIONS=pos,
  NETTOSUM='2.873,00 €',
  SECTION_FULL_TAX=True, FULL_TAX='19', FULL_TAX_SUM='545,87 €',
  BRUTTOSUM='3.418,87 €',
  FULL_TAX_ITEMS=True,
  LAB_TAX_FULL_ITEMS='Nicht gekennzeichnet: Posten mit vollem Steuersatz von 19% (3 Stck.)',
  POSTTEXT=para('Bitte &#252;berweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ohne Abzug auf unser Konto bei der Osts&#228;chsischen Sparkasse Dresden, IBAN DE52 8505 0300 0221 0456 78, BIC OSDDDE81XXX. Steuernummer 203/245/01234.'),
  GOODBYE='mit freundlichem Gruß,<br/><br/>Michael Brandt',
)
r = pystache.Renderer(escape=lambda u: u)
open(out_trml, 'w', encoding='utf-8').write(r.render(tmpl, ctx))
