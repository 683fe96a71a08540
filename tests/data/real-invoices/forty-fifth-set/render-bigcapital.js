// Renders bigcapital's invoice-standard.pug with the project's default label attributes
// (defaultInvoicePdfTemplateAttributes) overlaid by helper data; output HTML for chromium.
const pug = require('pug');
const fs = require('fs');
const [,, dataFile, outFile] = process.argv;
const defaults = {
  primaryColor: 'red', secondaryColor: 'red',
  companyName: 'Bigcapital Technology, Inc.',
  showCompanyLogo: true, companyLogoKey: '', companyLogoUri: '',
  dueDateLabel: 'Date due', showDueDate: true,
  dateIssueLabel: 'Date of issue', showDateIssue: true,
  invoiceNumberLabel: 'Invoice number', showInvoiceNumber: true,
  showCustomerAddress: true, customerAddress: '',
  showCompanyAddress: true, companyAddress: '', billedToLabel: 'Billed To',
  lineItemLabel: 'Item', lineQuantityLabel: 'Qty', lineRateLabel: 'Rate', lineTotalLabel: 'Total',
  totalLabel: 'Total', subtotalLabel: 'Subtotal', discountLabel: 'Discount',
  paymentMadeLabel: 'Payment Made', balanceDueLabel: 'Balance Due',
  showTotal: true, showSubtotal: true, showDiscount: true, showTaxes: true,
  showPaymentMade: true, showDueAmount: true, showBalanceDue: true,
  discount: '0.00',
  termsConditionsLabel: 'Terms & Conditions', showTermsConditions: true,
  statementLabel: 'Statement', showStatement: true,
};
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const html = pug.renderFile(__dirname + '/src/bigcapital/modules/invoice-standard.pug', { ...defaults, ...data });
fs.writeFileSync(outFile, html);
