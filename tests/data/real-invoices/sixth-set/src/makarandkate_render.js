// Renders @makarandkate/invoice-templates' own mockData.json through HtmlTemplates.getBillTemplateHtml,
// wrapped in the package's own views/layout (as its lib/server.js does), to an HTML file.
const fs = require('fs'); const path = require('path');
const pkg = path.join(__dirname, 'node_modules/@makarandkate/invoice-templates');
const { HtmlTemplates } = require(pkg);
const data = JSON.parse(fs.readFileSync(path.join(pkg, 'lib/utils/mockData.json'), 'utf8'));
const tpl = process.argv[2] || 'temp6';
HtmlTemplates.getBillTemplateHtml(data, tpl).then(html => {
  let layout = fs.readFileSync(path.join(pkg, 'src/views/layouts/layout.hbs'), 'utf8');
  const body = fs.readFileSync(path.join(pkg, 'src/views/index.hbs'), 'utf8').replace('{{{ data }}}', html);
  layout = layout.replace('/stylesheets/bootstrap.min.css', 'file://' + pkg + '/src/public/stylesheets/bootstrap.min.css')
                 .replace(/<script src="\/scripts[^>]*><\/script>/g, '').replace('{{{body}}}', body);
  fs.writeFileSync(process.argv[3], layout);
});
