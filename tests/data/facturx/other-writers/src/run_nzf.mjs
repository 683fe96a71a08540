// usage: node run_nzf.mjs NAME -> NAME.out.pdf  (written by node-zugferd, BASIC profile)
import { zugferd } from 'node-zugferd';
import { BASIC } from 'node-zugferd/profile/basic';
import fs from 'node:fs';
const [name] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(`${name}.nzf.json`, 'utf8'));
const invoicer = zugferd({ profile: BASIC, strict: true });
const invoice = invoicer.create(data);
const xml = await invoice.toXML();
fs.writeFileSync(`${name}.nzf.xml`, xml);
const page = fs.readFileSync(`${name}.page.pdf`);
const pdf = await invoice.embedInPdf(page, { metadata: { title: `Facture ${data.number}` } });
fs.writeFileSync(`${name}.out.pdf`, pdf);
console.log(name, 'bytes', pdf.length);
