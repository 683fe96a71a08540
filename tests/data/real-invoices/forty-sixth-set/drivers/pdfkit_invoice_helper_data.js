// Calls PSPDFKit-labs/pdfkit-invoice's own createInvoice() with helper data (partly paid invoice).
const { createInvoice } = require("./createInvoice.js");
createInvoice({
  shipping: { name: "Harbor Street Dental", address: "77 Harbor Street", city: "Portland",
              state: "ME", country: "US", postal_code: 4101 },
  items: [
    { item: "LP-440", description: "Laser Printer LP-440", quantity: 1, amount: 34900 },
    { item: "TC 100", description: "Toner Cartridge", quantity: 4, amount: 12000 },
    { item: "SVC-HR", description: "On-site setup (hours)", quantity: 3, amount: 22500 }
  ],
  subtotal: 69400,
  paid: 20000,
  invoice_nr: 5821
}, "invoice.pdf");
