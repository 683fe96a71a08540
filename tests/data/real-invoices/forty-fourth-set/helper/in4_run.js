// Helper-authored driver: runs Invoice Ninja v4's own pdfmake builder (src/invoiceninja4/*.js,
// copied verbatim) in a node vm with the browser globals it expects, then renders the resulting
// pdfmake document definition with npm pdfmake 0.1.72 (server-side PdfPrinter, Roboto fonts).
// usage: node in4_run.js <data.json> <out.pdf>
const fs = require('fs'), path = require('path'), vm = require('vm');
const NM = process.env.NM || path.join(__dirname, '..', 'work', 'node_modules');
const SRC = path.join(__dirname, '..', 'src', 'invoiceninja4');
const PdfPrinter = require(path.join(NM, 'pdfmake/src/printer'));
const accounting = require(path.join(NM, 'accounting'));

const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ctx = {
  console, parseFloat,   // (the vm context keeps its own Array/Object/JSON: NINJA.processItem relies on 'instanceof Array')
  accounting,
  isEdge: false,
  logoImages: {},
  // CurrenciesSeeder.php (ids in seeder order) and CountriesSeeder.php overrides
  currencies: [
    {id: 1, name: 'US Dollar', code: 'USD', symbol: '$', precision: '2', thousand_separator: ',', decimal_separator: '.'},
    {id: 2, name: 'British Pound', code: 'GBP', symbol: '£', precision: '2', thousand_separator: ',', decimal_separator: '.'},
    {id: 3, name: 'Euro', code: 'EUR', symbol: '€', precision: '2', thousand_separator: '.', decimal_separator: ','},
  ],
  countries: [
    {id: 276, name: 'Germany', swap_postal_code: true, swap_currency_symbol: true},
    {id: 250, name: 'France', swap_postal_code: true, swap_currency_symbol: true},
    {id: 826, name: 'United Kingdom', swap_postal_code: false, swap_currency_symbol: false},
  ],
  invoiceLabels: data.labels,
  $: { each: (o, f) => { for (const k in o) f(k, o[k]); }, extend: Object.assign },
};
ctx.window = ctx;
ctx.window.ninjaFontVfs = {};
vm.createContext(ctx);
for (const f of ['money_script.excerpt.js', 'script.excerpt.js', 'pdf.pdfmake.js'])
  vm.runInContext(fs.readFileSync(path.join(SRC, f), 'utf8'), ctx, {filename: f});

let dd = null;
ctx.pdfMake = { createPdf: (d) => { dd = d; return {}; }, vfs: {} };
const design = fs.readFileSync(path.join(SRC, data.design), 'utf8');
const invoice = data.invoice;
// what generatePDF() in script.js does:
vm.runInContext('GetPdfMake(calculateAmounts(__inv), __js)', Object.assign(ctx, {__inv: invoice, __js: design}));
if (process.env.DUMP_DD) fs.writeFileSync(process.env.DUMP_DD, JSON.stringify(dd, null, 1));

const fontDir = path.join(__dirname, '..', 'work', 'fonts');
const printer = new PdfPrinter({ Roboto: {
  normal: path.join(fontDir, 'Roboto-Regular.ttf'), bold: path.join(fontDir, 'Roboto-Medium.ttf'),
  italics: path.join(fontDir, 'Roboto-Italic.ttf'), bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf') } });
dd.info = { title: data.title || 'Invoice', creator: 'Invoice Ninja v4 design ' + data.design + ' via pdfmake' };
const doc = printer.createPdfKitDocument(dd);
doc.pipe(fs.createWriteStream(process.argv[3]));
doc.end();
