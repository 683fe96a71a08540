# Steps and data of trytond account_invoice 6.0 tests/scenario_invoice.rst ("Create company" ..
# "Post invoice", then "Credit invoice" without refund), run with the French translation loaded
# (ir.lang 'fr' 'Load translations' button + customer party.lang 'fr', Tryton's own i18n), and the invoice report
# converted to PDF by Tryton's report engine (ir.action.report extension 'pdf' -> soffice).
import datetime, sys
from decimal import Decimal
from proteus import Model, Wizard, Report
from trytond.tests.tools import _get_config
from trytond.tests.test_tryton import drop_create
from trytond.modules.company.tests.tools import create_company, get_company
from trytond.modules.account.tests.tools import create_fiscalyear, \
    create_chart, get_accounts, create_tax, create_tax_code
from trytond.modules.account_invoice.tests.tools import \
    set_fiscalyear_invoice_sequences

today = datetime.date.today()
drop_create()
config = _get_config()
Module = Model.get('ir.module')
Module.click(Module.find([('name', '=', 'account_invoice')]), 'activate')
Wizard('ir.module.activate_upgrade').execute('upgrade')
Lang = Model.get('ir.lang')
fr, = Lang.find([('code', '=', 'fr')])
fr.click('load_translations')   # ir.lang button: loads the .po files of the activated modules
# invoice report output as PDF (set before posting: posted invoices cache their report)
ActionReport = Model.get('ir.action.report')
rep, = ActionReport.find([('report_name', '=', 'account.invoice')])
rep.extension = 'pdf'
rep.save()

# Create company
_ = create_company()
company = get_company()
tax_identifier = company.party.identifiers.new()
tax_identifier.type = 'eu_vat'
tax_identifier.code = 'BE0897290877'
company.party.save()
# Create fiscal year
fiscalyear = set_fiscalyear_invoice_sequences(create_fiscalyear(company))
fiscalyear.click('create_period')
# Create chart of accounts
_ = create_chart(company)
accounts = get_accounts(company)
receivable = accounts['receivable']; revenue = accounts['revenue']
expense = accounts['expense']; account_tax = accounts['tax']; account_cash = accounts['cash']
# Create tax
tax = create_tax(Decimal('.10'))
tax.save()
for a, b in [('base', 'invoice'), ('tax', 'invoice'), ('base', 'credit'), ('tax', 'credit')]:
    create_tax_code(tax, a, b).save()
# Create party
Party = Model.get('party.party')
party = Party(name='Party')
party.lang = Lang(fr.id)   # customer language French: invoice.fodt does set_lang(invoice.party.lang)
party.save()
# Create account category
ProductCategory = Model.get('product.category')
account_category = ProductCategory(name="Account Category")
account_category.accounting = True
account_category.account_expense = expense
account_category.account_revenue = revenue
account_category.customer_taxes.append(tax)
account_category.save()
# Create product
ProductUom = Model.get('product.uom')
unit, = ProductUom.find([('symbol', '=', 'u')])
ProductTemplate = Model.get('product.template')
template = ProductTemplate()
template.name = 'product'
template.default_uom = unit
template.type = 'service'
template.list_price = Decimal('40')
template.account_category = account_category
template.save()
product, = template.products
# Create payment term
PaymentTerm = Model.get('account.invoice.payment_term')
payment_term = PaymentTerm(name='Term')
line = payment_term.lines.new(type='percent', ratio=Decimal('.5'))
delta, = line.relativedeltas
delta.days = 20
line = payment_term.lines.new(type='remainder')
delta = line.relativedeltas.new(days=40)
payment_term.save()
# Create invoice
Invoice = Model.get('account.invoice')
InvoiceLine = Model.get('account.invoice.line')
invoice = Invoice()
invoice.party = party
invoice.payment_term = payment_term
line = InvoiceLine(); invoice.lines.append(line)
line.product = product; line.quantity = 5; line.unit_price = Decimal('40')
line = InvoiceLine(); invoice.lines.append(line)
line.account = revenue; line.description = 'Test'; line.quantity = 1; line.unit_price = Decimal(20)
assert invoice.untaxed_amount == Decimal('220.00') and invoice.tax_amount == Decimal('20.00')
invoice.save()
# Post invoice
invoice.click('post')
print('invoice', invoice.number, invoice.invoice_date, invoice.untaxed_amount, invoice.tax_amount, invoice.total_amount)
# Credit invoice (scenario uses with_refund=True; here without refund so the credit note is a normal posted document)
credit = Wizard('account.invoice.credit', [invoice])
credit.form.with_refund = False
credit.form.invoice_date = invoice.invoice_date
credit.execute('credit')
credit_note, = Invoice.find([('type', '=', 'out'), ('id', '!=', invoice.id)])
credit_note.click('post')
print('credit', credit_note.number, credit_note.invoice_date, credit_note.untaxed_amount, credit_note.tax_amount, credit_note.total_amount)
# Report as PDF
report = Report('account.invoice')
for rec, name in [(invoice, 'invoice'), (credit_note, 'credit_note')]:
    ext, content, _, title = report.execute([rec], {})
    with open(f'tryton-{name}.{ext}', 'wb') as f:
        f.write(content)
    print(name, ext, title)
