// HTML file -> A4 PDF with Debian's chromium through puppeteer-core (print backgrounds on)
// usage: node html2pdf.js in.html out.pdf
const fs = require('fs'), path = require('path'), puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({ headless: true, executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-setuid-sandbox'] });
  const page = await browser.newPage();
  await page.goto('file://' + path.resolve(process.argv[2]), { waitUntil: 'networkidle0' });
  fs.writeFileSync(process.argv[3], await page.pdf({ format: 'A4', printBackground: true }));
  await browser.close();
})();
