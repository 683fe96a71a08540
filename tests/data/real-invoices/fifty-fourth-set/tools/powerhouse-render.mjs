// Runs @powerhousedao/contributor-billing@1.1.2's own InvoicePDF component
// (dist/editors/invoice/InvoicePDF.js, @react-pdf/renderer) unchanged, with fiatMode=true,
// on an invoice object from a case JSON (data: helper), and writes the PDF it renders.
// usage: TZ=UTC LANG=C.UTF-8 node powerhouse-render.mjs <pkgdir> <case.json> <out.pdf>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
const [pkgdir, casefile, outpdf] = process.argv.slice(2);
const invoice = JSON.parse(fs.readFileSync(casefile, 'utf8'));
const { InvoicePDF } = await import(pathToFileURL(path.resolve(pkgdir, 'dist/editors/invoice/InvoicePDF.js')).href);
const require = createRequire(path.resolve(pkgdir, 'dist/editors/invoice/InvoicePDF.js'));
const React = (await import(pathToFileURL(require.resolve('react')).href)).default;
const { renderToFile } = await import(pathToFileURL(require.resolve('@react-pdf/renderer')).href);
await renderToFile(React.createElement(InvoicePDF, { invoice, fiatMode: true }), outpdf);
console.log('wrote', outpdf);
