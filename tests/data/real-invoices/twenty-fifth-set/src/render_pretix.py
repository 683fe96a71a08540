#!/usr/bin/python3
"""Run pretix's own invoice renderers (src/pretix/base/invoice.py, unchanged) on stand-in
Invoice objects (data: helper).  Usage: render_pretix.py BUILD_DIR OUT_DIR

BUILD_DIR must contain locale/<lang>/LC_MESSAGES/django.mo (compiled from src/locale by
msgfmt) and static/fonts/OpenSans-*.ttf (Debian fonts-open-sans)."""
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD, OUT = sys.argv[1], sys.argv[2]
# pretix is a namespace package here: upstream files from src/, stand-ins from src/standins/
sys.path[:0] = [HERE, os.path.join(HERE, 'standins')]

import bidi  # noqa: E402
import bidi.algorithm  # noqa: E402
# python-bidi >= 0.5 exports get_display at top level (as pretix imports it); Debian ships 0.4.2
bidi.get_display = bidi.algorithm.get_display

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    USE_I18N=True, USE_L10N=True, USE_TZ=True, TIME_ZONE='Europe/Berlin',
    LANGUAGE_CODE='en',
    LOCALE_PATHS=[os.path.join(BUILD, 'locale')],
    INSTALLED_APPS=['django.contrib.staticfiles'],
    STATIC_URL='/static/',
    STATICFILES_DIRS=[os.path.join(BUILD, 'static')],
    CURRENCY_PLACES={},
)
django.setup()

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1  # reproducible PDF bytes (fixed creation date and document id)

from django.utils import translation  # noqa: E402

from pretix.base.invoice import ClassicInvoiceRenderer, Modern1Renderer  # noqa: E402
from pretix.base.models import (  # noqa: E402
    Country, Event, Invoice, InvoiceLine, Order,
)

EV_SETTINGS = dict(
    invoice_renderer_font='Open Sans', invoice_logo_image=None, show_dates_on_frontpage=False,
    invoice_show_payments=False, invoice_renderer_highlight_order_code=False,
    theme_color_success='#50A167',
)


def doc01():
    ev = Event('Netzkultur-Konferenz 2025', 'nk25', **EV_SETTINGS)
    order = Order(ev, 'R8XQ3')
    de = Country('DE', 'Deutschland')
    inv = Invoice(
        event=ev, order=order, prefix='NK25-', invoice_no='00042', date=date(2025, 3, 12),
        invoice_from_name='Verein für Digitale Kultur e.V.', invoice_from='Lindenstraße 14',
        invoice_from_zipcode='10969', invoice_from_city='Berlin', invoice_from_country=de,
        invoice_from_vat_id='DE298765431', invoice_from_tax_id='27/614/01234',
        invoice_to_company='Hallmann & Söhne GmbH', invoice_to_name='Jana Keller',
        invoice_to_street='Am Kaiserkai 56', invoice_to_zipcode='20457', invoice_to_city='Hamburg',
        invoice_to_country=de,
        introductory_text='Vielen Dank für Ihre Anmeldung zur Netzkultur-Konferenz 2025 '
                          '(3. bis 5. April 2025, Kulturbrauerei Berlin).',
        payment_provider_text='Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen unter '
                              'Angabe der Bestellnummer NK25-R8XQ3 auf das Konto des Vereins: '
                              'IBAN DE16 1009 0000 0123 4567 89, BIC BEVODEBBXXX, Berliner Volksbank.',
        additional_text='Leistungszeitraum: 3. bis 5. April 2025.',
        footer_text='Verein für Digitale Kultur e.V. · Vorstand: Miriam Albers, Jonas Wendt\n'
                    'Amtsgericht Charlottenburg VR 34567 B\n'
                    'Berliner Volksbank · IBAN DE16 1009 0000 0123 4567 89 · BIC BEVODEBBXXX',
        lines=[
            InvoiceLine('Konferenzticket (Vollpreis)<br />Teilnehmerin: Jana Keller',
                        '238.00', '38.00', '19.00', 'MwSt.'),
            InvoiceLine('Konferenzticket (Vollpreis)<br />Teilnehmer: Tobias Brandt',
                        '238.00', '38.00', '19.00', 'MwSt.'),
            InvoiceLine('Workshop „Barrierefreies Webdesign“<br />Teilnehmerin: Jana Keller',
                        '95.20', '15.20', '19.00', 'MwSt.'),
            InvoiceLine('Tagungsband 2025 (Druckausgabe)', '32.10', '2.10', '7.00', 'MwSt.'),
        ],
    )
    return 'de', Modern1Renderer, inv


