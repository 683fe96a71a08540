// Renders a Handlebars template (argv[2]) with JSON data read from stdin (helper shim standing in for pybars).
const fs = require('fs');
const Handlebars = require('handlebars');
const src = fs.readFileSync(process.argv[2], 'utf8');
const data = JSON.parse(fs.readFileSync(0, 'utf8'));
process.stdout.write(Handlebars.compile(src)(data));
