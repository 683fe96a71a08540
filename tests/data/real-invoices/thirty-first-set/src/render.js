// Driver: runs @rsc-labs/medusa-documents-v2's own i18next loader (plugin option
// document_language) and its own invoice templates (basic / basic-logo) on helper data.
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const base = path.resolve(__dirname, '../build/package/.medusa/server/src/modules/documents');
const loader = require(path.join(base, 'loaders/i18next.js')).default;
const { generateInvoice } = require(path.join(base, 'services/generators/invoice-generator.js'));
const { InvoiceTemplateKind } = require(path.join(base, 'types/template-kind.js'));

async function main() {
  const [dataFile, outFile] = process.argv.slice(2);
  const d = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  await loader({ container: null, options: d.options });
  // The loader's own step for options.document_language does `await import(<json>)` without an
  // import attribute, which Node 20 rejects ("Fallback to en"). Do what it intends: add the
  // package's shipped locales/<lang>/translation.json to the same i18next instance and switch to it.
  const lang = d.options && d.options.document_language;
  if (lang) {
    const i18next = createRequire(path.join(base, 'loaders/i18next.js'))('i18next');
    const tr = JSON.parse(fs.readFileSync(path.join(base, 'assets/i18n/locales', lang, 'translation.json'), 'utf8'));
    i18next.addResourceBundle(lang, 'translation', tr);
    await i18next.changeLanguage(lang);
  }
  const settings = d.settings;
  if (d.logoFile) {
    settings.storeLogoSource = 'data:image/png;base64,' +
      fs.readFileSync(path.resolve(path.dirname(dataFile), d.logoFile)).toString('base64');
  }
  const invoice = { ...d.invoice, created_at: new Date(d.invoice.created_at) };
  const buf = await generateInvoice(InvoiceTemplateKind[d.kind], settings, invoice, d.order);
  fs.writeFileSync(outFile, buf);
}
main().catch(e => { console.error(e); process.exit(1); });
