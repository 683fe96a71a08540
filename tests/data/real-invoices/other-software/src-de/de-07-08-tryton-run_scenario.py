# Runs the first part of trytond account_invoice's own test scenario
# (tests/scenario_invoice.rst, Debian tryton-modules-account-invoice 6.0.9),
# with its data unchanged, and prints the posted invoice and its credit note
# with the module's own report (invoice.fodt) converted to PDF by LibreOffice.
# Only change: German ("de") made translatable and set as the language of the
# company and customer parties, so the report is rendered with the module's
# own German translation (locale/de.po).
import datetime, sys
from decimal import Decimal
from proteus import Model, Wizard, Report
from trytond.tests.tools import activate_modules
from trytond.modules.company.tests.tools import create_company, get_company
from trytond.modules.account.tests.tools import create_fiscalyear, \
    create_chart, get_accounts, create_tax, create_tax_code
from trytond.modules.account_invoice.tests.tools import \
    set_fiscalyear_invoice_sequences
today = datetime.date.today()

config = activate_modules('account_invoice')

# --- language switch (helper) ---
Lang = Model.get('ir.lang')
de, = Lang.find([('code', '=', 'de')])
de.translatable = True
de.save()
de.click('load_translations')
# --------------------------------

_ = create_company()
company = get_company()
tax_identifier = company.party.identifiers.new()
tax_identifier.type = 'eu_vat'
tax_identifier.code = 'BE0897290877'
company.party.lang = de
company.party.save()

fiscalyear = set_fiscalyear_invoice_sequences(create_fiscalyear(company))
fiscalyear.click('create_period')
period = fiscalyear.periods[0]

_ = create_chart(company)
accounts = get_accounts(company)
receivable = accounts['receivable']
revenue = accounts['revenue']
expense = accounts['expense']
account_tax = accounts['tax']
account_cash = accounts['cash']

TaxCode = Model.get('account.tax.code')
tax = create_tax(Decimal('.10'))
tax.save()
for a, b in [('base', 'invoice'), ('tax', 'invoice'), ('base', 'credit'), ('tax', 'credit')]:
    create_tax_code(tax, a, b).save()

Party = Model.get('party.party')
party = Party(name='Party')
party.lang = de
party.save()

ProductCategory = Model.get('product.category')
account_category = ProductCategory(name="Account Category")
account_category.accounting = True
account_category.account_expense = expense
account_category.account_revenue = revenue
account_category.customer_taxes.append(tax)
account_category.save()

ProductUom = Model.get('product.uom')
unit, = ProductUom.find([('name', '=', 'Unit')])
ProductTemplate = Model.get('product.template')
template = ProductTemplate()
template.name = 'product'
template.default_uom = unit
template.type = 'service'
template.list_price = Decimal('40')
template.account_category = account_category
template.save()
product, = template.products

PaymentTerm = Model.get('account.invoice.payment_term')
payment_term = PaymentTerm(name='Term')
line = payment_term.lines.new(type='percent', ratio=Decimal('.5'))
delta, = line.relativedeltas
delta.days = 20
line = payment_term.lines.new(type='remainder')
delta = line.relativedeltas.new(days=40)
payment_term.save()

Invoice = Model.get('account.invoice')
InvoiceLine = Model.get('account.invoice.line')
invoice = Invoice()
invoice.party = party
invoice.payment_term = payment_term
line = InvoiceLine()
invoice.lines.append(line)
line.product = product
line.quantity = 5
line.unit_price = Decimal('40')
line = InvoiceLine()
invoice.lines.append(line)
line.account = revenue
line.description = 'Test'
line.quantity = 1
line.unit_price = Decimal(20)
# report as PDF (ir.action.report "extension" field; conversion by soffice)
ActionReport = Model.get('ir.action.report')
rep, = ActionReport.find([('report_name', '=', 'account.invoice')])
rep.extension = 'pdf'
rep.save()

invoice.save()
invoice.click('post')
assert invoice.total_amount == Decimal('240.00')


invoice_report = Report('account.invoice')
ext, content, _, name = invoice_report.execute([invoice], {})
with open(sys.argv[1] + '-invoice.' + ext, 'wb') as f: f.write(content)
print('invoice', invoice.number, invoice.invoice_date, ext)

credit = Wizard('account.invoice.credit', [invoice])
credit.form.with_refund = True
credit.form.invoice_date = invoice.invoice_date
credit.execute('credit')
credit_note, = Invoice.find([('type', '=', 'out'), ('id', '!=', invoice.id)])
ext, content, _, name = invoice_report.execute([credit_note], {})
with open(sys.argv[1] + '-credit.' + ext, 'wb') as f: f.write(content)
print('credit', credit_note.number, credit_note.invoice_date, credit_note.total_amount, ext)
