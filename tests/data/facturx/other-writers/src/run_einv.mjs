// usage: node run_einv.mjs NAME FORMAT [OUT.pdf]  -> NAME.out.pdf  (written by @e-invoice-eu/core)
import { InvoiceService } from '@e-invoice-eu/core';
import fs from 'node:fs';
const [name, format, outArg] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(`${name}.einv.json`, 'utf8'));
const page = fs.readFileSync(`${name}.page.pdf`);
const svc = new InvoiceService(console);
const out = await svc.generate(data, {
  format, lang: 'fr-fr',
  pdf: { buffer: new Uint8Array(page), filename: `${name}.pdf`, mimetype: 'application/pdf' },
});
fs.writeFileSync(outArg || `${name}.out.pdf`, out);
console.log(name, format, 'bytes', out.length);
