// What a reader sees in a real WordPress when the builder's snippets are
// published by an administrator (unfiltered_html) and by an author (kses).
// Run by scripts/wordpress/run.sh (npm run test:wordpress), which starts the
// site and sets WP_ROOT and WP_URL. Parameters (environment):
// - FQA_WP_QUESTION: the question to embed (default nk-cells: citations, references, a list).
// - FQA_WP_QUESTION_URL: a question page with oEmbed discovery to paste as a link;
//   without it the test tries `fertility-qa pages` (issue 13, item 6).
// - UPDATE_SCREENSHOTS=1: write screenshots to docs/screenshots/wordpress/
//   (otherwise to run.sh's temp dir: KEEP=1 keeps it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { startCdn } from '../../scripts/wordpress/cdn-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const WP_URL = process.env.WP_URL;
const QUESTION = process.env.FQA_WP_QUESTION ?? 'nk-cells';
const WIDTHS = [390, 1280];
const work = process.env.FQA_WP_TMP ?? mkdtempSync(join(tmpdir(), 'fqa-wp-'));
const shots = process.env.UPDATE_SCREENSHOTS ? join(root, 'docs/screenshots/wordpress') : join(work, 'screenshots');

const feed = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
const question = feed.questions.find((q) => q.id === QUESTION);
/** A question with an urgent notice (QUESTION has none), published by an author too. */
const urgentQuestion = feed.questions.find((q) => q.urgent);
const expertName = (id) => feed.experts.find((e) => e.id === id).name;
const disclaimer = readFileSync(join(root, 'src/i18n/en.ts'), 'utf8').match(/disclaimer: '([^']+)'/)[1];

