// Helper-chosen data (not from the project), run through the project's documented totalsCalculator adapter.
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
  document: { id: 'FA-2024-0318', type: k.DOCUMENT_TYPE_CODES.COMMERCIAL_INVOICE, dateOfIssue: { year: 2024, month: 4, day: 12 }, currency: k.CURRENCY_CODES.Euro },
  seller: {
    name: 'Atelier Numérique Lefèvre SARL',
    specifiedLegalOrganization: { id: { id: '48314725200017', scheme: k.ISO6523_CODES.SIRET_CODE } },
    postalAddress: { postcode: '69002', addressLineOne: '14 rue de la République', city: 'Lyon', country: k.COUNTRY_ID_CODES.FRANCE },
    taxIdentification: { vatId: 'FR62483147252' },
    tradeContact: [{ personName: 'Claire Lefèvre', telephoneNumber: '+33 4 72 00 11 22', email: 'contact@atelier-lefevre.example' }]
  },
  buyer: {
    id: 'CL-0457',
    name: 'Boulangerie Martin & Fils',
    postalAddress: { postcode: '38000', addressLineOne: '3 place Grenette', city: 'Grenoble', country: k.COUNTRY_ID_CODES.FRANCE }
  },
  referencedDocuments: { orderReference: { documentId: 'BC-2024-117' } },
  delivery: { deliveryDate: { year: 2024, month: 4, day: 5 } },
  paymentInformation: {
    paymentMeans: [{ paymentType: k.PAYMENT_MEANS_CODES.SEPA_credit_transfer, payeeBankAccount: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' } }],
    paymentTerms: { description: 'Paiement à 30 jours fin de mois', dueDate: { year: 2024, month: 5, day: 31 } }
  },
  totals: {},
  invoiceLines: [
    line('1', 'Refonte du site vitrine (forfait)', 1, k.UNIT_CODES.ONE, 1850, 20),
    line('2', 'Séances de formation WordPress', 6, k.UNIT_CODES.HOUR, 75, 20),
    line('3', 'Hébergement annuel et nom de domaine', 1, k.UNIT_CODES.ONE, 240, 20)
  ]
});
