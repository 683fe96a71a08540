# Renders spree_print_invoice's order invoice (app/views/spree/printables/order/invoice.pdf.prawn and the
# shared partials, copied unchanged into ../src/spree_print_invoice) with Prawn + prawn-table (Debian),
# the way Spree::BookkeepingDocument#render_pdf does through prawn-rails: each partial is evaluated as
# Ruby with its locals, `prawn_document` builds a Prawn::Document from the PrintInvoice settings.
# Spree.t(key, scope:) = I18n.t(key, scope: [:spree, scope]); Spree::Money#to_s = Money#format with
# sign_before_symbol and Money.locale_backend = :i18n (as spree_core sets).  Model objects are plain
# stand-ins carrying helper data (data: helper); totals are computed like Spree (line total = price * qty,
# item_total = sum, order total = item_total + adjustments + shipment costs).
# Usage: ruby spree_render.rb OUT.pdf
require 'prawn'
require 'prawn/table'
require 'i18n'
require 'money'
require 'active_support/all'
require 'bigdecimal'
require 'ostruct'

SRC = File.expand_path('../src', __dir__)
VIEWS = File.join(SRC, 'spree_print_invoice/app/views')
I18n.load_path += [File.join(SRC, 'spree_print_invoice/config/locales/de.yml'),
                   File.join(SRC, 'spree_i18n-excerpt/de.yml'), File.join(SRC, 'rails-i18n-excerpt/de.yml')]
I18n.available_locales = [:de]
I18n.locale = :de
Money.locale_backend = :i18n
Money.rounding_mode = BigDecimal::ROUND_HALF_UP

module Spree
  def self.t(key, scope: nil, **opts) = I18n.t(key, scope: [:spree, scope].compact, **opts)
  class Money
    def initialize(amount, currency: 'EUR') = (@m = ::Money.from_amount(BigDecimal(amount.to_s), currency))
    def to_s = @m.format(sign_before_symbol: true)
  end
  module PrintInvoice
    # Settings as a shop admin would set them in the admin (defaults: LETTER landscape, no footer).
    Config = {
      logo_path: 'logo/spree_50.png', logo_scale: 50, page_size: 'A4', page_layout: 'portrait',
      font_face: 'Helvetica', font_size: 9, use_footer: true, use_page_numbers: true, next_number: 10237,
      return_message: 'Rückgaben sind innerhalb von 14 Tagen nach Erhalt der Ware möglich.',
      footer_left: "Grünfaden Naturmode – Inh. Jana Vogt\nKastanienweg 7, 79098 Freiburg im Breisgau\nSteuernummer 06471/23958\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
      footer_right: "Tel. 0761 4587120 – hallo@gruenfaden.de\nSparkasse Freiburg-Nördlicher Breisgau\nIBAN DE67 6805 0101 0012 3456 78\nBIC FRSPDE66XXX",
    }
  end
end
# Rails asset pipeline stand-in: Spree's default logo binary is not available -> the header's
# File.exist? check fails and no logo is drawn.
module Rails
  def self.application = OpenStruct.new(assets: OpenStruct.new(find_asset: nil).tap { |a|
    def a.find_asset(_) = OpenStruct.new(uri: 'file:///nonexistent/spree_50.png', filename: '/nonexistent/spree_50.png')
  })
end

class ViewContext
  def initialize(assigns) = assigns.each { |k, v| instance_variable_set("@#{k}", v) }
  def render(path, **locals)
    dir, base = File.split(path)
    file = File.join(VIEWS, dir, "_#{base}.pdf.prawn")
    eval_file(file, locals)
  end
  def render_template(path) = eval_file(File.join(VIEWS, "#{path}.pdf.prawn"), {})
  def prawn_document(force_download: false)
    c = Spree::PrintInvoice::Config
    pdf = Prawn::Document.new(page_size: c[:page_size], page_layout: c[:page_layout].to_sym, skip_page_creation: false,
                              info: { Title: 'Rechnung', Producer: 'Prawn' })
    yield pdf
    @output = pdf.render
  end
  attr_reader :output
  private
  def eval_file(file, locals)
    b = binding
    locals.each { |k, v| b.local_variable_set(k, v) }
    eval(File.read(file, encoding: 'UTF-8'), b, file)
  end
end

m = ->(x) { Spree::Money.new(x) }
addr = ->(h) { OpenStruct.new(h.merge(country: OpenStruct.new(name: h[:country]))) }
bill = addr.(firstname: 'Lena', lastname: 'Hoffmann', address1: 'Gohliser Straße 23', address2: '2. OG links',
             city: 'Leipzig', state_text: nil, zipcode: '04155', country: 'Germany', phone: '0341 2298841')
lines = [
  ['TEE-BIO-M-NAT', 'Bio-Baumwoll T-Shirt', 'Größe: M, Farbe: Natur', '24.90', 2],
  ['TASCHE-JUTE-01', 'Jutetasche Classic', '', '12.50', 1],
  ['SOCK-BAMB-3942', 'Bambus-Socken 3er-Pack', 'Größe: 39-42', '14.90', 1],
]
items = lines.map do |sku, name, opt, price, qty|
  total = BigDecimal(price) * qty
  OpenStruct.new(sku: sku, name: name, options_text: opt, quantity: qty, display_price: m.(price), display_total: m.(total), total: total)
end
item_total = items.sum(&:total)
adjustments = [OpenStruct.new(label: 'Promotion (Frühlingsrabatt)', amount: BigDecimal('-5.00'))]
adjustments.each { |a| a.display_amount = m.(a.amount) }
dhl = OpenStruct.new(name: 'DHL Paket')
shipments = [OpenStruct.new(shipping_method: dhl, cost: BigDecimal('4.99'), display_cost: m.('4.99'))]
total = item_total + adjustments.sum(&:amount) + shipments.sum(&:cost)
payments = [OpenStruct.new(source_type: 'Spree::CreditCard', number: 'P7KD2M9Q', updated_at: Time.new(2025, 3, 14, 9, 41),
                           amount: total.to_f, display_amount: m.(total))]
def payments.completed = self

doc = OpenStruct.new(
  document_type: 'order_invoice', number: Spree::PrintInvoice::Config[:next_number], date: Date.new(2025, 3, 14),
  bill_address: bill, ship_address: bill, shipping_methods: shipments.map(&:shipping_method).map(&:name),
  items: items, display_item_total: m.(item_total), adjustments: adjustments, shipments: shipments,
  display_total: m.(total), payments: payments,
)
v = ViewContext.new(doc: doc)
v.render_template('spree/printables/order/invoice')
File.binwrite(ARGV[0], v.output)
warn "item_total #{item_total.to_s('F')} total #{total.to_s('F')}"
