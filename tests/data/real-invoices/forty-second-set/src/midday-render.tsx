// Helper driver: renders midday's packages/invoice PDF template (@react-pdf/renderer) the way
// midday's API does (renderToBuffer(await PdfTemplate(invoice))), with amounts from the package's
// own utils/calculate.ts calculateTotal(). Labels/locale/dateFormat are midday template settings
// (user-editable in midday's invoice settings); the data is the helper's.
import { Font, renderToBuffer } from "@react-pdf/renderer";
import fs from "fs";
import { PdfTemplate } from "./midday/packages/invoice/src/templates/pdf/index";
import { calculateTotal } from "./midday/packages/invoice/src/utils/calculate";
import { DEFAULT_TEMPLATE } from "./midday/packages/invoice/src/defaults";

const WORK = process.env.WORK!;
// "Inter" is used by midday's format.tsx/description.tsx; registered here from @fontsource/inter
Font.register({
  family: "Inter",
  fonts: [400, 500, 600].map((w) => ({ src: `${WORK}/node_modules/@fontsource/inter/files/inter-latin-${w}-normal.woff`, fontWeight: w })),
});

const p = (...lines: string[]) => ({
  type: "doc",
  content: [{ type: "paragraph", content: lines.flatMap((t, i) => (i ? [{ type: "hardBreak" }, { type: "text", text: t }] : [{ type: "text", text: t }])) }],
});

type Doc = { template: any; invoice: any };
const docs: Record<string, Doc> = {};

function build(name: string, template: any, inv: any) {
  const t = { ...DEFAULT_TEMPLATE, ...template };
  const r = calculateTotal({ lineItems: inv.lineItems, taxRate: t.taxRate, vatRate: t.vatRate, discount: inv.discount ?? 0, includeVat: t.includeVat, includeTax: t.includeTax });
  docs[name] = { template: t, invoice: { ...inv, template: t, amount: r.total, vat: r.vat, tax: r.tax, subtotal: r.subTotal } };
}

// en-03: default English labels, en-GB / GBP, VAT 20 %
build("en-03", { locale: "en-GB", currency: "GBP", includeVat: true, vatRate: 20, includeDecimals: true }, {
  invoiceNumber: "INV-0042", issueDate: "2025-04-03T00:00:00.000Z", dueDate: "2025-05-03T00:00:00.000Z", currency: "GBP",
  token: "demo-en-03",
  fromDetails: p("Harbour Lane Analytics Ltd", "22 Quayside", "Newcastle upon Tyne NE1 3DX", "United Kingdom", "VAT Reg. No. GB 123 4567 89"),
  customerDetails: p("Pennine Freight plc", "Unit 4, Calder Park", "Wakefield WF2 7AW", "United Kingdom"),
  lineItems: [
    { name: "Dashboard development (March)", quantity: 6, price: 450 },
    { name: "Data warehouse hosting", quantity: 1, price: 180 },
    { name: "Support retainer", quantity: 1, price: 295.5 },
  ],
  paymentDetails: p("Bank: Northumbria Bank", "Sort code: 40-47-84", "Account: 70872490", "IBAN: GB33BUKB20201555555555"),
  noteDetails: p("Thank you for your business."),
});

// de-01: German labels typed into midday's label fields, de-DE / EUR, USt. 19 %
build("de-01", {
  title: "Rechnung", fromLabel: "Von", customerLabel: "An", invoiceNoLabel: "Rechnungsnr.", issueDateLabel: "Rechnungsdatum",
  dueDateLabel: "Fällig am", descriptionLabel: "Beschreibung", quantityLabel: "Menge", priceLabel: "Einzelpreis", totalLabel: "Betrag",
  totalSummaryLabel: "Gesamtbetrag", vatLabel: "USt.", subtotalLabel: "Nettobetrag", taxLabel: "Steuer", discountLabel: "Rabatt",
  paymentLabel: "Zahlungsinformationen", noteLabel: "Hinweis",
  locale: "de-DE", currency: "EUR", dateFormat: "dd.MM.yyyy", includeVat: true, vatRate: 19, includeDecimals: true,
}, {
  invoiceNumber: "RE-2025-0318", issueDate: "2025-06-12T00:00:00.000Z", dueDate: "2025-06-26T00:00:00.000Z", currency: "EUR",
  token: "demo-de-01",
  fromDetails: p("Kranich Softwareentwicklung GmbH", "Schanzenstraße 41", "20357 Hamburg", "USt-IdNr.: DE123456789"),
  customerDetails: p("Bäckerei Lindner KG", "Am Markt 7", "24103 Kiel"),
  lineItems: [
    { name: "Kassensystem-Anbindung (Pauschale)", quantity: 1, price: 1250 },
    { name: "Schulung vor Ort (Stunden)", quantity: 4, price: 95 },
    { name: "Wartungsvertrag Juni", quantity: 1, price: 149.9 },
  ],
  paymentDetails: p("Hamburger Sparkasse", "IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX"),
  noteDetails: p("Bitte geben Sie bei der Zahlung die Rechnungsnummer an."),
});

// fr-01: French labels typed into midday's label fields, fr-FR / EUR, TVA 20 %
// (amounts kept below 1000: fr-FR grouping uses U+202F, which the standard Helvetica font of the template cannot show)
build("fr-01", {
  title: "Facture", fromLabel: "Émetteur", customerLabel: "Client", invoiceNoLabel: "N° de facture", issueDateLabel: "Date de facture",
  dueDateLabel: "Échéance", descriptionLabel: "Désignation", quantityLabel: "Quantité", priceLabel: "Prix unitaire HT", totalLabel: "Montant HT",
  totalSummaryLabel: "Total TTC", vatLabel: "TVA", subtotalLabel: "Total HT", taxLabel: "Taxe", discountLabel: "Remise",
  paymentLabel: "Règlement", noteLabel: "Remarque",
  locale: "fr-FR", currency: "EUR", dateFormat: "dd/MM/yyyy", includeVat: true, vatRate: 20, includeDecimals: true,
}, {
  invoiceNumber: "F2025-0087", issueDate: "2025-09-30T00:00:00.000Z", dueDate: "2025-10-30T00:00:00.000Z", currency: "EUR",
  token: "demo-fr-01",
  fromDetails: p("Atelier Garance SAS", "18 rue des Tanneurs", "69005 Lyon", "SIRET : 814 527 636 00017", "TVA intracom. : FR48814527636"),
  customerDetails: p("Librairie du Vieux-Port", "4 quai de Rive-Neuve", "13007 Marseille"),
  lineItems: [
    { name: "Identité visuelle (forfait)", quantity: 1, price: 480 },
    { name: "Déclinaison affiches A2", quantity: 3, price: 70 },
    { name: "Impression cartes de visite (lot de 250)", quantity: 2, price: 24.5 },
  ],
  paymentDetails: p("Virement bancaire", "IBAN : FR76 3000 6000 0112 3456 7890 189", "BIC : AGRIFRPP"),
  noteDetails: p("Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €."),
});

(async () => {
  for (const [name, d] of Object.entries(docs)) {
    if (process.argv[2] && process.argv[2] !== name) continue;
    const buf = await renderToBuffer(await PdfTemplate(d.invoice));
    fs.writeFileSync(`${process.env.OUT}/${name}.pdf`, buf);
    console.log(name, "subtotal", d.invoice.subtotal, "vat", d.invoice.vat, "total", d.invoice.amount);
  }
})();
