# Reproduces payday's own spec "with some invoice details / renders an invoice correctly"
# (spec/invoice_spec.rb, webtranslateit/payday) -> spec/assets/testing.pdf. Data: project.
require_relative '../src/payday/lib/payday'
include Payday
Config.default.reset
Config.default.invoice_logo = ARGV[1]
invoice = Invoice.new({
  tax_rate: 0.1,
  notes: 'These are some crazy awesome notes <color rgb=\'888888\'>with color</color>!',
  invoice_number: 12,
  invoice_date: Date.civil(2011, 1, 1),
  due_at: Date.civil(2011, 1, 22),
  bill_to: "Alan Johnson\n101 This Way\nSomewhere, SC 22222",
  ship_to: "Frank Johnson\n101 That Way\nOther, SC 22229"
}.merge({ invoice_details: { 'Ordered By:' => 'Alan Johnson', 'Paid By:' => 'Dude McDude' } }))
Payday::Config.default.company_details = <<-DETAILS
            10 This Way
            Manhattan, NY 10001
            800-111-2222
            awesome@awesomecorp.com
          DETAILS
invoice.line_items += [
  LineItem.new(price: 20, quantity: 5, description: 'Pants'),
  LineItem.new(price: 10, quantity: 3, description: 'Shirts'),
  LineItem.new(price: 5, quantity: 200, description: 'Hats')
] * 30
invoice.render_pdf_to_file(ARGV[0])
