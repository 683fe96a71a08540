// Print an HTML page to PDF with the system chromium, as a browser user would
// ("Save as PDF", A4, default margins, background graphics off (Chrome default), scale 70 %).
// Usage: NODE_PATH=<dir>/node_modules node print_pdf.js in.html out.pdf
const puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto('file://' + require('path').resolve(process.argv[2]), { waitUntil: 'load' });
  await page.pdf({ path: process.argv[3], format: 'A4', printBackground: false, scale: 0.7,
                   margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } });
  await browser.close();
})();
