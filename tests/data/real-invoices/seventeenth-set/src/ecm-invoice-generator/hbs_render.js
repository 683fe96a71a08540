// Compile a Handlebars template (argv[2]) with JSON data from stdin; print the HTML.
const fs = require('fs');
const Handlebars = require('handlebars');
const data = JSON.parse(fs.readFileSync(0, 'utf8'));
const template = Handlebars.compile(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(template(data));
