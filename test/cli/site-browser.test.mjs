// The site `fertility-qa pages` writes, published as a clinic would publish it and
// opened in Chromium (issue 29, "Done when"): the pages served from one origin
// (http://127.0.0.1:<port>/answers/, the --base-url), the widget's files from
// another (http://localhost:<port>/dist/, with CORS, as a CDN serves them). Every page
// the sitemap lists and every link on every page is opened; every request it makes
// must succeed and nothing may reach the console as an error. Then the same with a
// clinic's --template. Screenshots at 390 and 1280 px go to $FQA_SHOTS (or a temp
// folder, printed). Needs `npm run build`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveFolder } from './static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-site-browser-'));
const shots = process.env.FQA_SHOTS ?? join(dir, 'screenshots');
mkdirSync(shots, { recursive: true });
const feed = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));

const widget = await serveFolder(join(root, 'dist'), { prefix: '/dist/', cors: true, host: 'localhost' });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
after(async () => {
  await browser.close();
  await widget.close();
  console.log(`screenshots: ${shots}`);
});

/** Writes the site for `site` (a server of its folder) with the widget from the other origin. */
function writeSite(out, base, extra = []) {
  const result = spawnSync(process.execPath, [join(root, 'bin/fertility-qa.mjs'), 'pages', join(root, 'demo/feed.json'), '--out', out, '--base-url', base, '--script', `${widget.url}fertility-qa.js`, ...extra], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

/**
 * Opens `url` at `width`; waits until every widget on it has shown its content.
 * Returns what the page did: console errors and warnings, failed requests, responses
 * that were not OK, its links, its canonical, and whether it wears `marker` (a selector).
 */
async function open(url, width = 1280) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // The demo feed has one question whose review is overdue on purpose: the widget says so, as it should.
    if (message.type() === 'warn' && /^fertility-qa: feed\.json: question "sperm-health": its review was due on [\d-]+ and is overdue\.$/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.setViewport({ width, height: width < 600 ? 844 : 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  // Each widget upgraded and showing its feed: a question its question, a search its list.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('fertility-question')].every((el) => el.questionData) &&
      [...document.querySelectorAll('qa-search')].every((el) => el.shadowRoot?.querySelector('li.result')),
    { timeout: 15_000 },
  );
  const facts = await page.evaluate(async () => ({
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    // Each result opens in place (issue 28); an opened result links to its question's own page.
    resultLinks: await (async () => {
      const links = [];
      for (const search of document.querySelectorAll('qa-search')) {
        const count = search.shadowRoot.querySelectorAll('[part="result-control"]').length;
        for (let i = 0; i < count; i++) {
          search.shadowRoot.querySelectorAll('[part="result-control"]')[i].click();
          await search.updateComplete;
          const result = search.shadowRoot.querySelectorAll('[part="result"]')[i];
          const link = result?.querySelector('[part="result-page-link"]');
          if (link) links.push(link.href);
        }
      }
      return links;
    })(),
    canonical: document.querySelector('link[rel="canonical"]')?.href,
    title: document.title,
    wide: document.documentElement.scrollWidth,
  }));
  return { page, problems, ...facts };
}

/** Every page of the site: the sitemap's, and every page its pages link to on the same origin. */
async function crawl(base, check) {
  const sitemap = await (await fetch(`${base}sitemap.xml`)).text();
  const queue = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
  const seen = new Set(queue);
  const visited = [];
  while (queue.length) {
    const url = queue.shift();
    const opened = await open(url);
    try {
      assert.deepEqual(opened.problems, [], url);
      await check(url, opened);
      for (const link of [...opened.links, ...opened.resultLinks]) {
        const clean = link.split('#')[0];
        if (clean.startsWith(base) && !seen.has(clean)) {
          seen.add(clean);
          queue.push(clean);
        }
      }
    } finally {
      await opened.page.close();
    }
    visited.push(url);
  }
  return visited;
}

test('the published site: every page opens with every asset, every link leads to a page, canonicals right, no console error', async () => {
  const site = await serveFolder(join(dir, 'site'), { prefix: '/answers/' });
  try {
    writeSite(join(dir, 'site'), site.url);
    const visited = await crawl(site.url, async (url, opened) => {
      const question = feed.questions.find((q) => url === `${site.url}${q.id}/`);
      assert.equal(opened.canonical, question?.url ?? url, `${url}: canonical`);
      assert.ok(opened.wide <= 1280, `${url}: no sideways scroll`);
    });
    // The sitemap leaves out the pages whose canonical is elsewhere; the links still reach them.
    for (const question of feed.questions) assert.ok(visited.includes(`${site.url}${question.id}/`), `${question.id} reached`);
    assert.equal(visited.length, 1 + feed.categories.length + feed.questions.length);
    // The index lists every question, each opening in place with a link to its page (the search's list, once the widget shows it).
    const index = await open(site.url);
    assert.deepEqual(index.resultLinks.sort(), feed.questions.map((q) => `${site.url}${q.id}/`).sort());
    await index.page.close();
    // Every request the site made succeeded (the pages' own origin); the widget's files came from the other one.
    assert.deepEqual(site.requests.filter((request) => request.status >= 400), []);
    assert.ok(widget.requests.some((request) => /\/dist\/core-[\w-]+\.js$/.test(request.path)), 'the core from the widget origin');
    assert.ok(site.requests.some((request) => request.path === '/answers/poster-embryology-lab.svg' && request.status === 200), 'the copied poster loads');
    for (const [path, name] of [['', 'index'], ['ivf/', 'question'], ['category/tests-and-diagnosis/', 'category']]) {
      for (const width of [390, 1280]) {
        const opened = await open(`${site.url}${path}`, width);
        assert.ok(opened.wide <= width, `${name} at ${width}: no sideways scroll (${opened.wide})`);
        await opened.page.screenshot({ path: join(shots, `site-${name}-${width}.png`) });
        await opened.page.close();
      }
    }
  } finally {
    await site.close();
  }
});

test('with --template, every page wears the clinic\'s header, footer and stylesheet, where it is published', async () => {
  const clinic = join(dir, 'clinic');
  mkdirSync(join(clinic, 'css'), { recursive: true });
  writeFileSync(
    join(clinic, 'css', 'clinic.css'),
    `body { margin: 0; font: 18px/1.6 Georgia, serif; color: #2b2118; background: #fbf8f3; }
.clinic-header, .clinic-footer { background: #5b2a86; color: #fff; padding: 1rem; }
.clinic-header a, .clinic-footer a { color: #fff; }
.clinic-header .logo { display: inline-block; inline-size: 2rem; block-size: 2rem; vertical-align: middle; background: url("../logo.svg") center / contain no-repeat; }
.clinic-main { max-inline-size: 44rem; margin: 0 auto; padding: 1rem; }`,
  );
  writeFileSync(join(clinic, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#fff"/></svg>');
  writeFileSync(
    join(clinic, 'page.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example Clinic</title><link rel="stylesheet" href="css/clinic.css"></head>
<body>
<header class="clinic-header"><span class="logo"></span> <strong>Example Clinic (demo)</strong></header>
<main class="clinic-main"><!-- fertility-qa:content --></main>
<footer class="clinic-footer">Example Clinic (demo) · fictional</footer>
</body></html>`,
  );
  const site = await serveFolder(join(dir, 'templated'), { prefix: '/answers/' });
  try {
    writeSite(join(dir, 'templated'), site.url, ['--template', join(clinic, 'page.html')]);
    const visited = await crawl(site.url, async (url, { page }) => {
      const look = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.clinic-header')).backgroundColor,
        footer: document.querySelector('.clinic-footer')?.textContent,
        font: getComputedStyle(document.body).fontFamily,
        logo: getComputedStyle(document.querySelector('.logo')).backgroundImage,
      }));
      assert.equal(look.header, 'rgb(91, 42, 134)', `${url}: the clinic's stylesheet`);
      assert.equal(look.footer, 'Example Clinic (demo) · fictional', url);
      assert.match(look.font, /Georgia/, url);
      assert.match(look.logo, /\/answers\/logo\.svg"\)$/, `${url}: the stylesheet's own picture`);
    });
    assert.equal(visited.length, 1 + feed.categories.length + feed.questions.length);
    assert.ok(site.requests.some((request) => request.path === '/answers/logo.svg' && request.status === 200));
    for (const [path, name] of [['', 'index'], ['nk-cells/', 'question']]) {
      for (const width of [390, 1280]) {
        const opened = await open(`${site.url}${path}`, width);
        assert.ok(opened.wide <= width, `${name} at ${width}: no sideways scroll`);
        await opened.page.screenshot({ path: join(shots, `template-${name}-${width}.png`) });
        await opened.page.close();
      }
    }
  } finally {
    await site.close();
  }
});
