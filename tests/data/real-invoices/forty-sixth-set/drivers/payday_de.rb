# payday with its own German locale (config/locales/payday.de.yml); data: helper.
require_relative '../src/payday/lib/payday'
I18n.load_path.concat(Dir[File.join(__dir__, '..', 'src', 'payday', 'config', 'locales', 'payday.de.yml')])
I18n.locale = :de
include Payday
Config.default.reset
Config.default.invoice_logo = ARGV[1]
Config.default.page_size = 'A4'
Config.default.currency = 'EUR'
Config.default.company_name = 'Lindner Webdesign GmbH'
Config.default.company_details = <<~DETAILS
  Hauptstraße 12
  04109 Leipzig
  Tel. 0341 555 0199
  USt-IdNr.: DE298765431
  IBAN: DE89 3704 0044 0532 0130 00
DETAILS
invoice = Invoice.new(
  invoice_number: 'RE-2025-0147',
  due_at: '28.03.2025',
  tax_rate: 19,
  tax_description: 'MwSt. 19 %:',
  invoice_details: [[I18n.t('payday.invoice.invoice_date'), '14.03.2025'], ['Kundennr.:', 'K-1032']],
  bill_to: "Bäckerei Hoffmann OHG\nKarl-Liebknecht-Str. 45\n04275 Leipzig",
  notes: 'Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.'
)
invoice.add_line_item(price: '85.00', quantity: 12, description: 'Webdesign, Stundensatz')
invoice.add_line_item(price: '14.90', quantity: 12, description: 'Hosting Paket M (monatlich)')
invoice.add_line_item(price: '249.00', quantity: 1, description: 'SSL-Zertifikat und Einrichtung')
invoice.render_pdf_to_file(ARGV[0])
