// Data copied unchanged from @rimiti/invoice-it 3.6.0 __tests__/invoice.js; only lang switched to 'fr'
// (documented: global.lang, locales en/fr shipped in src/config/locales).
const invoiceIt = require('@rimiti/invoice-it').default;
const variant = process.argv[2] || 'a';
const recipient = {
  company_name: 'Receiver company', first_name: 'Will', last_name: 'Jameson',
  street_number: '20', street_name: 'Rue Victor Hugo', zip_code: '77340',
  city: 'Pontault-Combault', country: 'France', phone: '06 00 00 00 00',
  mail: 'will.jameson@test.com',
};
const emitter = {
  name: 'Dim Solution', street_number: '15', street_name: 'Rue Jean Jaures',
  zip_code: '75012', city: 'Paris', country: 'France', phone: '01 00 00 00 00',
  mail: 'contact@dimsolution.com', website: 'www.dimsolution.com',
};
const article1 = { description: 'Apple - Macbook Pro', tax: 19.60, price: 952.09, qt: 3 };
const article2 = { description: 'Github licence', tax: 10, price: 79, qt: 1 };
const article3 = { description: 'Apple care 1 year', tax: 20, price: 100, qt: 3 };
invoiceIt.configure({ global: { lang: 'fr', date: new Date() } });
const invoice = invoiceIt.create(recipient, emitter);
let params = [];
if (variant === 'a') {
  invoice.article = [article1, article2];            // test 'Add multiple articles from array'
} else {
  invoice.article = [article1, article2];
  invoice.article = article3;                        // same test, third article added
  params = ['invoice_header_payment_reference', { key: 'invoice_header_paymentId_value', value: 'paymentRef' }]; // test 'Export ... with additional fields'
}
invoice.getInvoice(params).toHTML().toFile(`invoice-${variant}.html`).then(() => console.log('ok', invoice.getReferenceFromPattern ? '' : ''));
