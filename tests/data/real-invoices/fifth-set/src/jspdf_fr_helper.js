// jspdf-invoice-template-nodejs@1.4.40 with French labels set through its props (the package's documented way to
// change language: "all labels (and all text) can be set in the props object"); invoice data: helper.
const fs = require('fs');
const jsPDFInvoiceTemplate = require('jspdf-invoice-template-nodejs').default;
const rows = [
  [1, "Audit SEO", "Audit technique et sémantique du site, rapport écrit", "85,00", "4", "heure", "340,00"],
  [2, "Rédaction", "Rédaction de fiches produits optimisées", "240,00", "2", "lot", "480,00"],
  [3, "Suivi mensuel", "Tableau de bord et recommandations, octobre 2025", "150,00", "1", "mois", "150,00"],
];
var props = {
    outputType: "arraybuffer",
    returnJsPDFDocObject: true,
    fileName: "Facture FA-2025-1187",
    orientationLandscape: false,
    compress: true,
    business: {
        name: "Clairement Web SAS",
        address: "12 rue Sainte-Catherine, 33000 Bordeaux",
        phone: "Tél. 05 56 12 34 56",
        email: "compta@clairement-web.example",
        email_1: "SIRET 534 781 208 00010",
        website: "TVA intracom. FR11534781208",
    },
    contact: {
        label: "Facturé à :",
        name: "Les Vins du Médoc SARL",
        address: "4 route de Soulac, 33250 Pauillac",
        phone: "Tél. 05 56 59 00 00",
        email: "achats@vins-medoc.example",
        otherInfo: "Bon de commande n° BC-7781",
    },
    invoice: {
        label: "Facture n° ",
        num: "FA-2025-1187",
        invDate: "Échéance : 14/12/2025",
        invGenDate: "Date de facture : 14/11/2025",
        headerBorder: false,
        tableBodyBorder: false,
        header: [
          { title: "N°", style: { width: 10 } },
          { title: "Prestation", style: { width: 30 } },
          { title: "Description", style: { width: 80 } },
          { title: "Prix HT"},
          { title: "Qté"},
          { title: "Unité"},
          { title: "Total HT"}
        ],
        table: rows,
        additionalRows: [{
            col1: 'Total HT :', col2: '970,00', col3: '€', style: { fontSize: 10 }
        },
        {
            col1: 'TVA 20 % :', col2: '194,00', col3: '€', style: { fontSize: 10 }
        },
        {
            col1: 'Total TTC :', col2: '1 164,00', col3: '€', style: { fontSize: 14 }
        }],
        invDescLabel: "Conditions de paiement",
        invDesc: "Paiement à 30 jours par virement : IBAN FR76 3000 4008 2800 0123 4567 841 - BIC BNPAFRPPXXX. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.",
    },
    footer: {
        text: "Clairement Web SAS au capital de 10 000 € - RCS Bordeaux 534 781 208",
    },
    pageEnable: true,
    pageLabel: "Page ",
};
const r = jsPDFInvoiceTemplate(props);
fs.writeFileSync(process.argv[2], Buffer.from(r.arrayBuffer));
console.log('pages', r.pagesNumber);
