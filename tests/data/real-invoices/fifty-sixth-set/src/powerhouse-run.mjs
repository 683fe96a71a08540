// Driver for @powerhousedao/contributor-billing@1.1.2: renders the package's own
// dist/editors/invoice/InvoicePDF.js (the component the invoice editor passes to
// PDFDownloadLink) with @react-pdf/renderer's renderToFile. Line-item fields are derived
// the way the package's reducer (dist/document-models/invoice/src/reducers/items.js) does.
// Data: helper. usage: node powerhouse-run.mjs <pkgdir> <case.json> <out.pdf>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import React from 'react';
import { renderToFile } from '@react-pdf/renderer';
const [pkgdir, casefile, outpdf] = process.argv.slice(2);
const c = JSON.parse(fs.readFileSync(casefile, 'utf8'));
const { InvoicePDF } = await import(pathToFileURL(path.join(pkgdir, 'dist/editors/invoice/InvoicePDF.js')).href);
// remaining fields as in the model's initialValue (gen/document-model.js)
const init = { status: 'DRAFT', invoiceNo: '', dateIssued: null, dateDue: null, dateDelivered: null, currency: '',
  lineItems: [], totalPriceTaxExcl: 0, totalPriceTaxIncl: 0, notes: null, rejections: [], payments: [], payAfter: null,
  invoiceTags: [], exported: { timestamp: null, exportedLineItems: [] }, closureReason: null };
const state = { ...init, ...c.invoice };
state.lineItems = c.invoice.lineItems.map((it, i) => {
  const unitPriceTaxIncl = Math.round(it.unitPriceTaxExcl * (1 + it.taxPercent / 100) * 100) / 100;
  return { id: String(i + 1), currency: state.currency, ...it, unitPriceTaxIncl,
           totalPriceTaxExcl: it.quantity * it.unitPriceTaxExcl, totalPriceTaxIncl: it.quantity * unitPriceTaxIncl };
});
state.totalPriceTaxExcl = state.lineItems.reduce((t, l) => t + l.quantity * l.unitPriceTaxExcl, 0);
state.totalPriceTaxIncl = state.lineItems.reduce((t, l) => t + l.quantity * l.unitPriceTaxIncl, 0);
await renderToFile(React.createElement(InvoicePDF, { invoice: state, fiatMode: true }), outpdf);
console.log('wrote', outpdf, state.totalPriceTaxExcl, state.totalPriceTaxIncl);
