// Page weight as a first-time visitor's browser sees it: headless Chromium (playwright-core,
// Debian's /usr/bin/chromium) opens each page in a fresh context (empty cache) and records every
// response with its transfer size. Prints one JSON object per page.
//
//   node page-weight.js http://127.0.0.1:PORT /interviews/emad-mostaque /interviews/emad-mostaque/hi ...
'use strict';
const { chromium } = require('playwright-core');

const base = new URL(process.argv[2]);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  console.error('page-weight: loopback URLs only');
  process.exit(2);
}

function fontScript(url) {
  const name = url.pathname.split('/').pop();
  if (!name.endsWith('.woff2') && !name.endsWith('.woff') && !name.endsWith('.ttf')) return null;
  // Files are named by @fontsource: noto-sans-<family>-<subset>-<weight>-<style>.woff2
  // The toggle's name-only subsets (a language's name in its own script): a few glyphs, not the script.
  if (/-bengali-name-400/.test(name)) return 'bengali-name';
  if (/-devanagari-name-400/.test(name)) return 'devanagari-name';
  if (/-bengali-400/.test(name)) return 'bengali';
  if (/-devanagari-400/.test(name)) return 'devanagari';
  if (/-latin-400/.test(name)) return 'latin';
  return 'other';
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 60000,
  });
  try {
    for (const path of process.argv.slice(3)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const pending = [];
      page.on('requestfinished', request => pending.push((async () => {
        const url = new URL(request.url());
        if (url.host !== base.host) return { url: request.url(), offsite: true };
        const response = await request.response();
        const sizes = await request.sizes();
        const headers = response ? await response.allHeaders() : {};
        return {
          path: url.pathname,
          status: response ? response.status() : 0,
          type: (headers['content-type'] || '').split(';')[0],
          encoding: headers['content-encoding'] || 'identity',
          body: sizes.responseBodySize,
          headers: sizes.responseHeadersSize,
          acceptEncoding: (await request.allHeaders())['accept-encoding'] || '',
          font: fontScript(url),
        };
      })()));
      page.on('requestfailed', request => pending.push(Promise.resolve({ url: request.url(), failed: request.failure()?.errorText })));
      const response = await page.goto(new URL(path, base).href, { waitUntil: 'networkidle', timeout: 30000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForTimeout(300);
      const requests = await Promise.all(pending);
      const local = requests.filter(r => r.path);
      console.log(JSON.stringify({
        page: path,
        status: response ? response.status() : 0,
        requests: local,
        offsite: requests.filter(r => r.offsite).map(r => r.url),
        failed: requests.filter(r => r.failed),
        bodyBytes: local.reduce((s, r) => s + Math.max(0, r.body), 0),
        transferBytes: local.reduce((s, r) => s + Math.max(0, r.body) + Math.max(0, r.headers), 0),
        fonts: [...new Set(local.filter(r => r.font).map(r => r.font))].sort(),
      }));
      await context.close();
    }
  } finally {
    await browser.close();
  }
})().catch(error => {
  console.error(`page-weight: ${error.stack || error}`);
  process.exit(1);
});
