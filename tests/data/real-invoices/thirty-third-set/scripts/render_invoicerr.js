// Render invoicerr's backend/src/modules/invoices/templates/base.template.ts the way
// InvoicesService.getInvoicePdf() does (commit 118da401): Handlebars.compile(baseTemplate),
// the same context mapping (toFixed(2) amounts, line total = qty*unit*(1+vat/100), labels from
// PDFConfig), then puppeteer page.pdf({format:'A4', printBackground:true}) with Debian's chromium.
// usage: node render_invoicerr.js data.json out.pdf [out.html]
const fs = require('fs'); const path = require('path');
const Handlebars = require('handlebars'); const puppeteer = require('puppeteer-core');
const src = fs.readFileSync(path.join(__dirname, '../src/invoicerr/base.template.ts'), 'utf8');
const baseTemplate = src.slice(src.indexOf('`') + 1, src.lastIndexOf('`'));
const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function getInvertColor(hex) {            // copied logic of backend/src/utils/pdf.ts
  let h = hex.replace(/^#/, ''); if (h.length === 3) h = h.split('').map(c => c + c).join('');
  const r = parseInt(h.slice(0, 2), 16), g = parseInt(h.slice(2, 4), 16), b = parseInt(h.slice(4, 6), 16);
  return 0.299 * r + 0.587 * g + 0.114 * b > 186 ? '#000000' : '#ffffff';
}
function formatDate(company, iso) {        // date-fns format(date, company.dateFormat) for dd/MM/yyyy
  const [y, m, dd] = iso.split('-'); if (company.dateFormat !== 'dd/MM/yyyy') throw new Error('fmt');
  return `${dd}/${m}/${y}`;
}
const company = d.company, pdfConfig = d.pdfConfig, inv = d.invoice;
const isVatExemptFrance = !!(company.exemptVat && (company.country || '').toUpperCase() === 'FRANCE');
const items = inv.items.map(i => ({ ...i, vatRate: isVatExemptFrance ? 0 : (i.vatRate || 0) }));
// totals as stored at creation (calculateDiscountedTotals, no discount here)
const r2 = x => Math.round(x * 100) / 100;
const totalHT = r2(items.reduce((s, i) => s + i.quantity * i.unitPrice, 0));
const totalVAT = r2(items.reduce((s, i) => s + i.quantity * i.unitPrice * i.vatRate / 100, 0));
const totalTTC = r2(totalHT + totalVAT);
console.error(`net ${totalHT.toFixed(2)} tax ${totalVAT.toFixed(2)} total ${totalTTC.toFixed(2)}`);
const paymentMethodLabels = { BANK_TRANSFER: pdfConfig.paymentMethodBankTransfer, PAYPAL: pdfConfig.paymentMethodPayPal,
  CASH: pdfConfig.paymentMethodCash, CHECK: pdfConfig.paymentMethodCheck, OTHER: pdfConfig.paymentMethodOther };
const itemTypeLabels = { HOUR: pdfConfig.hour, DAY: pdfConfig.day, DEPOSIT: pdfConfig.deposit, SERVICE: pdfConfig.service, PRODUCT: pdfConfig.product };
const subtotalBeforeDiscount = items.reduce((s, i) => s + i.quantity * i.unitPrice, 0);
const L = k => pdfConfig[k];
const html = Handlebars.compile(baseTemplate)({
  isDraft: inv.status === 'DRAFT', draftLabel: 'BROUILLON',
  number: inv.rawNumber, date: formatDate(company, inv.createdAt), dueDate: formatDate(company, inv.dueDate),
  company, client: d.client, currency: inv.currency,
  items: items.map(i => ({ name: i.name, description: i.description,
    quantity: Number.isInteger(i.quantity) ? i.quantity.toString() : i.quantity.toFixed(3).replace(/\.?0+$/, ''),
    unitPrice: i.unitPrice.toFixed(2), vatRate: (i.vatRate || 0).toFixed(2),
    totalPrice: (i.quantity * i.unitPrice * (1 + (i.vatRate || 0) / 100)).toFixed(2),
    type: itemTypeLabels[i.type] || i.type })),
  totalHT: totalHT.toFixed(2), totalVAT: totalVAT.toFixed(2), totalTTC: totalTTC.toFixed(2),
  subtotalBeforeDiscount: subtotalBeforeDiscount.toFixed(2), discountAmount: '0.00', discountRate: 0, hasDiscount: false,
  vatExemptText: isVatExemptFrance ? 'TVA non applicable, art. 293 B du CGI' : null,
  paymentMethod: paymentMethodLabels[inv.paymentMethodType] || inv.paymentMethodType, paymentDetails: inv.paymentDetails,
  fontFamily: pdfConfig.fontFamily ?? 'Inter', primaryColor: pdfConfig.primaryColor ?? '#0ea5e9',
  secondaryColor: pdfConfig.secondaryColor ?? '#f3f4f6', tableTextColor: getInvertColor(pdfConfig.secondaryColor),
  padding: pdfConfig.padding ?? 40, includeLogo: false, logoB64: '',
  noteExists: !!inv.notes, notes: (inv.notes || '').replace(/\n/g, '<br>'),
  labels: Object.fromEntries(['invoice', 'dueDate', 'billTo', 'description', 'type', 'quantity', 'unitPrice', 'vatRate',
    'subtotal', 'discount', 'total', 'vat', 'grandTotal', 'date', 'notes', 'paymentMethod', 'paymentDetails', 'legalId',
    'VATId', 'hour', 'day', 'deposit', 'service', 'product'].map(k => [k, L(k)])),
});
if (process.argv[4]) fs.writeFileSync(process.argv[4], html);
(async () => {
  const browser = await puppeteer.launch({ headless: true, executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-setuid-sandbox'] });
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'networkidle0' });
  fs.writeFileSync(process.argv[3], await page.pdf({ format: 'A4', printBackground: true }));
  await browser.close();
})();
