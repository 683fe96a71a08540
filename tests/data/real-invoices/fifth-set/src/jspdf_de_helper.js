// jspdf-invoice-template-nodejs@1.4.40 with German labels set through its props (the package's documented way to
// change language: "all labels (and all text) can be set in the props object"); invoice data: helper.
const fs = require('fs');
const jsPDFInvoiceTemplate = require('jspdf-invoice-template-nodejs').default;
const rows = [
  [1, "Webhosting Business", "Jahrespaket 01.01.2025 - 31.12.2025, 50 GB SSD", "180,00", "1", "Jahr", "180,00"],
  [2, "Domain .de", "Registrierung und Verlängerung fotostudio-lange.de", "12,00", "1", "Jahr", "12,00"],
  [3, "Wartungsvertrag", "Updates und Backups WordPress, monatlich", "39,00", "12", "Monat", "468,00"],
  [4, "Einrichtung", "Umzug der bestehenden Website, einmalig", "95,00", "1", "pausch.", "95,00"],
];
var props = {
    outputType: "arraybuffer",
    returnJsPDFDocObject: true,
    fileName: "Rechnung 2025-0042",
    orientationLandscape: false,
    compress: true,
    business: {
        name: "Netzwerkstatt Krüger",
        address: "Hauptstraße 51, 04109 Leipzig",
        phone: "Tel. 0341 2289 310",
        email: "rechnung@netzwerkstatt-krueger.example",
        email_1: "USt-IdNr. DE318765432",
        website: "IBAN DE12 8605 5592 1090 2233 45",
    },
    contact: {
        label: "Rechnungsempfänger:",
        name: "Fotostudio Lange",
        address: "Karl-Liebknecht-Straße 120, 04275 Leipzig",
        phone: "Tel. 0341 3317 22",
        email: "info@fotostudio-lange.example",
        otherInfo: "Kundennummer 10087",
    },
    invoice: {
        label: "Rechnungsnummer: ",
        num: "2025-0042",
        invDate: "Leistungszeitraum: 01.01.2025 - 31.12.2025",
        invGenDate: "Rechnungsdatum: 08.01.2025",
        headerBorder: false,
        tableBodyBorder: false,
        header: [
          { title: "Pos.", style: { width: 10 } },
          { title: "Artikel", style: { width: 30 } },
          { title: "Beschreibung", style: { width: 80 } },
          { title: "Preis"},
          { title: "Menge"},
          { title: "Einheit"},
          { title: "Betrag"}
        ],
        table: rows,
        additionalRows: [{
            col1: 'Nettobetrag:', col2: '755,00', col3: 'EUR', style: { fontSize: 10 }
        },
        {
            col1: 'MwSt. 19 %:', col2: '143,45', col3: 'EUR', style: { fontSize: 10 }
        },
        {
            col1: 'Gesamtbetrag:', col2: '898,45', col3: 'EUR', style: { fontSize: 14 }
        }],
        invDescLabel: "Zahlungsbedingungen",
        invDesc: "Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto IBAN DE12 8605 5592 1090 2233 45 (Sparkasse Leipzig). Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.",
    },
    footer: {
        text: "Netzwerkstatt Krüger - Inhaber Tobias Krüger - Steuernummer 232/245/67890",
    },
    pageEnable: true,
    pageLabel: "Seite ",
};
const r = jsPDFInvoiceTemplate(props);
fs.writeFileSync(process.argv[2], Buffer.from(r.arrayBuffer));
console.log('pages', r.pagesNumber);
