// usage: NODE_PATH=<dir>/node_modules node typst-compile.js <workspace> <main.typ> <out.pdf>
// Compiles a Typst file with @myriaddreamin/typst-ts-node-compiler (npm, bundles Typst 0.12.0 at v0.5.4).
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [ws, main, out] = process.argv.slice(2);
const c = NodeCompiler.create({ workspace: ws, fontArgs: [{ fontPaths: ['/usr/share/fonts'] }] });
const buf = c.pdf({ mainFilePath: main });
require('fs').writeFileSync(out, buf);
console.log('wrote', out, buf.length);
