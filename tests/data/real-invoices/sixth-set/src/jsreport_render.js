// Renders the "invoice-main" sample of @jsreport/jsreport-sample-template (samples.json) the way
// jsreport does: handlebars engine + template helpers + shared "global helpers.js" asset + {{asset}} helper,
// then chrome-pdf recipe options (printBackground, 1cm margins) via puppeteer-core on Debian's chromium.
const fs = require('fs'), Handlebars = require('handlebars'), puppeteer = require('puppeteer-core');
const s = JSON.parse(fs.readFileSync(__dirname + '/package/samples.json', 'utf8'));
const tpl = s.templates.find(t => t.name === 'invoice-main');
const data = JSON.parse(s.data.find(d => d.name === 'invoice-data').dataJson);
const assets = Object.fromEntries(s.assets.map(a => [a.name, Buffer.from(a.content, 'base64')]));
const hb = Handlebars.create();
const helperSrc = assets['global helpers.js'].toString() + '\n' + tpl.helpers;
const names = [...helperSrc.matchAll(/function\s+([A-Za-z0-9_]+)\s*\(/g)].map(m => m[1]);
const helpers = new Function(helperSrc + '\nreturn {' + names.join(',') + '};')();
for (const [n, f] of Object.entries(helpers)) hb.registerHelper(n, f);
hb.registerHelper('asset', (name, enc) => enc === 'dataURI' ? 'data:image/png;base64,' + assets[name].toString('base64') : assets[name].toString('utf8'));
const html = hb.compile(tpl.content)(data);
fs.writeFileSync(__dirname + '/invoice-main.html', html);
(async () => {
  const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const p = await b.newPage();
  await p.setContent(html, { waitUntil: 'load' });
  const c = tpl.chrome;
  await p.pdf({ path: process.argv[2], printBackground: c.printBackground, format: 'A4',
    margin: { top: c.marginTop, right: c.marginRight, bottom: c.marginBottom, left: c.marginLeft } });
  await b.close();
})();
