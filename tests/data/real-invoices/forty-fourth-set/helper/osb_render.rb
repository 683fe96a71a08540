# Helper-authored driver: renders Open Source Billing's own ERB templates
# (src/open-source-billing/pdf_invoice.html.erb inside layouts/pdf_mode.html.erb) with plain
# Ruby ERB, stub model objects holding helper data, the project's fr.yml strings and Rails'
# number_to_currency semantics. usage: ruby osb_render.rb data.yml out.html
# ActiveSupport's present? (Object#present? = !blank?)
class Object; def blank?; respond_to?(:empty?) ? empty? : !self; end; def present?; !blank?; end; end
require 'erb'; require 'yaml'; require 'ostruct'; require 'bigdecimal'; require 'date'
SRC = File.expand_path('../src/open-source-billing', __dir__)
data = YAML.load_file(ARGV[0], permitted_classes: [Date])
LOCALE = YAML.load_file(File.join(SRC, data['locale_file']))
LANG = LOCALE.keys.first

class Invoice; def self.model_name; OpenStruct.new(singular: 'invoice'); end; end
class Payment; def self.invoice_paid_amount(id); $paid; end; end

class View
  def initialize(invoice); @invoice = invoice; end
  def t(key)
    v = key.to_s.split('.').inject(LOCALE[LANG]) { |h, k| h.is_a?(Hash) ? h[k] : nil }
    v.nil? ? "translation missing: #{LANG}.#{key}" : v
  end
  # ActionView::Helpers::NumberHelper#number_to_currency with the locale's number.currency.format
  def number_to_currency(num, opts = {})
    f = LOCALE[LANG]['number']['currency']['format']
    unit = opts.key?(:unit) ? opts[:unit] : f['unit']
    s = format("%.#{f['precision']}f", BigDecimal(num.to_s).round(f['precision'], BigDecimal::ROUND_HALF_UP))
    int, dec = s.split('.')
    neg = int.start_with?('-'); int = int.delete('-')
    int = int.reverse.scan(/\d{1,3}/).join(f['delimiter']).reverse
    n = (neg ? '-' : '') + int + (dec ? f['separator'] + dec : '')
    f['format'].gsub('%u', unit.to_s).gsub('%n', n)
  end
  def wicked_pdf_image_tag(*a); ''; end   # logo image not available (see README)
  def wicked_pdf_stylesheet_link_tag(*a)
    "<style type=\"text/css\">\n" + File.read(File.expand_path('osb_base.css', __dir__)) +
      File.read(File.join(SRC, 'pdf.excerpt.css')) + "</style>"
  end
  def action_name; 'show'; end
  def get_binding; binding; end
end
module Rails; def self.root; Pathname.new('/osb'); end; end
require 'pathname'

d = data['invoice']
$paid = BigDecimal(d['paid'].to_s)
items = d['items'].map { |i| OpenStruct.new(item_name: i['name'], item_description: i['description'],
  item_unit_cost: BigDecimal(i['unit_cost'].to_s), item_quantity: BigDecimal(i['quantity'].to_s), tax_pct: i['tax_pct'], tax_name: i['tax_name']) }
sub_total = items.sum { |li| li.item_unit_cost * li.item_quantity }
# Invoice#tax_detail_with_discount: per-line tax amounts summed under "name pct%"
taxes = Hash.new(0)
items.each { |li| next unless li.tax_name; taxes["#{li.tax_name} #{li.tax_pct.to_s.gsub('.0', '')}%"] += li.item_unit_cost * li.item_quantity * BigDecimal(li.tax_pct.to_s) / 100 }
tax_total = taxes.values.sum(BigDecimal(0))
inv = OpenStruct.new(
  client: OpenStruct.new(organization_name: d['client']), company: OpenStruct.new(company_name: d['company']),
  invoice_number: d['number'], invoice_date: d['invoice_date'], due_date: d['due_date'], term: d['term'],
  status: d['status'], currency: OpenStruct.new(code: d['currency_code'], unit: d['currency_unit']),
  invoice_line_items: items, invoice_tasks: [], discount_percentage: nil, tax: nil,
  sub_total: sub_total, invoice_total: (sub_total + tax_total).round(2), id: 1)
inv.define_singleton_method(:tax_detail_with_discount) { taxes }
view = View.new(inv)
body = ERB.new(File.read(File.join(SRC, 'pdf_invoice.html.erb'))).result(view.get_binding)
layout = File.read(File.join(SRC, 'pdf_mode.html.erb'))
# `yield` in the layout: emulate by rendering the layout with a block
class View; def proc_binding(&blk); binding; end; end
html = view.instance_eval { @__b = body; ERB.new(layout).result(proc_binding { @__b }) }
File.write(ARGV[1], html)