def doc02():
    ev = Event('Festival Les Nuits Sonores du Vieux-Lyon 2025', 'ns25', **EV_SETTINGS)
    order = Order(ev, 'M2PLD')
    fr = Country('FR', 'France')
    inv = Invoice(
        event=ev, order=order, prefix='NS25-', invoice_no='00108', date=date(2025, 6, 18),
        invoice_from_name='Association Les Nuits Sonores du Vieux-Lyon', invoice_from='12 rue Saint-Jean',
        invoice_from_zipcode='69005', invoice_from_city='Lyon', invoice_from_country=fr,
        invoice_from_vat_id='FR96412345670',
        invoice_to_company='Médiathèque municipale de Villeurbanne', invoice_to_name='Claire Dubois',
        invoice_to_street='247 cours Émile Zola', invoice_to_zipcode='69100', invoice_to_city='Villeurbanne',
        invoice_to_country=fr,
        introductory_text='Merci pour votre commande. Festival du 11 au 13 juillet 2025, '
                          'place Saint-Jean, Lyon 5e.',
        payment_provider_text='Merci de régler cette facture par virement bancaire sous 30 jours en '
                              'indiquant la référence NS25-M2PLD : IBAN FR76 3000 2005 5000 0015 7841 246, '
                              'BIC CRLYFRPP (LCL Lyon Saint-Jean).',
        additional_text='En cas de retard de paiement, une indemnité forfaitaire de 40 € pour frais de '
                        'recouvrement sera exigée (art. L441-10 du Code de commerce).',
        footer_text='Association Les Nuits Sonores du Vieux-Lyon · association loi 1901 · '
                    'SIRET 412 345 670 00027 · APE 9001Z\n'
                    'LCL · IBAN FR76 3000 2005 5000 0015 7841 246 · BIC CRLYFRPP',
        lines=[
            InvoiceLine('Pass 3 jours<br />Participante : Claire Dubois', '105.50', '5.50', '5.50', 'TVA'),
            InvoiceLine('Pass 3 jours<br />Participant : Marc Lefèvre', '105.50', '5.50', '5.50', 'TVA'),
            InvoiceLine('Atelier de percussions (12 juillet)<br />Participante : Claire Dubois',
                        '54.00', '9.00', '20.00', 'TVA'),
            InvoiceLine('Frais de service', '6.00', '1.00', '20.00', 'TVA'),
        ],
    )
    return 'fr', ClassicInvoiceRenderer, inv


def doc03():
    ev = Event('Stuttgarter Stäffele-Lauf 2025', 'sw25', **EV_SETTINGS)
    order = Order(ev, 'K4TZV')
    de = Country('DE', 'Deutschland')
    common = dict(
        event=ev, order=order,
        invoice_from_name='Sportwelt Eventservice GmbH', invoice_from='Industriestraße 8',
        invoice_from_zipcode='70565', invoice_from_city='Stuttgart', invoice_from_country=de,
        invoice_from_vat_id='DE314159265',
        invoice_to_name='Lukas Meier', invoice_to_street='Hauptstätter Straße 112',
        invoice_to_zipcode='70178', invoice_to_city='Stuttgart', invoice_to_country=de,
        footer_text='Sportwelt Eventservice GmbH · Geschäftsführerin: Sabine Roth · '
                    'Amtsgericht Stuttgart HRB 765432\n'
                    'BW-Bank · IBAN DE88 6005 0101 0002 3456 78 · BIC SOLADEST600',
    )
    original = Invoice(prefix='SW25-', invoice_no='00007', date=date(2025, 4, 2), **common)
    inv = Invoice(
        prefix='SW25-', invoice_no='00011', date=date(2025, 4, 15), is_cancellation=True, refers=original,
        additional_text='Die Bestellung K4TZV wurde storniert. Der Betrag wird Ihnen auf das '
                        'ursprüngliche Zahlungsmittel erstattet.',
        lines=[
            InvoiceLine('Startplatz Halbmarathon<br />Teilnehmer: Lukas Meier', '-42.00', '-6.71', '19.00',
                        'MwSt.'),
            InvoiceLine('Funktionsshirt Stäffele-Lauf, Größe M', '-24.99', '-3.99', '19.00', 'MwSt.'),
        ],
        **common
    )
    return 'de', ClassicInvoiceRenderer, inv


for name, make in (('v25-01', doc01), ('v25-02', doc02), ('v25-03', doc03)):
    lang, renderer_cls, inv = make()
    translation.activate(lang)
    renderer = renderer_cls(inv.event)
    fname, ftype, content = renderer.generate(inv)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as f:
        f.write(content)
    translation.deactivate()
    print(name, renderer_cls.identifier, lang, len(content))
