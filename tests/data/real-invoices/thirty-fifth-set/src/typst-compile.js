// usage: node typst-compile.js <workspace-root> <main.typ> <out.pdf> [lang]
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs'); const path = require('path');
const [root, main, out] = process.argv.slice(2);
const fontDirs = (process.env.TYPST_FONT_PATHS || '').split(':').filter(Boolean);
const c = NodeCompiler.create({ workspace: path.resolve(root), fontArgs: fontDirs.length ? [{ fontPaths: fontDirs }] : [] });
const r = c.compile({ mainFilePath: path.resolve(main) });
const diags = r.takeDiagnostics ? r.takeDiagnostics() : null;
if (diags) console.error(JSON.stringify(diags, null, 1));
const doc = r.result;
if (!doc) { console.error('compile failed'); process.exit(1); }
const pdf = c.pdf(doc, { creationTimestamp: 1735689600 });
fs.writeFileSync(out, pdf); console.log('wrote', out, pdf.length);
