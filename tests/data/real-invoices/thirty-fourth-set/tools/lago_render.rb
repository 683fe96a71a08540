# Renders Lago's app/views/templates/invoices/v4/one_off.slim (copied unchanged into
# ../src/lago) with Slim, I18n (Lago's own locale files), Money and ISO3166, i.e. the
# same libraries Lago uses.  The model objects are plain Ruby stand-ins carrying the
# helper's data (data: helper); amounts are computed like Lago does (fee.amount =
# units * unit_amount, taxes per rate on the sum of fees, total = sub total incl. taxes).
# Usage: ruby lago_render.rb fr|de|fr-cn OUT.html   (fr-cn: credit note templates/credit_notes/credit_note.slim
# for one session of the fr invoice's 'Formation équipe' line, refunded)
require 'slim'
require 'i18n'
require 'money'
require 'countries'
require 'active_support/all'
require 'pathname'
require 'bigdecimal'

SRC = Pathname.new(File.expand_path('../src/lago', __dir__))
module Rails; def self.root = SRC; end
%w[money_helper tax_helper slim_helper line_break_helper].each { |h| require SRC.join("app/views/helpers/#{h}").to_s }

Money.locale_backend = :currency
Money.rounding_mode = BigDecimal::ROUND_HALF_UP
I18n.load_path += Dir[SRC.join('config/locales/**/*.yml').to_s]
I18n.available_locales = %i[fr de]
ISO3166.configure { |c| c.locale = :en } rescue nil
# Debian's countries gem (3.0) predates Country#common_name used by Lago (countries >= 4): shim it.
class ISO3166::Country; def common_name = data['name']; end unless ISO3166::Country.method_defined?(:common_name)

# A tiny ActiveRecord-relation stand-in: order(col: :asc|:desc), pluck(col), present?
class Rel < Array
  def order(h)
    col, dir = h.first
    r = sort_by { |o| o.public_send(col) }
    Rel.new(dir == :desc ? r.reverse : r)
  end
  def pluck(col) = map { |o| o.public_send(col) }
  def displayable = self
end

class Obj
  def initialize(h) = (@h = h)
  def method_missing(m, *a) = @h.key?(m) ? @h[m] : (m.to_s.end_with?('?') ? @h[m.to_s.chomp('?').to_sym] : nil)
  def respond_to_missing?(*) = true
end

def money(str, cur) = Money.from_amount(BigDecimal(str), cur)

DATA = {
  fr: {
    currency: 'EUR',
    number: 'ATE-4C1D-007-012',
    issuing_date: Date.new(2025, 3, 14), net_payment_term: 30,
    organization: { name: 'Atelier Numérique Lumen', legal_name: 'Atelier Numérique Lumen SAS',
                    legal_number: '85234719400023', address_line1: '18 rue des Tanneurs',
                    address_line2: 'Bâtiment B', zipcode: '69002', city: 'Lyon', country: 'FR',
                    email: 'facturation@lumen-atelier.fr', tax_identification_number: 'FR53852347194',
                    invoice_footer: 'Merci pour votre confiance. Paiement par virement à réception de facture.',
                    eu_tax_management: false, logo: nil },
    customer: { display_name: 'Boulangerie Martin & Fils SARL', legal_number: nil,
                address_line1: '5 place du Marché', address_line2: nil, zipcode: '38000',
                city: 'Grenoble', state: nil, country: 'FR', email: 'compta@boulangerie-martin.fr',
                tax_identification_number: 'FR83414563021' },
    tax: { tax_name: 'TVA', tax_code: 'tva_20', tax_rate: 20.0 },
    fees: [
      ['Mise en service', 'Paramétrage initial de la plateforme et import des données', '1', '450.00'],
      ['Formation équipe', 'Demi-journée de formation sur site', '2', '380.00'],
      ['Support premium', 'Forfait support prioritaire – 2e trimestre 2025', '1', '1200.00'],
    ],
  },
  de: {
    currency: 'EUR',
    number: 'NOR-9B7E-003-021',
    issuing_date: Date.new(2025, 6, 2), net_payment_term: 14,
    organization: { name: 'Nordlicht Analytics', legal_name: 'Nordlicht Analytics GmbH',
                    legal_number: 'HRB 204817', address_line1: 'Speicherstraße 12',
                    address_line2: nil, zipcode: '20457', city: 'Hamburg', country: 'DE',
                    email: 'rechnung@nordlicht-analytics.de', tax_identification_number: 'DE298765431',
                    invoice_footer: 'Bankverbindung: Hamburger Sparkasse, IBAN DE34 2005 0550 1234 5678 90, BIC HASPDEHHXXX',
                    eu_tax_management: false, logo: nil },
    customer: { display_name: 'Bäckerei Sommer KG', legal_number: nil,
                address_line1: 'Lindenallee 4', address_line2: nil, zipcode: '28195',
                city: 'Bremen', state: nil, country: 'DE', email: 'buchhaltung@baeckerei-sommer.de',
                tax_identification_number: 'DE811907980' },
    tax: { tax_name: 'MwSt.', tax_code: 'mwst_19', tax_rate: 19.0 },
    fees: [
      ['Onboarding-Paket', 'Einrichtung und Datenimport', '1', '1500.00'],
      ['Zusätzliche API-Aufrufe', 'Paket mit 100.000 Aufrufen', '3', '49.00'],
    ],
  },
}

