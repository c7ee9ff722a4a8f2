// The live preview under load, for bench/run (row g): headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) opens COUNT previews of one interview, each with its own circuit, and reports
// when they are all connected; then it measures SAVES times how long a save of the Hindi
// transcript (a temporary file renamed over it, as editors are told to save) takes to reach the
// page's DOM, with no reload.
//
//   node preview.js http://127.0.0.1:PORT SLUG HI_FILE COUNT SAVES READY_FILE STOP_FILE
//
// Prints one JSON object: {"connected": n, "latenciesMs": [...]}. It writes READY_FILE once the
// COUNT circuits are open and waits for STOP_FILE (bench/run reads the app's RSS in between).
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [baseArg, slug, hiFile, countArg, savesArg, readyFile, stopFile] = process.argv.slice(2);
const base = new URL(baseArg);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  console.error('preview: loopback URLs only');
  process.exit(2);
}
const count = Math.min(Number(countArg), 500);
const saves = Math.min(Number(savesArg), 100);
const url = new URL(`/preview/${slug}`, base).href;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function openPreview(context) {
  const page = await context.newPage();
  const connected = page.waitForEvent('websocket', { predicate: ws => ws.url().includes('/_blazor'), timeout: 120000 });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const ws = await connected;
  // The circuit is up once Blazor has attached to the prerendered page.
  await page.waitForFunction(() => typeof Blazor !== 'undefined' && document.querySelector('.preview') !== null, null, { timeout: 120000 });
  return { page, ws };
}

function save(text) {
  const temp = path.join(path.dirname(hiFile), '.hi.md.bench-tmp');
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, hiFile);
  return Date.now();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--renderer-process-limit=8',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
    timeout: 60000,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const open = [];
    for (let i = 0; i < count; i += 10) {
      open.push(...await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => openPreview(context))));
    }
    const closed = open.filter(o => o.ws.isClosed()).length;
    fs.writeFileSync(readyFile, String(open.length - closed));
    while (!fs.existsSync(stopFile)) {
      await sleep(100);
    }

    // Save to DOM: a marker word in the first paragraph's Hindi cell, observed by a MutationObserver.
    const page = open[0].page;
    await page.evaluate(() => { window.__sameDocument = true; });
    const original = fs.readFileSync(hiFile, 'utf8');
    const anchor = await page.evaluate(() => document.querySelector('.row[id] p.cell[lang=hi]').closest('.row').id);
    const firstWords = await page.evaluate(id => document.querySelector(`#${id} p.cell[lang=hi]`).textContent.trim().split(/\s+/).slice(0, 3).join(' '), anchor);
    const latencies = [];
    for (let i = 1; i <= saves; i++) {
      const marker = `बेंच${i}`;
      const waiting = page.evaluate(({ id, marker }) => new Promise(resolve => {
        const seen = () => (document.getElementById(id)?.textContent || '').includes(marker);
        const observer = new MutationObserver(() => {
          if (seen()) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }), { id: anchor, marker });
      await sleep(50); // the observer is installed
      const savedAt = save(original.replace(firstWords, `${marker} ${firstWords}`));
      const seenAt = await waiting;
      latencies.push(Math.round(seenAt - savedAt));
      await sleep(300); // let the store settle before the next save
    }
    save(original);
    const reloaded = !(await page.evaluate(() => window.__sameDocument === true));
    console.log(JSON.stringify({ connected: open.length - closed, opened: open.length, reloaded, latenciesMs: latencies }));
  } finally {
    await browser.close();
  }
})().catch(error => {
  console.error(`preview: ${error.stack || error}`);
  process.exit(1);
});
