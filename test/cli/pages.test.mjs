// `fertility-qa pages` and dist/integrity.json, run as a user would (a real
// process, real files). Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/fertility-qa.mjs');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-pages-'));
const feedFile = join(root, 'demo/feed.json');
const feed = JSON.parse(readFileSync(feedFile, 'utf8'));
const BASE = 'https://faq.clinic.example/answers/';

test('dist/integrity.json: the jsDelivr URL at package.json\'s version and the sha384 of the built single file', () => {
  const record = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(record.cdn, `https://cdn.jsdelivr.net/npm/fertility-qa@${version}/dist/fertility-qa.single.js`);
  const hash = createHash('sha384').update(readFileSync(join(root, 'dist/fertility-qa.single.js'))).digest('base64');
  assert.equal(record.integrity, `sha384-${hash}`);
});

test('pages: a crawlable page per question with JSON-LD, the widget, the full fallback and oEmbed discovery', () => {
  const out = join(dir, 'site');
  const result = run('pages', feedFile, '--out', out, '--base-url', BASE);
  assert.equal(result.status, 0, result.stderr);
  // A folder per question, the site's own files, the poster the feed names beside it, and the marker that says
  // fertility-qa wrote this folder (so a later run may replace it).
  const site = ['category', 'feed.split', 'fertility-qa-site.css', 'index.html', 'poster-embryology-lab.svg', 'robots.txt', 'sitemap.xml'];
  assert.deepEqual(readdirSync(out).sort(), ['.fertility-qa.json', ...site, ...feed.questions.map((q) => q.id)].sort());
  const html = readFileSync(join(out, 'nk-cells/index.html'), 'utf8');
  const page = `${BASE}nk-cells/`;
  assert.match(html, new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="${page}oembed.json"`));
  assert.match(html, new RegExp(`<link rel="canonical" href="${page}">`));
  const { integrity, cdn } = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
  assert.ok(html.includes(`<script type="module" src="${cdn}" integrity="${integrity}" crossorigin="anonymous"></script>`));
  assert.match(html, /<fertility-question src="feed.json" question="nk-cells" heading-level="1">\n<div class="fertility-qa-fallback" style="[^"]*border:1px solid/);
  assert.match(html, /<ul style="[^"]*"><li style="[^"]*">What is the evidence that it helps people in my situation\?<\/li>/);
  assert.match(html, /<sup><a href="#fqa-nk-cells-ref-1">\[1\]<\/a><\/sup>/);
  assert.match(html, /<li id="fqa-nk-cells-ref-1" dir="auto" style="[^"]*">/);
  assert.match(html, /not personal medical advice/);
  const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s)[1]);
  assert.equal(jsonLd['@id'], `${page}#nk-cells`);
  // A question with its own url in the feed keeps it as its address.
  const ivf = readFileSync(join(out, 'ivf/index.html'), 'utf8');
  assert.match(ivf, /<link rel="canonical" href="https:\/\/example.org\/qa\/ivf">/);
  // The question's own feed, valid on its own.
  assert.equal(run('validate', join(out, 'nk-cells/feed.json')).status, 0);

  const oembed = JSON.parse(readFileSync(join(out, 'nk-cells/oembed.json'), 'utf8'));
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.title, 'What are natural killer cells and are they tested?');
  assert.match(oembed.html, new RegExp(`^<iframe src="${page}embed.html" title="What are natural killer cells and are they tested\\?" loading="lazy"`));
  assert.ok(oembed.height > 0 && oembed.width > 0);
  const embed = readFileSync(join(out, 'nk-cells/embed.html'), 'utf8');
  assert.match(embed, /<fertility-question question="nk-cells" no-structured-data>\n<script type="application\/json">/);
});

