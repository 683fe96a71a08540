// Driver for payload-clienthub@0.0.12: runs the package's own processClientInvoice()
// (dist/utils/process-client-invoice.js) with a stubbed Payload request object and
// captures the PDF it stores in the 'invoice-pdfs' collection. Data: helper.
// usage: node --import tsx clienthub-run.mjs <pkgdir> <case.json> <out.pdf>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [pkgdir, casefile, outpdf] = process.argv.slice(2);
const c = JSON.parse(fs.readFileSync(casefile, 'utf8'));
// fix "now" so that the invoice date/number are reproducible
const FIXED = new Date(c.now).getTime();
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...a) { if (a.length === 0) super(FIXED); else super(...a); }
  static now() { return FIXED; }
};
const mod = await import(pathToFileURL(path.join(pkgdir, 'dist/utils/process-client-invoice.js')).href);
let saved = null;
const req = {
  headers: new Headers({ authorization: 'Bearer s3cret' }),
  user: null,
  payload: {
    create: async ({ collection, file, data }) => {
      if (collection === 'invoice-pdfs') { saved = file; return { id: 'pdf1' }; }
      return { id: 'x', ...data };
    },
    update: async () => ({}),
    sendEmail: async () => ({}),
  },
};
const res = await mod.processClientInvoice(req, { client: c.client, services: c.services, settings: c.settings },
  { cronSecret: 's3cret', onError: (e, ctx) => console.error('ERR', ctx.operation, e) });
console.log(JSON.stringify(res));
if (!saved) { console.error('no PDF produced'); process.exit(1); }
fs.writeFileSync(outpdf, saved.data);
console.log('wrote', outpdf, saved.name, saved.size);
