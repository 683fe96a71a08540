// Shim for the browser pdfMake global used by pdf-invoice-simple: createPdf() returns
// an object that renders the doc definition with pdfmake 0.1.72's node PdfPrinter.
const PdfPrinter = module.require(__dirname + "/node_modules/pdfmake/src/printer");
const vfs = module.require(__dirname + "/node_modules/pdfmake/build/vfs_fonts.js").pdfMake.vfs;
const fonts = { Roboto: {
  normal: Buffer.from(vfs["Roboto-Regular.ttf"], "base64"),
  bold: Buffer.from(vfs["Roboto-Medium.ttf"], "base64"),
  italics: Buffer.from(vfs["Roboto-Italic.ttf"], "base64"),
  bolditalics: Buffer.from(vfs["Roboto-MediumItalic.ttf"], "base64") } };
module.exports = { createPdf(dd) { return { write(path) {
  const fs = require("fs");
  const printer = new PdfPrinter(fonts);
  const doc = printer.createPdfKitDocument(dd);
  return new Promise((res) => { const s = fs.createWriteStream(path); doc.pipe(s); s.on("finish", res); doc.end(); });
} }; } };
