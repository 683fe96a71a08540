// writes pdfmake's bundled Roboto fonts (build/vfs_fonts.js) to work/fonts/
const fs = require('fs'), path = require('path');
const vfsMod = require(path.join(__dirname, '..', 'work', 'node_modules/pdfmake/build/vfs_fonts.js'));
const vfs = (vfsMod.pdfMake || global.pdfMake || {}).vfs || vfsMod.vfs;
const dir = path.join(__dirname, '..', 'work', 'fonts'); fs.mkdirSync(dir, {recursive: true});
for (const k of Object.keys(vfs)) fs.writeFileSync(path.join(dir, k), Buffer.from(vfs[k], 'base64'));
