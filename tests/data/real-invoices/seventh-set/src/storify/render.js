// Renders invoice-pdf's jade template with the package's own test fixture (test/user.js) through
// the package's own Invoice#render(); the PDF step (phantomjs, unavailable) is replaced by chromium.
var Invoice = require('invoice-pdf');
var user = require('invoice-pdf/test/user.js');
var fs = require('fs');
var invoice = new Invoice(user, {});
invoice.render(function (e, html) {
  if (e) { console.error(e); process.exit(1); }
  fs.writeFileSync(process.argv[2], html);
  console.log(JSON.stringify(invoice.data));
});
