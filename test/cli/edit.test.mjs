// `fertility-qa edit`: the feed editor served on 127.0.0.1 and driven in Chromium as a
// content person would, saving back to a real file (issue 30, item 6). Needs `npm run build`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { validateFeed } from '../../dist/lib/feed/validate.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/fertility-qa.mjs');
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-edit-'));
const children = [];
after(() => children.forEach((child) => child.kill('SIGTERM')));

/** Starts `fertility-qa edit file` and resolves with its address once it prints it. */
function startEditor(file) {
  const child = spawn(process.execPath, [cli, 'edit', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/at (http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/)/);
      if (match) resolve({ child, url: match[1] });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`edit exited ${code}: ${output}`)));
  });
}

/** One HTTP request with the headers given (a browser would not let a page set Host). */
function send(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text, headers: response.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const original = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
// Fields this version does not know, at three levels: the editor keeps them as they are.
const withUnknown = structuredClone(original);
withUnknown['x-clinic'] = { owner: 'web team', notes: ['kept'] };
withUnknown.questions[1]['x-internal-ref'] = 42;
withUnknown.experts[0]['x-staff-id'] = 'S-1';

test('edit: reached only through its token and its own host; a save must be a JSON object sent as JSON', async () => {
  const file = join(dir, 'guarded.json');
  writeFileSync(file, JSON.stringify(withUnknown));
  const { url } = await startEditor(file);
  const { origin, pathname } = new URL(url);
  assert.equal((await send(url)).status, 200);
  assert.equal((await send(`${origin}/not-the-token/feed`)).status, 404);
  assert.equal((await send(`${url}feed`, { headers: { host: 'attacker.example' } })).status, 403, 'DNS rebinding: another host name is refused');
  assert.equal((await send(`${url}feed`, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '{}' })).status, 415);
  assert.equal((await send(`${url}feed`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '[1]' })).status, 400);
  assert.equal((await send(`${url}feed`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"version":' })).status, 400);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), withUnknown, 'refused saves change nothing');
  const page = await send(url);
  assert.match(page.headers['content-security-policy'], /script-src 'self'/);
  assert.ok(pathname.length > 20, 'the token is long');
});

test('edit: open the demo feed, change a title, add an expert and an answer, see a bad address, save: only those changes', async () => {
  const file = join(dir, 'feed.json');
  writeFileSync(file, `${JSON.stringify(withUnknown, null, 2)}\n`);
  const { url } = await startEditor(file);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'networkidle0' });
    const $ = (selector) => page.waitForSelector(`fqa-feed-editor >>> ${selector}`, { timeout: 5000 });
    const status = () => page.$eval('fqa-feed-editor >>> .status', (element) => element.textContent);
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor')?.shadowRoot?.querySelector('.status')?.textContent?.includes('Opened'));

    // The feed's title.
    const title = await $('#f-title');
    await title.click({ count: 3 });
    await page.keyboard.type('Example Clinic: your questions answered (demo content)');

    // A new expert, with a bad photo address first.
    const experts = original.experts.length;
    await (await $('[data-add="experts"]')).click();
    await page.keyboard.type('Dr New Example'); // focus is in the new expert's first field, its name
    const photo = await $(`#f-experts-${experts}-photoUrl`);
    await photo.type('photo.jpg');
    const problem = await $(`#f-experts-${experts}-photoUrl-problems`);
    assert.match(await problem.evaluate((element) => element.textContent), /Photo address is not a full web address/);
    assert.equal(await photo.evaluate((element) => element.getAttribute('aria-invalid')), 'true');
    assert.match(await photo.evaluate((element) => element.getAttribute('aria-describedby')), new RegExp(`f-experts-${experts}-photoUrl-problems`));
    assert.ok(await page.$('fqa-feed-editor >>> #problems button'), 'the summary lists it');
    await photo.click({ count: 3 });
    await page.keyboard.type('https://clinic.example/team/new-example.jpg');
    await page.waitForFunction(() => !document.querySelector('fqa-feed-editor').shadowRoot.querySelector('[aria-invalid="true"]'));

    // A new answer to the first question, by the new expert.
    await (await $('#f-questions-0')).click();
    const answers = original.questions[0].answers.length;
    await (await $('[data-add="questions.0.answers"]')).click();
    const expert = await $(`#f-questions-0-answers-${answers}-expert`);
    await expert.select('dr-new-example');
    await (await $(`#f-questions-0-answers-${answers}-text`)).type('A new answer, written in the editor. (Demo content.)');

    await (await $('button.primary')).click();
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor').shadowRoot.querySelector('.status').textContent.includes('Saved'));
    assert.match(await status(), /Saved feed\.json\./);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const expected = structuredClone(withUnknown);
  expected.title = 'Example Clinic: your questions answered (demo content)';
  expected.experts.push({ id: 'dr-new-example', name: 'Dr New Example', photoUrl: 'https://clinic.example/team/new-example.jpg' });
  expected.questions[0].answers.push({ expert: 'dr-new-example', text: 'A new answer, written in the editor. (Demo content.)' });
  assert.deepEqual(saved, expected, 'only the intended changes; unknown fields kept');
  assert.deepEqual(validateFeed(saved).problems, [], 'the saved feed is valid');
});