test("pages: the pages are in the feed's language (html lang, and the fallback's own words from the widget's locale table)", () => {
  const out = join(dir, 'site-es');
  // The Spanish demo feed, its first question given a reference: the references' heading is looked for on it.
  const spanish = JSON.parse(readFileSync(join(root, 'demo/feed.es.json'), 'utf8'));
  const withReferences = spanish.questions[0];
  withReferences.references = [{ title: 'Una referencia de prueba', url: 'https://example.org/referencia' }];
  const spanishFile = join(dir, 'feed.es.json');
  writeFileSync(spanishFile, JSON.stringify(spanish));
  const result = run('pages', spanishFile, '--out', out, '--base-url', BASE);
  assert.equal(result.status, 0, result.stderr);
  for (const file of ['index.html', 'embed.html']) {
    const html = readFileSync(join(out, withReferences.id, file), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="es">/, file);
    assert.match(html, /Estas respuestas son información general/, file);
    assert.doesNotMatch(html, /not personal medical advice|experts? answered/, file);
    assert.match(html, /<h\d class="fertility-qa-references" style="[^"]*"><span style="[^"]*">Referencias<\/span><\/h\d>/, file);
  }
  // The embed page's link to the whole question, and its new-tab hint, are Spanish too.
  const embed = readFileSync(join(out, withReferences.id, 'embed.html'), 'utf8');
  assert.match(embed, /target="_blank" rel="noopener">Leer todas las respuestas<span class="fertility-qa-embed-hint"> \(se abre en una pestaña nueva\)<\/span><\/a>/);
  assert.doesNotMatch(embed, /Read all answers<|opens in a new tab/);
  // An English feed stays English.
  assert.match(readFileSync(join(dir, 'site/nk-cells/index.html'), 'utf8'), /^<!doctype html>\n<html lang="en">/);
});

test('pages: feed text is escaped everywhere (HTML, attributes, inline JSON)', () => {
  const hostile = structuredClone(feed);
  const q = hostile.questions.find((x) => x.id === 'nk-cells');
  q.title = 'Evil </script><script>alert(1)</script> "quoted" <b>';
  q.summary = '"><img src=x onerror=alert(1)>';
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(hostile));
  const out = join(dir, 'hostile');
  assert.equal(run('pages', file, '--out', out, '--base-url', BASE).status, 0);
  for (const name of ['index.html', 'embed.html']) {
    const html = readFileSync(join(out, 'nk-cells', name), 'utf8');
    assert.doesNotMatch(html, /<script>alert|<img src=x|<b>/, name);
    assert.equal(html.match(/<\/script>/g).length, html.match(/<script[ >]/g).length, `${name}: every script ends where it should`);
  }
  assert.doesNotMatch(JSON.parse(readFileSync(join(out, 'nk-cells/oembed.json'), 'utf8')).html, /<script|<b>/);
});

test('pages: usage errors exit 2; a symbolic link in the way is refused and nothing is written', () => {
  assert.equal(run('pages', feedFile, '--out', join(dir, 'x')).status, 2);
  assert.equal(run('pages', feedFile, '--out', join(dir, 'x'), '--base-url', 'javascript:alert(1)').status, 2);
  assert.equal(run('pages', feedFile, '--out', join(dir, 'x'), '--base-url', BASE, '--script', 'data:text/javascript,1').status, 2);
  assert.equal(run('pages', feedFile, '--out', join(dir, 'x'), '--base-url', BASE, '--script', 'https://a.example/f.js', '--integrity', '" onload="x').status, 2);
  assert.equal(run('split', feedFile, '--out', join(dir, 'x'), '--base-url', BASE).status, 2);
  assert.equal(existsSync(join(dir, 'x')), false);
  const out = join(dir, 'linked');
  mkdirSync(out);
  symlinkSync(dir, join(out, 'nk-cells'));
  const result = run('pages', feedFile, '--out', out, '--base-url', BASE);
  assert.equal(result.status, 1);
  // A folder it did not write (here, holding a link) is refused whole: pages writes a fresh folder and moves it into place.
  assert.match(result.stderr, /linked holds \S+linked\/nk-cells, which fertility-qa did not write/);
  assert.deepEqual(readdirSync(out), ['nk-cells']);
  // Own script: no integrity unless given.
  const own = join(dir, 'own');
  assert.equal(run('pages', feedFile, '--out', own, '--base-url', BASE, '--script', 'https://faq.clinic.example/js/fertility-qa.single.js').status, 0);
  assert.match(readFileSync(join(own, 'ivf/index.html'), 'utf8'), /<script type="module" src="https:\/\/faq.clinic.example\/js\/fertility-qa.single.js"><\/script>/);
});
