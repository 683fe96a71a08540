#!/usr/bin/python3
# Build small GnuCash books (helper data) with posted customer invoices / a credit note, using GnuCash's
# python bindings (API as in /usr/share/doc/python3-gnucash/examples/simple_business_create.py).
import sys, datetime
from decimal import Decimal
from gnucash import Session, Account, GncNumeric, SessionOpenMode
from gnucash.gnucash_business import Customer, Invoice, Entry, TaxTable, TaxTableEntry
from gnucash.gnucash_core_c import ACCT_TYPE_ASSET, ACCT_TYPE_RECEIVABLE, ACCT_TYPE_INCOME, ACCT_TYPE_LIABILITY, ACCT_TYPE_BANK

def num(s):
    d = Decimal(s); e = -d.as_tuple().exponent if d.as_tuple().exponent < 0 else 0
    return GncNumeric(int(d * 10**e), 10**e)

def build(url, lang):
    s = Session(url, SessionOpenMode.SESSION_NEW_STORE)
    book = s.book; root = book.get_root_account()
    EUR = book.get_table().lookup('CURRENCY', 'EUR')
    def acct(parent, name, typ):
        a = Account(book); parent.append_child(a); a.SetName(name); a.SetType(typ); a.SetCommodity(EUR); return a
    assets = acct(root, 'Assets', ACCT_TYPE_ASSET)
    recv = acct(assets, 'Receivables', ACCT_TYPE_RECEIVABLE)
    bank = acct(assets, 'Bank', ACCT_TYPE_BANK)
    inc = acct(root, 'Income', ACCT_TYPE_INCOME)
    liab = acct(root, 'Liabilities', ACCT_TYPE_LIABILITY)
    vat = acct(liab, 'VAT', ACCT_TYPE_LIABILITY)
    if lang == 'de':
        tt = TaxTable(book, 'USt 19%', TaxTableEntry(vat, True, GncNumeric(19, 1)))
        c = Customer(book, 'K-1042', EUR, 'Bäckerei Hoffmann OHG')
        ad = c.GetAddr(); ad.SetName('Bäckerei Hoffmann OHG'); ad.SetAddr1('z. Hd. Frau Petra Hoffmann')
        ad.SetAddr2('Marktplatz 4'); ad.SetAddr3('34117 Kassel')
        invs = [dict(id='RE-2024-0318', cust=c, opened=datetime.date(2024, 9, 12), posted=datetime.date(2024, 9, 12),
                     due=datetime.date(2024, 9, 26), billing='Bestellung 4711/24', notes='Leistungszeitraum: August 2024',
                     credit=False,
                     entries=[('Wartung Kassensystem (Vor-Ort-Termin)', '3', '85.00'),
                              ('Ersatzteil Bondrucker Epson TM-T20III', '1', '249.90'),
                              ('Softwarelizenz Kassenmodul, 12 Monate', '2', '119.00')])]
    else:
        tt = TaxTable(book, 'TVA 20%', TaxTableEntry(vat, True, GncNumeric(20, 1)))
        c = Customer(book, 'C00057', EUR, 'Librairie Le Point-Virgule SARL')
        ad = c.GetAddr(); ad.SetName('Librairie Le Point-Virgule SARL'); ad.SetAddr1('Mme Claire Dubois')
        ad.SetAddr2('18, rue des Carmes'); ad.SetAddr3('45000 Orléans')
        invs = [dict(id='F2024-0211', cust=c, opened=datetime.date(2024, 10, 3), posted=datetime.date(2024, 10, 3),
                     due=datetime.date(2024, 11, 2), billing='BC-2024-118', notes='Prestation réalisée en septembre 2024.',
                     credit=False,
                     entries=[('Refonte du site vitrine (forfait)', '1', '1450.00'),
                              ('Formation des équipes, demi-journée', '2', '320.00'),
                              ('Hébergement annuel mutualisé', '1', '96.00')]),
                dict(id='AV2024-0007', cust=c, opened=datetime.date(2024, 10, 21), posted=datetime.date(2024, 10, 21),
                     due=datetime.date(2024, 10, 21), billing='BC-2024-118', notes='Avoir sur facture F2024-0211 : demi-journée de formation annulée.',
                     credit=True,
                     entries=[('Annulation formation des équipes, demi-journée', '1', '320.00')])]
    for d in invs:
        inv = Invoice(book, d['id'], EUR, d['cust'])
        inv.SetDateOpened(d['opened'])
        inv.SetBillingID(d['billing']); inv.SetNotes(d['notes'])
        if d['credit']: inv.SetIsCreditNote(True)
        for desc, q, p in d['entries']:
            e = Entry(book, inv)
            e.SetDescription(desc); e.SetQuantity(num(q)); e.SetInvPrice(num(p))
            e.SetInvAccount(inc); e.SetInvTaxTable(tt); e.SetInvTaxIncluded(False); e.SetInvTaxable(True)
            e.SetDate(d['opened']); e.SetDateEntered(datetime.datetime.combine(d['opened'], datetime.time(10, 0)))
        inv.PostToAccount(recv, d['posted'], d['due'], 'Posted', True, False)
        print(d['id'], inv.GetTotalSubtotal(), inv.GetTotalTax(), inv.GetTotal())
    s.save(); s.end()

build(sys.argv[1], sys.argv[2])
