// usage: node typst-compile.js <workspace-root> <main.typ> <out.pdf> [data.json]
// Compile driver (from set v12/v35, extended): npm @myriaddreamin/typst-ts-node-compiler.
// If a 4th argument is given, its file content is passed as sys.inputs.data
// (exactly what rubrol's platen/core/engine.py does: sys_inputs={"data": <file content>}).
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs'); const path = require('path');
const [root, main, out, dataFile] = process.argv.slice(2);
const fontDirs = (process.env.TYPST_FONT_PATHS || '').split(':').filter(Boolean);
const c = NodeCompiler.create({ workspace: path.resolve(root), fontArgs: fontDirs.length ? [{ fontPaths: fontDirs }] : [] });
const opts = { mainFilePath: path.resolve(main) };
if (dataFile) opts.inputs = { data: fs.readFileSync(dataFile, 'utf8') };
const r = c.compile(opts);
const diags = r.takeDiagnostics ? r.takeDiagnostics() : null;
if (diags && diags.shortDiagnostics && diags.shortDiagnostics.length) console.error(JSON.stringify(diags.shortDiagnostics, null, 1));
const doc = r.result;
if (!doc) { console.error('compile failed'); process.exit(1); }
const pdf = c.pdf(doc, { creationTimestamp: 1735689600 });
fs.writeFileSync(out, pdf); console.log('wrote', out, pdf.length);