mode = ARGV[0]
out = ARGV[1]
lang = mode.split('-').first.to_sym
d = DATA.fetch(lang)
I18n.locale = lang
cur = d[:currency]
tax = d[:tax]
fees = Rel.new(d[:fees].map do |name, desc, units, unit|
  amount = BigDecimal(units) * BigDecimal(unit)
  Obj.new(invoice_name: name, description: desc, units: BigDecimal(units).to_i.to_s,
          unit_amount: money(unit, cur), amount: Money.from_amount(amount, cur),
          applied_taxes: Rel.new([Obj.new(tax_rate: tax[:tax_rate])]))
end)
sub_ex = fees.map(&:amount).sum(Money.new(0, cur))
tax_amount = Money.from_amount((sub_ex.to_d * BigDecimal(tax[:tax_rate].to_s) / 100).round(2, half: :up), cur)
applied_tax = Obj.new(tax_name: tax[:tax_name], tax_code: tax[:tax_code], tax_rate: tax[:tax_rate],
                      taxable_amount: sub_ex, amount: tax_amount, applied_on_whole_invoice: false)
sub_in = sub_ex + tax_amount

ctx = Obj.new(
  document_invoice_name: I18n.t('invoice.document_name'),
  organization: Obj.new(d[:organization]),
  customer: Obj.new(d[:customer].merge(metadata: Rel.new)),
  number: d[:number], issuing_date: d[:issuing_date], net_payment_term: d[:net_payment_term],
  payment_due_date: d[:issuing_date] + d[:net_payment_term],
  total_amount: sub_in, one_off: true, fees: fees, currency: cur,
  sub_total_excluding_taxes_amount: sub_ex, applied_taxes: Rel.new([applied_tax]),
  sub_total_including_taxes_amount: sub_in, applied_invoice_custom_sections: Rel.new,
)
if mode == 'fr-cn'
  # Credit note (avoir) against the fr invoice: 1 x 'Formation équipe' (380.00 HT) refunded.
  cn_ex = money('380.00', cur)
  cn_tax = Money.from_amount((cn_ex.to_d * BigDecimal(tax[:tax_rate].to_s) / 100).round(2, half: :up), cur)
  cn_total = cn_ex + cn_tax
  item = Obj.new(fee: Obj.new(invoice_name: 'Formation équipe', true_up_parent_fee_id: false), amount: cn_ex,
                 applied_taxes: Rel.new([Obj.new(tax_rate: tax[:tax_rate])]))
  ctx = Obj.new(
    organization: Obj.new(d[:organization]), billing_entity: Obj.new(d[:organization]),
    customer: Obj.new(d[:customer].merge(metadata: Rel.new)), number: "#{d[:number]}-CN001", invoice: Obj.new(number: d[:number]), issuing_date: Date.new(2025, 3, 21),
    total_amount: cn_total, credited: false, refunded: true, for_credit_invoice: false, subscription_ids: [nil],
    add_on_items: Rel.new([item]), coupons_adjustment_amount_cents: 0, sub_total_excluding_taxes_amount: cn_ex,
    applied_taxes: Rel.new([Obj.new(tax_name: tax[:tax_name], tax_code: tax[:tax_code], tax_rate: tax[:tax_rate],
                                    base_amount: cn_ex, amount: cn_tax)]),
    applied_to_source_invoice: false, credit_amount: Money.new(0, cur), refund_amount: cn_total, currency: cur,
  )
  File.write(out, Slim::Template.new(SRC.join('app/views/templates/credit_notes/credit_note.slim').to_s).render(ctx))
  warn "fr-cn: HT #{cn_ex.to_d.to_s('F')} TVA #{cn_tax.to_d.to_s('F')} TTC #{cn_total.to_d.to_s('F')}"
  exit
end
html = Slim::Template.new(SRC.join('app/views/templates/invoices/v4/one_off.slim').to_s).render(ctx)
File.write(out, html)
warn "#{lang}: HT #{sub_ex.to_d.to_s('F')} TVA #{tax_amount.to_d.to_s('F')} TTC #{sub_in.to_d.to_s('F')}"