/** Words only, lower case: compares text across markup, WordPress's curly quotes and list markers. */
const words = (text) => (text.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

let cdn, vite, browser, pages, snippets;
/** Every request Chromium made, by origin. */
const origins = new Set();

const tabs = new Map();
/**
 * A reader's tab on a post at a width, with its console errors and uncaught
 * exceptions; opened once and shared by the tests that read it.
 */
function open(url, width) {
  const key = `${width} ${url}`;
  if (!tabs.has(key)) tabs.set(key, (async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    // The site has no favicon: that 404 is WordPress's, not the widget's.
    page.on('console', (m) => m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url ?? ''}`));
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.setViewport({ width, height: 844 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    return { page, errors };
  })());
  return tabs.get(key);
}

/** The post's title and content (not the theme's comment form) as a PNG. */
async function screenshot(page, name, width) {
  const box = async (selector) => (await page.$(selector)).boundingBox();
  const [title, content] = [await box('.wp-block-post-title'), await box('.wp-block-post-content')];
  const y = Math.max(0, title.y - 16);
  const clip = { x: 0, y, width, height: Math.max(content.y + content.height + 16 - y, 1) };
  await page.screenshot({ path: join(shots, `${name}-${width}.png`), clip, captureBeyondViewport: true });
}

/** The text of the post that a reader without the widget reads (light DOM). */
const postText = (page) => page.$eval('.wp-block-post-content', (el) => el.innerText);

/** The snippets exactly as demo/builder.html makes them for a question (QUESTION by default), with the "CDN" URLs filled in. */
async function builderSnippets(id = QUESTION) {
  const page = await browser.newPage();
  const builder = new URL('demo/builder.html', vite.resolvedUrls.local[0]);
  builder.searchParams.set('feed', `${cdn.origin}/feed/feed.json`);
  // The builder's default (the versioned CDN file, with its integrity hash), with jsDelivr swapped for the stand-in CDN.
  builder.searchParams.set('cdn', `${cdn.origin}/`);
  // The iframe page as a site hosts it: dist/embed/embed.html, on the origin of its feed.
  builder.searchParams.set('embed', `${cdn.origin}/dist/embed/embed.html`);
  await page.goto(builder.href);
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<fertility-question'));
  await page.select('#question', id);
  const snippet = async (format) => {
    await page.click(`input[name="format"][value="${format}"]`);
    return page.$eval('#snippet', (el) => el.value);
  };
  const result = { wordpress: await snippet('wordpress'), iframe: await snippet('iframe') };
  await page.close();
  return result;
}

/**
 * A question page with oEmbed discovery, to paste as a link: FQA_WP_QUESTION_URL,
 * or one written by `fertility-qa pages` (issue 13, item 6) and served by the CDN.
 * Undefined while neither exists.
 */
async function questionPageUrl() {
  let url = process.env.FQA_WP_QUESTION_URL;
  if (!url) {
    const out = join(work, 'pages');
    const { integrity } = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
    const run = spawnSync('node', ['bin/fertility-qa.mjs', 'pages', 'demo/feed.json', '--out', out, '--base-url', `${cdn.origin}/pages/`, '--script', `${cdn.origin}/dist/fertility-qa.single.js`, '--integrity', integrity], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const page = readdirSync(out, { recursive: true }).find((file) => file === `${QUESTION}/index.html`);
    assert.ok(page, `fertility-qa pages wrote no ${QUESTION}/index.html`);
    cdn.mount('/pages/', out);
    url = `${cdn.origin}/pages/${relative(out, join(out, page)).replace(/index\.html$/, '')}`;
  }
  const html = await (await fetch(url)).text();
  return /<link[^>]+application\/json\+oembed/i.test(html) ? url : undefined;
}

/** Publishes posts through scripts/wordpress/publish.php (kses as for each role). */
function publish(posts) {
  const run = spawnSync('php', ['scripts/wordpress/publish.php'], { cwd: root, input: JSON.stringify(posts), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** What a pasted link is in the block editor: an embed block with the URL on its own line. */
const embedBlock = (url) => `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

before(async () => {
  assert.ok(WP_URL && process.env.WP_ROOT, 'run through scripts/wordpress/run.sh (npm run test:wordpress)');
  assert.ok(question, `no question ${QUESTION} in demo/feed.json`);
  mkdirSync(shots, { recursive: true });
  cdn = await startCdn({ '/': join(root, 'dist'), '/dist/': join(root, 'dist'), '/feed/': join(root, 'demo') });
  vite = await createServer({ root, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  await vite.listen();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  assert.ok(urgentQuestion, 'no question with an urgent notice in demo/feed.json');
  snippets = await builderSnippets();
  const urgentSnippets = await builderSnippets(urgentQuestion.id);
  const questionUrl = await questionPageUrl();
  const posts = [
    { name: 'admin-custom-html', user: 'admin', title: 'Custom HTML block, by an administrator', content: snippets.wordpress },
    { name: 'author-custom-html', user: 'author', title: 'Custom HTML block, by an author', content: snippets.wordpress },
    { name: 'author-urgent', user: 'author', title: 'Custom HTML block with an urgent notice, by an author', content: urgentSnippets.wordpress },
    { name: 'admin-iframe', user: 'admin', title: 'iframe snippet, by an administrator', content: `<!-- wp:html -->\n${snippets.iframe}\n<!-- /wp:html -->` },
    { name: 'author-iframe', user: 'author', title: 'iframe snippet, by an author', content: `<!-- wp:html -->\n${snippets.iframe}\n<!-- /wp:html -->` },
    ...(questionUrl ? ['admin', 'author'].map((user) => ({ name: `${user}-link`, user, title: `A pasted question link, by an ${user === 'admin' ? 'administrator' : 'author'}`, content: embedBlock(questionUrl) })) : []),
  ];
  const published = publish(posts.map(({ user, title, content }) => ({ user, title, content })));
  pages = Object.fromEntries(posts.map((post, i) => [post.name, published[i]]));
});

after(async () => {
  await browser?.close(); // and every tab
  await vite?.close();
  await cdn?.close();
  console.log(`Screenshots: ${shots}`);
});

describe('administrator (unfiltered_html): Custom HTML block', () => {
  test('WordPress keeps the snippet as it was pasted, scripts included', () => {
    const post = pages['admin-custom-html'];
    assert.equal(post.kses, false);
    const { integrity } = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
    assert.ok(post.stored.includes(`<script type="module" src="${cdn.origin}/dist/fertility-qa.single.js" integrity="${integrity}" crossorigin="anonymous"></script>`), post.stored);
    assert.match(post.stored, new RegExp(`<fertility-question [^>]*question="${QUESTION}"`));
  });

  for (const width of WIDTHS) {
    test(`the reader sees the widget, from the CDN origin, at ${width} px`, async () => {
      const { page, errors } = await open(pages['admin-custom-html'].url, width);
      const rendered = await page.waitForFunction(
        () => document.querySelector('fertility-question')?.shadowRoot?.querySelectorAll('expert-answer').length,
        { timeout: 10_000 },
      );
      assert.equal(await rendered.jsonValue(), question.answers.length);
      const title = await page.$eval('fertility-question', (el) => el.shadowRoot.querySelector('[part="title"]').textContent.trim());
      assert.equal(title, question.title);
      // Inside each answer's own shadow root: every expert, every answer's words.
      const text = await page.$eval('fertility-question', (el) =>
        [...el.shadowRoot.querySelectorAll('expert-answer')].map((a) => a.shadowRoot.textContent).join(' '),
      );
      for (const answer of question.answers) {
        assert.ok(words(text).includes(words(expertName(answer.expert))), `no ${answer.expert}`);
        assert.ok(words(text).includes(words(answer.text.split('\n')[0])), `no answer from ${answer.expert}`);
      }
      assert.deepEqual(errors, []);
      await screenshot(page, 'admin-custom-html', width);
    });
  }
});

describe('author (no unfiltered_html, kses): Custom HTML block', () => {
  test('kses ran, and removed the scripts', () => {
    const post = pages['author-custom-html'];
    assert.equal(post.kses, true);
    assert.doesNotMatch(post.stored, /<script/);
  });

  for (const width of WIDTHS) {
    test(`the reader reads the question, every expert and every answer as text, at ${width} px`, async () => {
      const { page, errors } = await open(pages['author-custom-html'].url, width);
      const text = words(await postText(page));
      assert.ok(text.includes(words(question.title)), 'no question title');
      for (const answer of question.answers) {
        assert.ok(text.includes(words(expertName(answer.expert))), `no expert ${answer.expert}`);
        for (const paragraph of answer.text.split(/\n\s*\n/)) assert.ok(text.includes(words(paragraph)), `missing: ${paragraph.slice(0, 60)}…`);
      }
      assert.deepEqual(errors, []);
      await screenshot(page, 'author-custom-html', width);
    });
  }

  test('what kses kept reads complete: no stray code, the disclaimer, the urgent notice and the references (issue 13, items 3 and 4)', async () => {
    const { page } = await open(pages['author-custom-html'].url, 1280);
    const raw = await postText(page);
    assert.doesNotMatch(raw, /@context|schema\.org|"@type"/, 'the JSON-LD shows as text');
    const text = words(raw);
    assert.ok(text.includes(words(disclaimer)), 'no disclaimer');
    // The question published has references (the check would pass on a question without them).
    assert.ok(question.references?.length, `question "${QUESTION}" has no references to look for`);
    for (const reference of question.references) assert.ok(text.includes(words(reference.title)), `no reference: ${reference.title}`);
    // The urgent notice, from the question that has one.
    const urgent = words(await postText((await open(pages['author-urgent'].url, 1280)).page));
    assert.ok(urgent.includes(words(urgentQuestion.urgent.text ?? urgentQuestion.urgent)), 'no urgent notice');
    assert.ok(urgent.includes(words(disclaimer)), 'no disclaimer with the urgent notice');
  });
});

/**
 * In an embed frame with no listener on the host: "ok" when nothing scrolls and the
 * first answer's first line is shown whole, inside the frame; otherwise what is wrong.
 */
const answerStartShown = (frame) => frame.evaluate(() => {
  const text = document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] > *');
  if (!text) return 'no answer text';
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = range.getClientRects()[0];
  const { scrollHeight } = document.documentElement;
  if (scrollHeight > innerHeight) return `content ${scrollHeight} px tall in a ${innerHeight} px frame`;
  return line && line.top >= 0 && line.bottom <= innerHeight ? 'ok' : `the first answer's first line is outside the frame (${line?.top}-${line?.bottom} of ${innerHeight})`;
});

describe('iframe snippet', () => {
  for (const width of WIDTHS) {
    test(`administrator: the reader sees the question inside the iframe at ${width} px`, async () => {
      const post = pages['admin-iframe'];
      assert.match(post.stored, /<iframe /);
      const { page, errors } = await open(post.url, width);
      const frame = await (await page.waitForSelector('.wp-block-post-content iframe')).contentFrame();
      const title = await frame.waitForFunction(() => document.querySelector('fertility-question')?.shadowRoot?.querySelector('[part="title"]')?.textContent.trim(), { timeout: 10_000 });
      assert.equal(await title.jsonValue(), question.title);
      assert.deepEqual(errors, []);
      await screenshot(page, 'admin-iframe', width);
    });

    test(`administrator: the iframe reads well without the host's listener at ${width} px: nothing cut (issue 13, item 5)`, async () => {
      const { page } = await open(pages['admin-iframe'].url, width);
      const iframe = await page.waitForSelector('.wp-block-post-content iframe');
      const frame = await iframe.contentFrame();
      await frame.waitForFunction(() => document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'), { timeout: 10_000 });
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
      const outer = await iframe.evaluate((el) => el.clientHeight);
      assert.ok(inner <= outer, `content ${inner} px tall in a ${outer} px frame`);
      await frame.waitForFunction(() => document.querySelector('.fertility-qa-embed-clip'), { timeout: 5000 });
      assert.equal(await answerStartShown(frame), 'ok');
    });
  }

  test('author: the post still shows the question, as an embed or as text (issue 13, items 5 and 6)', async () => {
    const post = pages['author-iframe'];
    assert.equal(post.kses, true);
    const { page } = await open(post.url, 390);
    await screenshot(page, 'author-iframe', 390);
    const hasFrame = await page.$('.wp-block-post-content iframe');
    assert.ok(hasFrame || words(await postText(page)).includes(words(question.title)), `WordPress kept: ${JSON.stringify(post.stored)}`);
    // What kses kept is the snippet's text copy: complete, with no stray code.
    if (!hasFrame) {
      const text = words(await postText(page));
      for (const answer of question.answers) for (const paragraph of answer.text.split(/\n\s*\n/)) assert.ok(text.includes(words(paragraph)), `missing: ${paragraph.slice(0, 60)}…`);
      assert.ok(text.includes(words(disclaimer)), 'no disclaimer');
      assert.doesNotMatch(await postText(page), /<iframe|@context/);
    }
  });
});

describe('a pasted question link (oEmbed)', () => {
  for (const user of ['admin', 'author']) {
    test(`${user}: WordPress embeds the question page and the reader sees the question`, async (t) => {
      const post = pages[`${user}-link`];
      assert.ok(post, 'no question page with <link rel="alternate" type="application/json+oembed">');
      for (const width of WIDTHS) {
        const { page, errors } = await open(post.url, width);
        const iframe = await page.waitForSelector('.wp-block-post-content iframe', { timeout: 10_000 });
        const frame = await iframe.contentFrame();
        await frame.waitForFunction((title) => document.body.innerText.includes(title) || document.querySelector('fertility-question')?.shadowRoot?.textContent.includes(title), { timeout: 10_000 }, question.title);
        assert.deepEqual(errors, []);
        // The compact layout: the question's start, the first answer's included, with no scrolling.
        await frame.waitForFunction(() => document.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"]'), { timeout: 10_000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await answerStartShown(frame), 'ok', `${width} px`);
        await screenshot(page, `${user}-link`, width);
      }
    });
  }
});

test('no request left this machine: only WordPress, the CDN and the builder\'s embed origin', () => {
  const allowed = new Set([new URL(WP_URL).origin, cdn.origin, new URL(vite.resolvedUrls.local[0]).origin]);
  assert.deepEqual([...origins].filter((origin) => !allowed.has(origin) && !origin.startsWith('data:') && origin !== 'null'), []);
});
