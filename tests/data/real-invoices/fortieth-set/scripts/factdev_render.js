// Render FactDev's billing.tpl (Mustache-in-LaTeX) the way FactDev's TexGenerator does
// (Qt-mustache Renderer over a QVariantHash), using npm mustache with the data map given as JSON.
// HTML escaping is disabled; the data contains no characters that Qt-mustache would escape.
const fs = require('fs');
const Mustache = require('mustache');
Mustache.escape = (s) => s;
const [tpl, data, out] = process.argv.slice(2);
fs.writeFileSync(out, Mustache.render(fs.readFileSync(tpl, 'utf8'), JSON.parse(fs.readFileSync(data, 'utf8'))));
