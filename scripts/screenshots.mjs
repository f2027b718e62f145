#!/usr/bin/env node
/**
 * Screenshots of the demo pages, taken in Debian's Chromium from a Vite server of this
 * checkout, so the README's pictures stay current.
 *
 *   node scripts/screenshots.mjs                 README pictures into docs/screenshots/
 *   node scripts/screenshots.mjs --look after    question, search and trust pages at 390 and
 *                                                1280 px into docs/screenshots/look/*-after.png
 */
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lookIndex = process.argv.indexOf('--look');
const look = lookIndex > -1 ? process.argv[lookIndex + 1] ?? 'after' : undefined;

const README_SHOTS = [
  // [file, page, width, height, selector to clip to (or full viewport)]
  ['phone.png', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live'],
  ['desktop.png', 'index.html', 1280, 800, 'section[aria-labelledby="one-question"] .live'],
  ['search.png', 'search.html', 1280, 800, null],
];
const LOOK_PAGES = [
  ['question', 'index.html'],
  ['search', 'search.html'],
  ['trust', 'trust.html'],
];

const server = await createServer({ root, logLevel: 'error', optimizeDeps: { entries: ['demo/*.html'] }, server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--hide-scrollbars'],
});

/** Opens a demo page at one width, waits until every question has its answers, and returns it. */
async function open(page, width, height) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${port}/demo/${page}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () => [...document.querySelectorAll('fertility-question')].every((q) => q.shadowRoot?.querySelector('[part="title"], [part~="message"]')),
    { timeout: 15000 },
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return tab;
}

try {
  if (look) {
    const dir = `${root}docs/screenshots/look`;
    await mkdir(dir, { recursive: true });
    for (const [name, page] of LOOK_PAGES) {
      for (const [width, height] of [[390, 844], [1280, 800]]) {
        const tab = await open(page, width, height);
        // The first screens a reader sees (up to 2.5 screen heights), not the whole page.
        await tab.screenshot({ path: `${dir}/${name}-${width}-${look}.png`, clip: { x: 0, y: 0, width, height: Math.round(height * 2.5) }, captureBeyondViewport: true });
        await tab.close();
      }
    }
  } else {
    const dir = `${root}docs/screenshots`;
    await mkdir(dir, { recursive: true });
    for (const [file, page, width, height, selector] of README_SHOTS) {
      const tab = await open(page, width, height);
      if (selector) await (await tab.$(selector)).screenshot({ path: `${dir}/${file}` });
      else await tab.screenshot({ path: `${dir}/${file}` });
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
