#!/usr/bin/env node
// End-to-end test of `verifact review` in a real (headless) browser.
//
//   node review.e2e.mjs BASE_URL [--screenshots DIR]
//
// Drives Debian's Chromium ($CHROMIUM, default /usr/bin/chromium) through playwright-core:
// login, queue, deposit page (pictures and boxes), a correction that clears a check, a
// decision, the journal, the CSV export and logout. The account comes from $E2E_USER and
// $E2E_PASSWORD. Expects a fresh batch made from samples/batch (`tests/e2e/run` makes one).
// Exits 0 when every step passed, 1 at the first failing step (with what was expected and
// what was seen), 2 on bad usage.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, request as pwRequest } from 'playwright-core';

const DEPOSIT = 'EP-019';
const CODE = 'PROFORMA_AMOUNT_MISMATCH';
const WRONG_TTC = '1621.20';
const RIGHT_TTC = '1261.20';
const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 30000);
const ACTION_TIMEOUT_MS = 10000;

function usage(msg) {
  if (msg) console.error(`review.e2e: ${msg}`);
  console.error('usage: node review.e2e.mjs BASE_URL [--screenshots DIR]');
  process.exit(2);
}

let base = null;
let shotsDir = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--screenshots') {
    if (i + 1 >= argv.length) usage('--screenshots needs a folder');
    shotsDir = resolve(argv[++i]);
  } else if (a.startsWith('--screenshots=')) {
    shotsDir = resolve(a.slice('--screenshots='.length));
  } else if (a === '-h' || a === '--help') {
    usage();
  } else if (!base && !a.startsWith('-')) {
    base = a;
  } else {
    usage(`unexpected argument ${a}`);
  }
}
if (!base) usage('missing BASE_URL');
if (!/^https?:\/\//.test(base)) usage(`BASE_URL must be http(s)://…, got ${base}`);
base = base.replace(/\/+$/, '');
const user = process.env.E2E_USER;
const password = process.env.E2E_PASSWORD;
if (!user || !password) usage('set E2E_USER and E2E_PASSWORD');
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

class AssertionFailure extends Error {}
function check(cond, msg) {
  if (!cond) throw new AssertionFailure(msg);
}
const url = (path) => base + path;
const pathOf = (page) => new URL(page.url()).pathname;
const snippet = (s, n = 600) => String(s).replace(/\s+/g, ' ').slice(0, n);

let stepNo = 0;
let passed = 0;
let currentPage = null;
async function step(name, fn) {
  stepNo += 1;
  const t0 = Date.now();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new AssertionFailure(`timed out after ${STEP_TIMEOUT_MS} ms`)),
      STEP_TIMEOUT_MS);
  });
  try {
    await Promise.race([fn(), timeout]);
  } catch (e) {
    console.log(`not ok ${stepNo} - ${name}`);
    console.log(`  ${e instanceof AssertionFailure ? '' : 'error: '}${e.message.split('\n')[0]}`);
    if (currentPage) {
      try {
        console.log(`  page: ${currentPage.url()}`);
        const html = await Promise.race([
          currentPage.content(), new Promise((r) => setTimeout(() => r('(no content)'), 2000))]);
        console.log(`  html: ${snippet(html, 1500)}`);
      } catch { /* the page may be gone */ }
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
  passed += 1;
  console.log(`ok ${stepNo} - ${name} (${Date.now() - t0} ms)`);
}

// Rows of a table as arrays of trimmed cell texts (header rows made of <th> are skipped).
async function tableRows(page, selector) {
  return page.$$eval(`${selector} tr`, (trs) => trs
    .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()))
    .filter((cells) => cells.length > 0));
}
async function checkCodes(page) {
  return page.$$eval('#checks tr td:first-child code', (cs) => cs.map((c) => c.textContent.trim()));
}

// RFC 4180 records: quoted cells may hold the separator, quotes ("") and line breaks.
function parseCsv(text, sep) {
  const records = [];
  let rec = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) { rec.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rec.push(cell); records.push(rec); rec = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || rec.length) { rec.push(cell); records.push(rec); }
  return records;
}

