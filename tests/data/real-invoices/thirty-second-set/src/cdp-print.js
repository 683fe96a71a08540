// Print a page to PDF with headless Chromium over the DevTools protocol, as a browser's
// "Save as PDF" would, with window.print() made a no-op (the page calls it on load, which
// makes `chromium --print-to-pdf` abort). Usage: node --experimental-websocket cdp-print.js URL OUT.pdf
const { spawn } = require('child_process');
const fs = require('fs');
const [url, out] = process.argv.slice(2);
const port = 9400 + Math.floor(Math.random() * 400);
const chrome = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', `--remote-debugging-port=${port}`,
  '--user-data-dir=/tmp/cdp-print-' + port, 'about:blank'], { stdio: 'ignore' });
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  let target;
  for (let i = 0; i < 50 && !target; i++) {
    await sleep(200);
    try { target = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()).find(t => t.type === 'page'); } catch (e) {}
  }
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise(r => ws.addEventListener('open', r));
  let id = 0; const pending = {}; const events = [];
  ws.addEventListener('message', m => { const d = JSON.parse(m.data); if (d.id && pending[d.id]) { pending[d.id](d); delete pending[d.id]; } else { events.push(d.method); if (d.method === 'Runtime.exceptionThrown') console.error('page exception:', JSON.stringify(d.params.exceptionDetails).slice(0, 400)); if (d.method === 'Log.entryAdded' && d.params.entry.level === 'error') console.error('page log:', d.params.entry.text.slice(0, 300), d.params.entry.url || ''); } });
  const send = (method, params = {}) => new Promise(r => { const i = ++id; pending[i] = r; ws.send(JSON.stringify({ id: i, method, params })); });
  await send('Page.enable'); await send('Runtime.enable'); await send('Log.enable');
  await send('Page.addScriptToEvaluateOnNewDocument', { source: 'window.print = function () {};' });
  await send('Page.navigate', { url });
  for (let i = 0; i < 100 && !events.includes('Page.loadEventFired'); i++) await sleep(100);
  await sleep(Number(process.argv[4] || 2000));
  const r = await send('Page.printToPDF', { printBackground: false, preferCSSPageSize: true, displayHeaderFooter: false });
  fs.writeFileSync(out, Buffer.from(r.result.data, 'base64'));
  ws.close();
  const gone = new Promise(r => chrome.on('exit', r)); chrome.kill(); await gone; await sleep(300);
  fs.rmSync('/tmp/cdp-print-' + port, { recursive: true, force: true });
})().catch(e => { console.error(e); chrome.kill(); process.exit(1); });
