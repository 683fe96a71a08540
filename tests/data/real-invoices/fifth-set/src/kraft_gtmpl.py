#!/usr/bin/python3
# Render Kraft 1.0's shipped reports/invoice.gtmpl (Grantlee = Django template syntax) with helper data and
# German labels from Kraft's de translation; Kraft renders .gtmpl output with weasyprint (done by redo.sh).
import sys, shutil, django
from django.conf import settings
settings.configure(TEMPLATES=[{'BACKEND': 'django.template.backends.django.DjangoTemplates'}])
django.setup()
from django.template import Template, Context
K, outdir = sys.argv[1], sys.argv[2]
src = K + '/usr/share/kraft/reports/'
tmpl = Template(open(src + 'invoice.gtmpl', encoding='utf-8').read())
shutil.copy(src + 'kraft.css', outdir + '/kraft.css')
def it(n, text, amt, unit, up, tot, mark):
    return dict(itemNumber=n, kind='Normal', htmlText=text, text=text, amount=amt, unit=unit,
                unitPrice=up, nettoPrice=tot, taxMarker=mark)
items = [
  it(1, "Rhododendron 'Cunningham's White', 60-80 cm, mit Ballen", '4,00', 'Stck.', '34,90 €', '139,60 €', '1'),
  it(2, 'Rindenmulch, Sack 40 l', '10,00', 'Sack', '6,50 €', '65,00 €', '1'),
  it(3, 'Pflanzarbeiten inkl. Bodenvorbereitung', '5,50', 'Std.', '48,00 €', '264,00 €', '2'),
  it(4, 'Abfuhr und Entsorgung Grünschnitt', '1,00', 'pausch.', '35,00 €', '35,00 €', '2'),
]
ctx = dict(
  kraft=dict(VERSION='Kraft 1.0'),
  me=dict(NAME='Sabine Lorenz', ORGANISATION='Gärtnerei Sonnenblick', STREET='Gartenweg 7', POSTCODE='79100',
          LOCALITY='Freiburg im Breisgau', PHONE='0761 5550190', EMAIL='info@gaertnerei-sonnenblick.example',
          URL='www.gaertnerei-sonnenblick.example'),
  customer=dict(organisation='Hausverwaltung Rosenhof GmbH'),
  label=dict(TYPE='Art', DOC_NO='Dokument Nr.', DATE='Datum', PROJECT='Projekt', PREDECESSOR='Vorgänger-Dokument',
             NO_SHORT='Nr.', ITEM='Posten', QUANTITY_SHORT='Menge', UNIT='Einh.', PRICE='Preis', SUM='Summe',
             NET='Netto', VAT='MwSt.', PAGE='Seite', PAGE_OF='von', PHONE='Telefon', EMAIL='Email', WEBSITE='Webseite'),
  doc=dict(docType='Rechnung', ident='112-2024', dateStr='22.05.2024', dateStrISO='2024-05-22',
           projectLabel='Gartenpflege Villa Rosenhof', buyerReference='', predecessor='',
           address='Hausverwaltung Rosenhof GmbH\nz. Hd. Herrn Jörg Albrecht\nRosenhofstraße 21\n79102 Freiburg im Breisgau',
           salut='Sehr geehrter Herr Albrecht,',
           preTextHtml='<p>für die im Mai 2024 ausgeführten Pflanzarbeiten an der Villa Rosenhof berechnen wir Ihnen:</p>',
           items=items, nettoSumStr='503,60 €', hasIndividualTaxation=True,
           taxMarkerReduced='1', reducedTaxPercentStr='7', reducedTaxSumStr='14,32 €',
           taxMarkerFull='2', fullTaxPercentStr='19', fullTaxSumStr='56,81 €',
           bruttoSumStr='574,73 €',
           postTextHtml='<p>Zahlbar innerhalb von 10 Tagen ohne Abzug. Bankverbindung: Sparkasse Freiburg-Nördlicher Breisgau, '
                        'IBAN DE67 6805 0101 0012 3456 78, BIC FRSPDE66XXX.<br/>Steuernummer 06471/12345 · Leistungszeitraum 06.05.2024 – 17.05.2024</p>',
           goodbye='Mit freundlichem Gruß, Sabine Lorenz', isInvoice=True),
  epcqrcode=dict(valid=False),
)
open(outdir + '/k2.html', 'w', encoding='utf-8').write(tmpl.render(Context(ctx)))