const jsErrors = [];
const consoleErrors = [];
const badResponses = [];
const t0 = Date.now();
let browser;
let failed = false;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'],
    timeout: STEP_TIMEOUT_MS,
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'fr-FR',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  currentPage = page;
  page.on('pageerror', (e) => jsErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) badResponses.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });

  await step('anonymous: / redirects to /login and /api/deposits is 401', async () => {
    const resp = await page.goto(url('/'));
    check(pathOf(page) === '/login',
      `GET / without a session should land on /login, landed on ${page.url()}`);
    check(resp && resp.status() === 200, `GET /login: status ${resp && resp.status()}`);
    for (const sel of ['#username', '#password', '#login']) {
      check(await page.locator(sel).count() === 1, `login page has no ${sel}`);
    }
    const anon = await pwRequest.newContext();
    try {
      const r = await anon.get(url('/api/deposits'), { maxRedirects: 0 });
      check(r.status() === 401,
        `anonymous GET /api/deposits: expected 401, got ${r.status()}: ${snippet(await r.text(), 200)}`);
    } finally {
      await anon.dispose();
    }
  });

  let sessionCookie = null;
  await step(`log in as ${user}`, async () => {
    await page.fill('#username', user);
    await page.fill('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('#login')]);
    check(pathOf(page) === '/', `after login expected /, got ${page.url()}`);
    const cookies = await context.cookies(base);
    sessionCookie = cookies.find((c) => c.name === 'vf_session');
    check(sessionCookie, `no vf_session cookie after login (cookies: ${cookies.map((c) => c.name).join(', ') || 'none'})`);
    check(sessionCookie.httpOnly, 'vf_session cookie is not HttpOnly');
    check(await page.locator('#logout').count() === 1, 'no #logout button once logged in');
  });

  await step(`queue lists ${DEPOSIT} among the flagged deposits`, async () => {
    await page.locator('#queue').waitFor();
    const status = await page.locator('select[name=status]').inputValue();
    check(status === 'flagged', `the queue's status filter should default to flagged, is ${status}`);
    const counts = (await page.locator('#counts').textContent()).trim();
    const m = counts.match(/(\d+)\s*à décider\s*·\s*(\d+)\s*décidés\s*·\s*(\d+)\s*dépôts/);
    check(m, `#counts should read "N à décider · M décidés · T dépôts", reads "${counts}"`);
    const [flagged, decided, total] = m.slice(1).map(Number);
    check(flagged > 0 && decided === 0 && total >= flagged,
      `fresh batch: expected some to decide, none decided, got "${counts}"`);
    const ids = await page.$$eval('#queue a.deposit-link', (as) => as.map((a) => a.dataset.id));
    check(ids.includes(DEPOSIT), `${DEPOSIT} not in the flagged queue (${ids.join(' ')})`);
    check(ids.length === flagged,
      `the queue shows ${ids.length} rows but #counts says ${flagged} to decide`);
    const link = page.locator(`#queue a.deposit-link[data-id="${DEPOSIT}"]`);
    check(await link.getAttribute('href') === `/deposits/${DEPOSIT}`,
      `${DEPOSIT}'s link should be /deposits/${DEPOSIT}, is ${await link.getAttribute('href')}`);
    const rowText = await link.locator('xpath=ancestor::tr').textContent();
    check(rowText.includes(CODE), `${DEPOSIT}'s queue row should name ${CODE}: "${snippet(rowText)}"`);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'review-queue.png') });
    // Keyboard: j selects the first row, j again the second, k back to the first.
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const selected = await page.$$eval('#queue tbody tr',
      (trs) => trs.map((tr, i) => (tr.classList.contains('selected') ? i : -1)).filter((i) => i >= 0));
    check(selected.length === 1 && selected[0] === 0,
      `after j j k exactly the first queue row should be selected, selected rows: [${selected}]`);
  });

  await step(`open ${DEPOSIT}: ${CODE}, page picture and boxes`, async () => {
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/deposits/${DEPOSIT}`),
      page.click(`#queue a.deposit-link[data-id="${DEPOSIT}"]`),
    ]);
    const codes = await checkCodes(page);
    check(codes.includes(CODE), `#checks of ${DEPOSIT} should list ${CODE}, lists [${codes}]`);
    const ttc = (await page.locator('#fields tr[data-field=total_ttc] td.value').textContent()).trim();
    check(ttc === WRONG_TTC, `total_ttc should read ${WRONG_TTC} before correction, reads ${ttc}`);
    check(await page.locator('.page img').count() >= 1, 'no .page img on the deposit page');
    await page.waitForFunction(
      () => [...document.querySelectorAll('.page img')].some((i) => i.complete && i.naturalWidth > 0),
      null, { timeout: ACTION_TIMEOUT_MS }).catch(async () => {
      const imgs = await page.$$eval('.page img',
        (is) => is.map((i) => `${i.getAttribute('src')} complete=${i.complete} naturalWidth=${i.naturalWidth}`));
      throw new AssertionFailure(`no .page img loaded: ${imgs.join('; ')}`);
    });
    const boxes = page.locator('.page .box');
    check(await boxes.count() >= 1, 'no .box over the page picture');
    // The boxes are placed by review.js: each must have a size and lie on its picture.
    const placed = await page.$$eval('.page', (pages) => pages.flatMap((p) => {
      const img = p.querySelector('img').getBoundingClientRect();
      return [...p.querySelectorAll('.box')].map((b) => {
        const r = b.getBoundingClientRect();
        const inside = r.width > 0 && r.height > 0 && r.left >= img.left - 1 && r.top >= img.top - 1 &&
          r.right <= img.right + 1 && r.bottom <= img.bottom + 1;
        return { title: b.title, inside, r: [r.left, r.top, r.width, r.height].map(Math.round) };
      });
    }));
    const off = placed.filter((b) => !b.inside);
    check(off.length === 0,
      `boxes not placed on their picture (is review.js running?): ${off.map((b) => `${b.title} ${b.r}`).join('; ')}`);
    const sig = (await page.locator('#signature-status').textContent()).trim();
    check(sig.length > 0, '#signature-status is empty');
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'review-deposit.png'), fullPage: true });
  });

  let verdict = null;
  await step(`correct total_ttc to ${RIGHT_TTC}: ${CODE} goes away`, async () => {
    const form = page.locator('form.correct[data-field=total_ttc]');
    await form.locator('input[name=value]').fill(RIGHT_TTC);
    const resp = page.waitForResponse((r) => r.request().method() === 'POST' &&
      new URL(r.url()).pathname === `/deposits/${DEPOSIT}/correct`);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      form.locator('button').click(),
    ]);
    const posted = await resp;
    check([200, 303].includes(posted.status()),
      `POST /deposits/${DEPOSIT}/correct answered ${posted.status()}`);
    check(pathOf(page) === `/deposits/${DEPOSIT}`,
      `after the correction the same deposit page should reload, got ${page.url()}`);
    const codes = await checkCodes(page);
    check(!codes.includes(CODE), `${CODE} still in #checks after correcting total_ttc: [${codes}]`);
    const ttc = (await page.locator('#fields tr[data-field=total_ttc] td.value').textContent()).trim();
    check(ttc === RIGHT_TTC, `total_ttc should now read ${RIGHT_TTC}, reads ${ttc}`);
    const audit = await tableRows(page, '#audit');
    check(audit.some((r) => r.includes('correct') && r.includes('total_ttc') &&
      r.includes(WRONG_TTC) && r.includes(RIGHT_TTC)),
      `the deposit's #audit should show the correction: ${JSON.stringify(audit)}`);
    verdict = (await page.locator('h1 .badge').textContent()).trim();
    console.log(`# after correction: verdict ${verdict}, checks [${codes.join(' ')}]`);
  });

  let decision = null;
  await step('decide and get sent on', async () => {
    const next = await page.locator('#decide input[name=next]').getAttribute('value').catch(() => null);
    const leave = page.waitForURL((u) => u.pathname !== `/deposits/${DEPOSIT}`);
    if (verdict === 'accepted' || verdict === 'review') {
      decision = 'accepted';
      await page.click('#accept');
    } else {
      decision = 'refused';
      const letter = page.locator('#letter');
      const text = await letter.inputValue();
      check(text.trim().length > 0, 'the refusal letter is empty');
      await letter.fill(`${text.trimEnd()}\n\n(relu par ${user})\n`);
      await page.click('#refuse');
    }
    await leave;
    const landed = pathOf(page);
    const expected = next ? `/deposits/${next}` : '/';
    check(landed === expected || landed === '/',
      `after deciding, expected to be sent to ${expected}, landed on ${page.url()}`);
    console.log(`# decided ${decision}, sent to ${landed}`);
  });

  await step('journal and CSV export show the correction and the decision', async () => {
    await page.goto(url('/audit'));
    check(pathOf(page) === '/audit', `GET /audit landed on ${page.url()}`);
    const rows = await tableRows(page, '#audit');
    const mine = rows.filter((r) => r[2] === DEPOSIT);
    const corr = mine.find((r) => r[3] === 'correct' && r[4] === 'total_ttc');
    check(corr, `/audit has no "correct" row for ${DEPOSIT} total_ttc: ${JSON.stringify(mine)}`);
    check(corr[5] === WRONG_TTC && corr[6] === RIGHT_TTC,
      `/audit correction should go ${WRONG_TTC} -> ${RIGHT_TTC}: ${JSON.stringify(corr)}`);
    check(corr[1] === user, `/audit correction should be by ${user}: ${JSON.stringify(corr)}`);
    const dec = mine.find((r) => r[3] === 'decide');
    check(dec, `/audit has no "decide" row for ${DEPOSIT}: ${JSON.stringify(mine)}`);
    check(dec[4] === 'verdict' && ['accepted', 'review', 'refused'].includes(dec[5]) && dec[6] === decision,
      `/audit decide row should be verdict -> ${decision}: ${JSON.stringify(dec)}`);
    const link = await page.locator('#audit a', { hasText: DEPOSIT }).first().getAttribute('href');
    check(link === `/deposits/${DEPOSIT}`, `/audit's deposit link is ${link}`);

    const r = await page.request.get(url('/export.csv'));
    check(r.status() === 200, `GET /export.csv: ${r.status()}`);
    const body = await r.body();
    check(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf,
      `/export.csv should start with the UTF-8 BOM, starts with ${body.subarray(0, 3).toString('hex')}`);
    const text = body.subarray(3).toString('utf8');
    check(/^[^\r\n]*\r\n/.test(text), '/export.csv lines should end in CRLF');
    const records = parseCsv(text, ';');
    const header = records[0];
    check(header.length > 1 && header.includes('deposit_id'),
      `/export.csv header should be ;-separated with deposit_id: ${text.split('\r\n')[0]}`);
    const bad = records.findIndex((r) => r.length !== header.length);
    check(bad < 0, `/export.csv record ${bad} has ${records[bad]?.length} cells, header has ${header.length}`);
    const col = (rec, name) => rec[header.indexOf(name)];
    const rec = records.slice(1).find((r) => col(r, 'deposit_id') === DEPOSIT);
    check(rec, `/export.csv has no line for ${DEPOSIT}:\n${text.slice(0, 600)}`);
    if (header.includes('decision')) {
      check(col(rec, 'decision') === decision,
        `/export.csv ${DEPOSIT} decision should be ${decision}: ${rec.join(';').slice(0, 300)}`);
    }
    if (header.includes('total_ttc')) {
      const want = RIGHT_TTC.replace('.', ',');
      check(col(rec, 'total_ttc') === want,
        `/export.csv ${DEPOSIT} total_ttc should be the corrected ${want} (comma decimals): ${rec.join(';').slice(0, 300)}`);
    }
  });

  await step('log out: / goes back to /login', async () => {
    await page.goto(url('/'));
    await Promise.all([page.waitForNavigation(), page.click('#logout')]);
    check(pathOf(page) === '/login', `after #logout expected /login, landed on ${page.url()}`);
    await page.goto(url('/'));
    check(pathOf(page) === '/login', `after logout GET / should land on /login, landed on ${page.url()}`);
    // The old session must be dead on the server too, not just forgotten by the browser.
    const old = await pwRequest.newContext({
      extraHTTPHeaders: { Cookie: `vf_session=${sessionCookie.value}` },
    });
    try {
      const r = await old.get(url('/api/deposits'), { maxRedirects: 0 });
      check(r.status() === 401, `GET /api/deposits with the logged-out session: expected 401, got ${r.status()}`);
    } finally {
      await old.dispose();
    }
  });

  check(jsErrors.length === 0, `JavaScript errors in the pages:\n  ${jsErrors.join('\n  ')}`);
} catch (e) {
  failed = true;
  if (!(e instanceof AssertionFailure) && stepNo === 0) console.error(`review.e2e: ${e.message}`);
  else if (e instanceof AssertionFailure && e.message.startsWith('JavaScript errors')) console.error(e.message);
} finally {
  if (consoleErrors.length) console.log(`# browser console errors (for information):\n#   ${consoleErrors.join('\n#   ')}`);
  if (badResponses.length) console.log(`# HTTP errors seen by the browser:\n#   ${badResponses.join('\n#   ')}`);
  if (browser) await browser.close().catch(() => {});
}
const secs = ((Date.now() - t0) / 1000).toFixed(1);
console.log(`# ${secs} s${shotsDir ? `, screenshots in ${shotsDir}` : ''}`);
if (failed) {
  console.log(`e2e: ${passed} passed, 1 failed`);
  process.exit(1);
}
console.log(`e2e: ${passed} passed, 0 failed`);
