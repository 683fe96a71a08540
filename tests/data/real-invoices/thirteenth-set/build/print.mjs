// Usage: node print.mjs IN.html OUT.pdf [marginTop,Right,Bottom,Left in mm]
// Prints an HTML file to an A4 PDF with Debian's chromium through the DevTools protocol.
import puppeteer from 'puppeteer-core';
const [,, inp, out, m = '16,15,16,15'] = process.argv;
const [t, r, b, l] = m.split(',').map(x => x + 'mm');
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage();
await page.goto('file://' + inp, {waitUntil: 'load'});
await page.pdf({path: out, format: 'A4', printBackground: true, margin: {top: t, right: r, bottom: b, left: l}});
await browser.close();
