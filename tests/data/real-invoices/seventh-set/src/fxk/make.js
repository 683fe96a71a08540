// usage: node make.js <data-module> <locale> <out.pdf>
const fs = require('fs');
const { FacturX } = require('factur-x-kit');
(async () => {
  const [mod, locale, out] = process.argv.slice(2);
  const data = require(require('path').resolve(mod));
  const fx = await FacturX.fromObject(data);
  const bytes = await fx.getPDF({ locale });
  fs.writeFileSync(out, bytes);
  console.log('written', out);
})().catch(e => { console.error(e); process.exit(1); });
