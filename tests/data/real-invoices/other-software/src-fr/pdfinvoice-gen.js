// Payload = the README example of @h1dd3nsn1p3r/pdf-invoice 1.0.12, unchanged except:
//  - invoice.locale "es-ES" -> "fr-FR" (documented BCP 47 option) and the README's Spanish
//    config.string labels translated to French (documented "Custom labels" option);
//  - company.logo "<svg>...</svg>" (a placeholder, not valid SVG) omitted (documented optional);
//  - invoice.path set to the output file.
const { PDFInvoice } = require('@h1dd3nsn1p3r/pdf-invoice');
const payload = {
  company: {
    name: "Festrol Corp.",
    address: "1711 W. El Segundo Blvd, Hawthorne, Canada - 90250",
    phone: "Tel: (+11) 245 543 903",
    email: "Mail: hello@festrol.io",
    website: "Web: https://www.festrolcorp.io",
    taxId: "Tax ID: 1234567890",
    bank: "IBAN: 1234567890AC",
  },
  customer: {
    name: "John Doe",
    company: "Xero Inc.",
    address: "1234 Main Street, New York, NY 10001",
    phone: "Tel: (555) 555-5555",
    email: "Mail: joe@example.com",
    taxId: "Tax ID: 1234567890",
  },
  invoice: {
    number: 1721,
    date: "25/12/2023",
    dueDate: "25/12/2023",
    status: "Paid!",
    locale: "fr-FR",
    currency: "EUR",
    path: process.argv[2] || "./invoice.pdf",
    fee: 10,
    orderDiscount: 10,
  },
  items: [
    { name: "Cloud VPS Server - Starter Plan", quantity: 1, price: 400, discount: 19, tax: 0 },
    { name: "Domain Registration - example.com", quantity: 1, discount: 19, price: 20, tax: 0 },
    { name: "Maintenance Charge - Yearly", quantity: 1, discount: 0, price: 300, tax: 0 },
  ],
  qr: { data: "https://www.festrolcorp.io", width: 100 },
  note: { text: "Thank you for your business.", italic: false },
};
const config = {
  string: {
    invoice: "F A C T U R E",
    refNumber: "Référence",
    date: "Date",
    dueDate: "Date d'échéance",
    status: "Statut",
    billTo: "Facturer à",
    item: "Article",
    quantity: "Qté",
    price: "Prix",
    discount: "Remise",
    tax: "TVA",
    total: "Total",
    subTotal: "Sous-total",
    totalTax: "Total TVA",
    totalDiscount: "Remise totale",
    fee: "Frais",
    grandTotal: "Total général",
  },
};
new PDFInvoice(payload, config).create().then(p => console.log(p));
