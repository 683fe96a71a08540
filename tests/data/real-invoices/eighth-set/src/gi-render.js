// Renders generate-invoice's own React template (lib/template.jsx) with its own
// examples/ data to HTML, exactly as lib/render.js does before handing to html-pdf.
// html-pdf needs phantomjs (prebuilt binary, not fetchable) -> HTML is printed by chromium.
const path = require('path');
const pkg = process.argv[2];
require(path.join(pkg, 'node_modules/node-jsx')).install();
const ReactDom = require(path.join(pkg, 'node_modules/react-dom/server'));
const template = require(path.join(pkg, 'lib/template.jsx'));
const ctx = {
  sender: require(path.join(pkg, 'examples/sender')),
  recipient: require(path.join(pkg, 'examples/recipient')),
  invoice: require(path.join(pkg, 'examples/invoice')),
};
if (process.argv[4] === 'credit') ctx.invoice.type = 'creditNote';
ctx.i18n = require(path.join(pkg, 'lib/languages/en'));
require('fs').writeFileSync(process.argv[3], ReactDom.renderToStaticMarkup(template(ctx)));
