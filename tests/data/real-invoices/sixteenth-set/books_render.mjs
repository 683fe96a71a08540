// Minimal stand-in for Frappe Books' print view: compiles a Books print template (Vue 3 template
// syntax) with `t` (translation tagged template using the project's CSV), `doc` and `print` values,
// and writes a standalone HTML page styled with Tailwind CSS.
// usage: node books_render.mjs TEMPLATE LANG_CSV_EXCERPT DATA.json TAILWIND.css OUT.html
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.env.NPM_DIR + '/package.json');
const { createSSRApp } = require('vue/dist/vue.cjs.js');
const { renderToString } = require('vue/server-renderer');
const [tplPath, csvPath, dataPath, cssPath, outPath] = process.argv.slice(2);
const tr = {};
if (csvPath !== '-') {
  for (const line of fs.readFileSync(csvPath, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cells = []; let cur = '', q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) { if (c === '"' && line[i+1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
      else if (c === '"') q = true; else if (c === ',') { cells.push(cur); cur = ''; } else cur += c;
    }
    cells.push(cur);
    if (cells[1]) tr[cells[0]] = cells[1];
  }
}
const t = (strings, ...args) => { const k = strings.join('${}'); return tr[k] ?? k; };
const data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
const app = createSSRApp({ template: fs.readFileSync(tplPath, 'utf8'), data: () => data });
app.config.globalProperties.t = t;
const body = await renderToString(app);
const css = fs.readFileSync(cssPath, 'utf8');
fs.writeFileSync(outPath, `<!DOCTYPE html><html lang="${data.lang}"><head><meta charset="utf-8"><style>${css}
@page { size: A4; margin: 0; } html,body{margin:0}</style></head><body>${body}</body></html>`);
