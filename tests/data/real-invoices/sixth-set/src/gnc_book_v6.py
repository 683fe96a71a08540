#!/usr/bin/python3
# Build a small GnuCash book (helper data) with one posted German customer invoice, using GnuCash's python
# bindings (API as in /usr/share/doc/python3-gnucash/examples/simple_business_create.py).
import sys, datetime
from decimal import Decimal
from gnucash import Session, Account, GncNumeric, SessionOpenMode
from gnucash.gnucash_business import Customer, Invoice, Entry, TaxTable, TaxTableEntry
from gnucash.gnucash_core_c import ACCT_TYPE_ASSET, ACCT_TYPE_RECEIVABLE, ACCT_TYPE_INCOME, ACCT_TYPE_LIABILITY, ACCT_TYPE_BANK

def num(s):
    d = Decimal(s); e = -d.as_tuple().exponent if d.as_tuple().exponent < 0 else 0
    return GncNumeric(int(d * 10**e), 10**e)

s = Session(sys.argv[1], SessionOpenMode.SESSION_NEW_STORE)
book = s.book; root = book.get_root_account()
EUR = book.get_table().lookup('CURRENCY', 'EUR')
def acct(parent, name, typ):
    a = Account(book); parent.append_child(a); a.SetName(name); a.SetType(typ); a.SetCommodity(EUR); return a
assets = acct(root, 'Aktiva', ACCT_TYPE_ASSET)
recv = acct(assets, 'Forderungen', ACCT_TYPE_RECEIVABLE)
bank = acct(assets, 'Bank', ACCT_TYPE_BANK)
inc = acct(root, 'Erlöse', ACCT_TYPE_INCOME)
liab = acct(root, 'Passiva', ACCT_TYPE_LIABILITY)
vat = acct(liab, 'Umsatzsteuer', ACCT_TYPE_LIABILITY)
t19 = TaxTable(book, 'USt 19%', TaxTableEntry(vat, True, GncNumeric(19, 1)))
t7 = TaxTable(book, 'USt 7%', TaxTableEntry(vat, True, GncNumeric(7, 1)))
c = Customer(book, 'KD-20931', EUR, 'Volkshochschule Lüneburg')
ad = c.GetAddr(); ad.SetName('Volkshochschule Lüneburg'); ad.SetAddr1('Fachbereich Sprachen')
ad.SetAddr2('Haagestraße 4'); ad.SetAddr3('21335 Lüneburg')
inv = Invoice(book, '2025-0093', EUR, c)
d = datetime.date(2025, 2, 17)
inv.SetDateOpened(d)
inv.SetBillingID('VHS-B-2025-114'); inv.SetNotes('Lieferung und Leistung im Februar 2025.')
for desc, q, p, tt in [('Lehrbuch "Deutsch kompakt A2", Klassensatz', '12', '24.90', t7),
                       ('Arbeitsheft "Deutsch kompakt A2"', '12', '9.80', t7),
                       ('Einweisung Lernplattform (Stunde)', '3', '75.00', t19)]:
    e = Entry(book, inv)
    e.SetDescription(desc); e.SetQuantity(num(q)); e.SetInvPrice(num(p))
    e.SetInvAccount(inc); e.SetInvTaxTable(tt); e.SetInvTaxIncluded(False); e.SetInvTaxable(True)
    e.SetDate(d); e.SetDateEntered(datetime.datetime.combine(d, datetime.time(9, 30)))
inv.PostToAccount(recv, d, datetime.date(2025, 3, 19), 'Posted', True, False)
print(inv.GetID(), inv.GetTotalSubtotal(), inv.GetTotalTax(), inv.GetTotal())
s.save(); s.end()
