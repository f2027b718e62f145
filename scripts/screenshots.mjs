#!/usr/bin/env node
/**
 * Screenshots of the demo pages, taken in Debian's Chromium from a Vite server of this
 * checkout, so the README's pictures stay current.
 *
 *   node scripts/screenshots.mjs                 README pictures into docs/screenshots/
 *   node scripts/screenshots.mjs --look after    question, search and trust pages at 390 and
 *                                                1280 px into docs/screenshots/look/*-after.png
 *   node scripts/screenshots.mjs --answer after  one question's answers (issue 31) at 320, 390 and
 *                                                1280 px, in Arabic, on a serif blog, with the video
 *                                                poster focused and with its image failing, and
 *                                                the themes page's three clinic sites, and a search
 *                                                (typed, one result opened; the calm theme), into
 *                                                docs/screenshots/answer/*-after.png
 */
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lookIndex = process.argv.indexOf('--look');
const look = lookIndex > -1 ? process.argv[lookIndex + 1] ?? 'after' : undefined;
const answerIndex = process.argv.indexOf('--answer');
const answerTag = answerIndex > -1 ? process.argv[answerIndex + 1] ?? 'after' : undefined;

const README_SHOTS = [
  // [file, page, width, height, selector to clip to (or full viewport)]
  ['phone.png', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live'],
  ['desktop.png', 'index.html', 1280, 800, 'section[aria-labelledby="one-question"] .live'],
  ['search.png', 'search.html', 1280, 800, null],
];
/** A styled host: a serif blog (Georgia-like 19 px text, purple links, serif headings). */
const SERIF_BLOG = `body { font: 19px/1.6 'DejaVu Serif', Georgia, serif; color: #2b2b2b; background: #fffdf8; }
  a { color: #663399; } h1, h2, h3 { font-family: 'DejaVu Serif', Georgia, serif; } .live { border: 0; padding: 0; }`;
const ANSWER_SHOTS = [
  // [name, page, width, height, selector to clip to, { css, abort: URL part whose requests fail, focus: selector in the first question's answers, scroll }]
  ['question-320', 'index.html', 320, 700, 'section[aria-labelledby="one-question"] .live', {}],
  ['question-390', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live', {}],
  ['question-1280', 'index.html', 1280, 800, 'section[aria-labelledby="one-question"] .live', {}],
  ['serif-390', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live', { css: SERIF_BLOG }],
  ['serif-1280', 'index.html', 1280, 800, 'section[aria-labelledby="one-question"] .live', { css: SERIF_BLOG }],
  ['arabic-390', 'ar.html', 390, 844, 'fertility-question', {}],
  ['arabic-1280', 'ar.html', 1280, 800, 'fertility-question', {}],
  ['poster-focus-390', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live', { focus: '[part="video-facade"]' }],
  ['poster-failed-390', 'index.html', 390, 844, 'section[aria-labelledby="one-question"] .live', { abort: 'poster-embryology-lab' }],
  ['themes-390', 'themes.html', 390, 844, '.sites', {}],
  ['themes-1280', 'themes.html', 1280, 800, '.sites', {}],
  ['search-390', 'search.html', 390, 844, 'qa-search', { type: 'ivf', open: true }],
  ['search-1280', 'search.html', 1280, 800, 'qa-search', { type: 'ivf' }],
  ['search-calm-1280', 'search.html', 1280, 800, 'qa-search', { type: 'egg freezing', theme: 'calm' }],
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
async function open(page, width, height, { css, abort } = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height, deviceScaleFactor: 1 });
  if (abort) {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => (request.url().includes(abort) ? request.abort() : request.continue()));
  }
  // The host's styles from the first moment (as a page's own style sheet is), before any widget reads them.
  if (css) await tab.evaluateOnNewDocument((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [sheet];
  }, css);
  await tab.goto(`http://127.0.0.1:${port}/demo/${page}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () => [...document.querySelectorAll('fertility-question')].every((q) => q.shadowRoot?.querySelector('[part="title"], [part~="message"]')),
    { timeout: 15000 },
  );
  // Lazy images (posters, photos) below the first screen: scrolled to, loaded (or failed), then back to the top.
  await tab.evaluate(async () => {
    const images = () => [...document.querySelectorAll('fertility-question')].flatMap((q) => [...q.shadowRoot.querySelectorAll('expert-answer')].flatMap((a) => [...a.shadowRoot.querySelectorAll('img')]));
    for (const image of images()) image.scrollIntoView();
    const settled = (image) =>
      new Promise((resolve) => {
        if (image.complete) return resolve();
        image.addEventListener('load', resolve, { once: true });
        image.addEventListener('error', resolve, { once: true });
        setTimeout(resolve, 5000);
      });
    await Promise.all(images().map(settled));
    scrollTo(0, 0);
  });
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return tab;
}

try {
  if (answerTag) {
    const dir = `${root}docs/screenshots/answer`;
    await mkdir(dir, { recursive: true });
    for (const [name, page, width, height, selector, options] of ANSWER_SHOTS) {
      const tab = await open(page, width, height, options);
      await tab.evaluate(() => Promise.all([...document.querySelectorAll('fertility-question')].map((q) => q.updateComplete)));
      if (options.theme) await tab.evaluate((theme) => document.querySelector('qa-search').setAttribute('theme', theme), options.theme);
      if (options.type) {
        // A reader's search: typed into the field, the results settled; with `open`, the first result opened (Down Arrow, Enter).
        const field = await tab.evaluateHandle(() => document.querySelector('qa-search').shadowRoot.querySelector('input'));
        await field.type(options.type);
        await tab.waitForFunction(() => document.querySelector('qa-search').shadowRoot.querySelector('[part="count"]'), { timeout: 15000 });
        await tab.evaluate(() => document.querySelector('qa-search').updateComplete);
        if (options.open) {
          await tab.keyboard.press('ArrowDown');
          await tab.keyboard.press('Enter');
          await tab.waitForFunction(() => document.querySelector('qa-search').shadowRoot.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'), { timeout: 15000 });
        }
      }
      if (options.focus) {
        // Keyboard only: Tab from the top of the page until the element that matches has focus.
        for (let i = 0; i < 40; i++) {
          await tab.keyboard.press('Tab');
          const there = await tab.evaluate((wanted) => {
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            return Boolean(active?.matches(wanted));
          }, options.focus);
          if (there) break;
        }
      }
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      const target = await tab.$(selector);
      if (target) await target.screenshot({ path: `${dir}/${name}-${answerTag}.png` });
      else console.warn(`${name}: no ${selector} on ${page} (an older checkout?); not taken`);
      await tab.close();
    }
  } else if (look) {
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
