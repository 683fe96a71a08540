// Helper-chosen data (not from the project): a credit note, run through the project's totalsCalculator adapter.
const k = require('factur-x-kit');
const line = (id, name, qty, unit, price, rate) => ({
  generalLineData: { lineId: id },
  productDescription: { name },
  productPriceAgreement: { productPricing: { basisPricePerItem: price } },
  delivery: { itemQuantity: { quantity: qty, unit } },
  settlement: { tax: { typeCode: k.TAX_TYPE_CODE.VALUE_ADDED_TAX_VAT, categoryCode: k.TAX_CATEGORY_CODES.STANDARD_RATE, rateApplicablePercent: rate } }
});
module.exports = k.totalsCalculator({
  profile: k.PROFILES.COMFORT,
  document: { id: 'GS-2024-0042', type: k.DOCUMENT_TYPE_CODES.CREDIT_NOTE, dateOfIssue: { year: 2024, month: 6, day: 3 }, currency: k.CURRENCY_CODES.Euro,
              notes: [{ content: 'Gutschrift für die Rücksendung beschädigter Ware aus Lieferung LS-7781.' }] },
  seller: {
    name: 'Buchhandlung Weber GmbH',
    postalAddress: { postcode: '50667', addressLineOne: 'Hohe Straße 41', city: 'Köln', country: k.COUNTRY_ID_CODES.GERMANY },
    taxIdentification: { vatId: 'DE814253967', localTaxId: '215/5812/3344' },
    tradeContact: [{ personName: 'Miriam Weber', telephoneNumber: '+49 221 123456', email: 'buchhaltung@weber-buch.example' }]
  },
  buyer: {
    id: 'K-20931',
    name: 'Stadtbibliothek Bonn',
    postalAddress: { postcode: '53111', addressLineOne: 'Mülheimer Platz 1', city: 'Bonn', country: k.COUNTRY_ID_CODES.GERMANY }
  },
  referencedDocuments: { orderReference: { documentId: 'BE-44/2024' },
                         referencedInvoice: [{ documentId: 'RE-2024-0815', issueDate: { year: 2024, month: 5, day: 14 } }] },
  paymentInformation: {
    paymentMeans: [{ paymentType: k.PAYMENT_MEANS_CODES.SEPA_credit_transfer, payeeBankAccount: { iban: 'DE02370501980001802057', bic: 'COLSDE33' } }],
    paymentTerms: { description: 'Der Gutschriftbetrag wird innerhalb von 14 Tagen auf Ihr Konto überwiesen.' }
  },
  totals: {},
  invoiceLines: [
    line('1', 'Sachbuch „Die Geschichte Kölns“ (beschädigt)', 3, k.UNIT_CODES.PIECE, 24.30, 7),
    line('2', 'Hörbuch-CD Box (Verpackung defekt)', 2, k.UNIT_CODES.PIECE, 18.49, 19),
    line('3', 'Versandkostenanteil', 1, k.UNIT_CODES.ONE, 5.90, 19)
  ]
});