test('edit: a file that does not exist yet is made at the first save', async () => {
  const file = join(dir, 'new-feed.json');
  const { url } = await startEditor(file);
  const response = await send(`${url}feed`);
  assert.equal(response.status, 404);
  assert.equal(response.headers['x-file-name'], 'new-feed.json');
  const put = await send(`${url}feed`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"version":1,"experts":[],"questions":[]}\n' });
  assert.equal(put.status, 204);
  assert.ok(existsSync(file));
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { version: 1, experts: [], questions: [] });
});

test('edit: the preview gets the pictures beside the feed file, and nothing else from the disk', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'fertility-qa-edit-pictures-'));
  const outside = mkdtempSync(join(tmpdir(), 'fertility-qa-edit-outside-'));
  mkdirSync(join(folder, 'img'));
  writeFileSync(join(folder, 'feed.json'), readFileSync(join(root, 'demo/feed.json')));
  copyFileSync(join(root, 'demo/poster-embryology-lab.svg'), join(folder, 'poster-embryology-lab.svg'));
  writeFileSync(join(folder, 'img', 'still.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(join(outside, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>secret</text></svg>');
  writeFileSync(join(folder, 'notes.txt'), 'not a picture');
  symlinkSync(join(outside, 'secret.svg'), join(folder, 'linked-out.svg'));
  symlinkSync(outside, join(folder, 'linked-folder'));
  const { url } = await startEditor(join(folder, 'feed.json'));
  const poster = await send(`${url}poster-embryology-lab.svg`);
  assert.equal(poster.status, 200);
  assert.equal(poster.headers['content-type'], 'image/svg+xml');
  assert.equal(poster.text, readFileSync(join(root, 'demo/poster-embryology-lab.svg'), 'utf8'));
  assert.match(poster.headers['content-security-policy'], /default-src 'none'/, 'an SVG runs no script, even opened on its own');
  assert.equal((await send(`${url}img/still.png`)).headers['content-type'], 'image/png');
  const { origin, pathname } = new URL(url);
  const refused = [
    'notes.txt', // not a picture
    'feed.json',
    'linked-out.svg', // a link out of the folder
    'linked-folder/secret.svg',
    `..%2f${basename(outside)}%2fsecret.svg`, // an encoded slash
    `img%2f..%2f..%2f${basename(outside)}%2fsecret.svg`,
    'img/..%5c..%5csecret.svg', // an encoded backslash
    '%2e%2e/secret.svg',
    'img/.%2e/.%2e/secret.svg',
    'missing.svg',
    'x.constructor',
  ];
  for (const path of refused) {
    const response = await send(`${origin}${pathname}${path}`);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.text, /secret/, path);
  }
  // Raw `..` segments a browser would have removed, sent as written.
  const raw = await new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: new URL(url).port, path: `${pathname}../../${basename(outside)}/secret.svg`, headers: { host: new URL(url).host } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text }));
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(raw.status, 404);
  assert.doesNotMatch(raw.text, /secret/);
});

