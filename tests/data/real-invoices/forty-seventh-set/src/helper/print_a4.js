// Print local HTML files to A4 PDFs with Debian's chromium through puppeteer-core
// (= the browser's print dialog with A4 paper; the page's own @page rules still apply).
// MARGIN=15mm sets the print dialog's page margins (default 0).
// Usage: node print_a4.js in.html out.pdf [in2.html out2.pdf ...]
const puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu']});
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i += 2) {
    const page = await browser.newPage();
    await page.emulateTimezone('UTC');
    await page.goto('file://' + a[i], {waitUntil: 'networkidle0'});
    await new Promise(r => setTimeout(r, 500));
    const m = process.env.MARGIN || '0';
    await page.pdf({path: a[i + 1], format: 'A4', printBackground: true,
                    margin: {top: m, right: m, bottom: m, left: m}});
    await page.close();
  }
  await browser.close();
})();
