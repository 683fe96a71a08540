# payday with its own French locale (lib/payday/locale/fr.yml); a paid invoice so that the
# locale prints "Numéro de facture" (unpaid ones are labelled "facture proforma"); data: helper.
require_relative '../src/payday/lib/payday'
I18n.locale = :fr
include Payday
Config.default.reset
Config.default.invoice_logo = ARGV[1]
Config.default.page_size = 'A4'
Config.default.currency = 'EUR'
Config.default.date_format = '%d/%m/%Y'
Config.default.company_name = 'Atelier Duval SARL'
Config.default.company_details = <<~DETAILS
  8 rue des Tanneurs
  69002 Lyon
  SIRET : 812 345 676 00017
  TVA intracom. : FR19812345676
  IBAN : FR76 3000 4000 0312 3456 7890 143
DETAILS
invoice = Invoice.new(
  invoice_number: 'F2025-0389',
  paid_at: Date.civil(2025, 6, 20),
  tax_rate: 20,
  tax_description: 'TVA 20 % :',
  invoice_details: [['Date de facture :', '02/06/2025']],
  bill_to: "Librairie Martin\n14 place Bellecour\n69002 Lyon"
)
invoice.add_line_item(price: '320.00', quantity: 2, description: 'Restauration de reliure cuir')
invoice.add_line_item(price: '45.50', quantity: 6, description: 'Dorure à chaud, titre')
invoice.add_line_item(price: '18.00', quantity: 1, description: 'Emballage et expédition')
invoice.render_pdf_to_file(ARGV[0])