test('edit: a linked feed is saved where the link leads, the link kept', async () => {
  const real = mkdtempSync(join(tmpdir(), 'fertility-qa-edit-real-'));
  const linked = mkdtempSync(join(tmpdir(), 'fertility-qa-edit-linked-'));
  writeFileSync(join(real, 'feed.json'), JSON.stringify(withUnknown));
  symlinkSync(join(real, 'feed.json'), join(linked, 'feed.json'));
  const { url } = await startEditor(join(linked, 'feed.json'));
  const opened = await send(`${url}feed`);
  const put = await send(`${url}feed`, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': opened.headers.etag }, body: '{"version":1,"title":"Through the link"}\n' });
  assert.equal(put.status, 204);
  assert.ok(lstatSync(join(linked, 'feed.json')).isSymbolicLink(), 'still a link');
  assert.equal(JSON.parse(readFileSync(join(real, 'feed.json'), 'utf8')).title, 'Through the link');
});

test('edit: a file changed on disk since it was opened is not saved over, and the editor says why', async () => {
  const file = join(dir, 'changed-meanwhile.json');
  writeFileSync(file, `${JSON.stringify(withUnknown, null, 2)}\n`);
  const { url } = await startEditor(file);
  // Over HTTP: a save must name the version it replaces.
  const opened = await send(`${url}feed`);
  assert.match(opened.headers.etag, /^"[\w-]+"$/);
  const json = { 'content-type': 'application/json' };
  assert.equal((await send(`${url}feed`, { method: 'PUT', headers: json, body: '{}' })).status, 412, 'no version named');
  assert.equal((await send(`${url}feed`, { method: 'PUT', headers: { ...json, 'if-match': '"another"' }, body: '{}' })).status, 412);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), withUnknown);
  // In the editor: opened, then the file changed by another program, then Save.
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const status = () => page.$eval('fqa-feed-editor >>> .status', (element) => element.textContent);
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor')?.shadowRoot?.querySelector('.status')?.textContent?.includes('Opened'));
    const title = await page.waitForSelector('fqa-feed-editor >>> #f-title');
    await title.click({ count: 3 });
    await page.keyboard.type('Typed in the editor');
    const changed = { ...withUnknown, title: 'Saved by another program' };
    writeFileSync(file, JSON.stringify(changed));
    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor').shadowRoot.querySelector('.status').textContent.includes('Not saved'));
    assert.match(await status(), /^Not saved: changed-meanwhile\.json changed on disk after it was opened here/);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), changed, 'the other program’s save is kept');
    // Saved twice in a row from the editor with nothing changed on disk between: both go through.
    writeFileSync(file, `${JSON.stringify(withUnknown, null, 2)}\n`);
    page.once('dialog', (dialog) => dialog.accept()); // "Leave the page? Changes you made may not be saved."
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor')?.shadowRoot?.querySelector('.status')?.textContent?.includes('Opened'));
    for (const text of ['First save', 'Second save']) {
      const field = await page.waitForSelector('fqa-feed-editor >>> #f-title');
      await field.click({ count: 3 });
      await page.keyboard.type(text);
      await (await page.waitForSelector('fqa-feed-editor >>> button.primary')).click();
      await page.waitForFunction((expected) => JSON.parse(document.querySelector('fqa-feed-editor').feedText).title === expected && document.querySelector('fqa-feed-editor').shadowRoot.querySelector('.status').textContent.includes('Saved'), {}, text);
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).title, text);
    }
  } finally {
    await browser.close();
  }
});

test('edit: New feed asks first, and keeps the file’s name: Save then writes the new feed to that file', async () => {
  const file = join(dir, 'clinic-feed.json');
  writeFileSync(file, `${JSON.stringify(withUnknown, null, 2)}\n`);
  const { url } = await startEditor(file);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor')?.shadowRoot?.querySelector('.status')?.textContent?.includes('Opened'));
    const title = await page.waitForSelector('fqa-feed-editor >>> #f-title');
    await title.click({ count: 3 });
    await page.keyboard.type('Changed');
    await (await page.waitForSelector('fqa-feed-editor >>> button[data-role="new"]')).click();
    await (await page.waitForSelector('fqa-feed-editor >>> #confirm-new [data-role="discard"]', { visible: true })).click();
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor').shadowRoot.querySelector('.status').textContent.includes('New feed started'));
    assert.equal(await page.$eval('fqa-feed-editor >>> .status', (element) => element.textContent), 'New feed started. Saving it replaces clinic-feed.json.');
    assert.equal(await page.$eval('fqa-feed-editor >>> h1 .file', (element) => element.textContent), 'clinic-feed.json');
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), withUnknown, 'nothing written before Save');
  } finally {
    await browser.close();
  }
});

test('edit: the page passes axe whole (one main landmark, everything in landmarks), the feed open', async () => {
  const file = join(dir, 'axe.json');
  writeFileSync(file, JSON.stringify(original));
  const { url } = await startEditor(file);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.setBypassCSP(true); // for axe's own script only
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fqa-feed-editor')?.shadowRoot?.querySelector('.status')?.textContent?.includes('Opened'));
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`));
    assert.deepEqual(violations, []);
  } finally {
    await browser.close();
  }
});
