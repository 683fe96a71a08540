// Render a Twig template with twig.js (npm "twig"), data from a JSON file.
// Usage: node render_twig.js <template.twig> <data.json> <out.html>
const Twig = require('twig');
const fs = require('fs');
const [tpl, dataFile, out] = process.argv.slice(2);
Twig.cache(false);
const template = Twig.twig({ data: fs.readFileSync(tpl, 'utf8'), autoescape: false });
fs.writeFileSync(out, template.render(JSON.parse(fs.readFileSync(dataFile, 'utf8'))));
