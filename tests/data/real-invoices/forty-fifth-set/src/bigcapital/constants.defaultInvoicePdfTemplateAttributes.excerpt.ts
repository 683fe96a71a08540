// EXCERPT (not the whole file) from bigcapitalhq/bigcapital server Sales/Invoices constants
// (search-tool file id 6769095681); only the default PDF template attributes are copied.
export const defaultInvoicePdfTemplateAttributes = {
  primaryColor: 'red',
  secondaryColor: 'red',

  companyName: 'Bigcapital Technology, Inc.',

  showCompanyLogo: true,
  companyLogoKey: '',
  companyLogoUri: '',

  dueDateLabel: 'Date due',
  showDueDate: true,

  dateIssueLabel: 'Date of issue',
  showDateIssue: true,

  // # Invoice number,
  invoiceNumberLabel: 'Invoice number',
  showInvoiceNumber: true,

  // # Customer address
  showCustomerAddress: true,
  customerAddress: '',

  // # Company address
  showCompanyAddress: true,
  companyAddress: '',
  billedToLabel: 'Billed To',

  // Entries
  lineItemLabel: 'Item',
  lineQuantityLabel: 'Qty',
  lineRateLabel: 'Rate',
  lineTotalLabel: 'Total',

  totalLabel: 'Total',
  subtotalLabel: 'Subtotal',
  discountLabel: 'Discount',
  paymentMadeLabel: 'Payment Made',
  balanceDueLabel: 'Balance Due',

  // Totals
  showTotal: true,
  showSubtotal: true,
  showDiscount: true,
  showTaxes: true,
  showPaymentMade: true,
  showDueAmount: true,
  showBalanceDue: true,

  discount: '0.00',

  // Footer paragraphs.
  termsConditionsLabel: 'Terms & Conditions',
  showTermsConditions: true,

  lines: [
    {
      item: 'Simply dummy text',
      description: 'Simply dummy text of the printing and typesetting',
      rate: '1',
      quantity: '1000',
      total: '$1000.00',
    },
  ],
  taxes: [
    { label: 'Sample Tax1 (4.70%)', amount: '11.75' },
    { label: 'Sample Tax2 (7.00%)', amount: '21.74' },
  ],

  // # Statement
  statementLabel: 'Statement',
  showStatement: true,
};
