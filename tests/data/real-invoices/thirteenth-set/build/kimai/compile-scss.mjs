// Compiles Kimai's assets/sass/invoice.scss like its webpack-encore build does ("~pkg/..." = node_modules/pkg/...).
import * as sass from 'sass';
import {pathToFileURL} from 'url';
import fs from 'fs';
const [,, inp, out] = process.argv;
const nm = new URL('../node_modules/', import.meta.url);
const res = sass.compile(inp, {
  style: 'expanded', quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'color-functions'],
  importers: [{findFileUrl(url) { return url.startsWith('~') ? new URL(url.slice(1), nm) : null; }}],
});
fs.writeFileSync(out, res.css);
