// `fertility-qa pages` writes a whole site (issue 29): what is in its files, run as a
// user would (a real process, real files). Needs `npm run build`. The same site
// opened in Chromium: test/cli/site-browser.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/fertility-qa.mjs');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-site-'));
const feedFile = join(root, 'demo/feed.json');
const feed = JSON.parse(readFileSync(feedFile, 'utf8'));
const BASE = 'https://faq.clinic.example/answers/';
const SCRIPT = 'https://widgets.clinic.example/fqa/fertility-qa.js';
const read = (...path) => readFileSync(join(...path), 'utf8');
/** The value of `<meta property|name="key" content="…">` or `<link rel="key" href="…">` in a page. */
const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
const link = (html, rel) => html.match(new RegExp(`<link rel="${rel}" href="([^"]*)"`))?.[1];
/** Every href of `<a>` in the page's own markup. */
const anchors = (html) => [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);

const out = join(dir, 'site');
const made = run('pages', feedFile, '--out', out, '--base-url', BASE, '--script', SCRIPT);

test('pages writes a site: index with every question and category linked, search over the split feed', () => {
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /wrote a site of 24 pages .*index\.html, 6 category pages, 17 question pages/);
  const index = read(out, 'index.html');
  assert.match(index, /<h1>Demo content — fictional clinic Q&#38;A<\/h1>/);
  const hrefs = anchors(index);
  for (const question of feed.questions) assert.ok(hrefs.includes(`${question.id}/`), `index links ${question.id}`);
  for (const category of feed.categories) assert.ok(hrefs.includes(`category/${category.id}/`), `index links category ${category.id}`);
  // Every link from the index leads to a page that was written (the site's links are relative).
  for (const href of hrefs.filter((h) => !/^[a-z]+:/.test(h))) assert.ok(existsSync(join(out, href, 'index.html')) || href === './', `${href} exists`);
  // The search reads the split feed; the question list is inside it (for crawlers and readers without scripts).
  assert.match(index, /<qa-search src="feed\.split\/index\.json" heading-level="2">\n<h2>Every question<\/h2>\n<ul class="fertility-qa-site-list">/);
  const split = JSON.parse(read(out, 'feed.split/index.json'));
  assert.equal(split.kind, 'index');
  assert.equal(split.search, 'search/manifest.json');
  // A search result opens the question's page on this site.
  for (const entry of split.questions) assert.equal(entry.url, `${BASE}${entry.id}/`);
  assert.equal(run('validate', join(out, 'feed.split/index.json')).status, 0);
  assert.equal(link(index, 'canonical'), BASE);
  assert.equal(meta(index, 'og:type'), 'website');
});

test('category pages: the category\'s questions, searchable within it, and the way home', () => {
  const page = read(out, 'category/treatments/index.html');
  assert.match(page, /<h1 dir="auto">Treatments<\/h1>/);
  assert.match(page, /<qa-search src="\.\.\/\.\.\/feed\.split\/index\.json" categories="treatments" heading-level="2">/);
  const ids = feed.questions.filter((q) => q.category === 'treatments').map((q) => q.id);
  const listed = anchors(page.slice(page.indexOf('<qa-search'), page.indexOf('</qa-search>')));
  assert.deepEqual(listed, ids.map((id) => `../../${id}/`));
  assert.ok(anchors(page).includes('../../'));
  assert.equal(link(page, 'canonical'), `${BASE}category/treatments/`);
});

test('question pages: canonical (the feed\'s url, else the page), Open Graph, Twitter card, oEmbed, preloads, the way back', () => {
  for (const question of feed.questions) {
    const html = read(out, question.id, 'index.html');
    const page = `${BASE}${question.id}/`;
    const canonical = question.url ?? page;
    assert.equal(link(html, 'canonical'), canonical, question.id);
    assert.equal(meta(html, 'og:url'), canonical, question.id);
    assert.equal(meta(html, 'og:title'), question.title.replace(/&/g, '&#38;').replace(/'/g, '&#39;').replace(/"/g, '&#34;'), question.id);
    assert.equal(meta(html, 'og:type'), 'article');
    assert.ok(meta(html, 'twitter:card'), question.id);
    assert.match(html, new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="${page}oembed.json"`));
    // The entry and the core it imports at once, and the question's feed, fetched from the head on.
    assert.match(html, new RegExp(`<link rel="modulepreload" href="${SCRIPT}">\\n<link rel="modulepreload" href="https://widgets.clinic.example/fqa/core-[\\w-]+\\.js">`));
    assert.ok(html.includes('<link rel="preload" as="fetch" crossorigin="anonymous" href="feed.json">'), question.id);
    assert.ok(anchors(html).includes('../'), 'links home');
    assert.ok(anchors(html).includes(`../category/${question.category}/`), 'links its category');
  }
  // The core named is the one this build wrote.
  const core = read(out, 'nk-cells/index.html').match(/fqa\/(core-[\w-]+\.js)/)[1];
  assert.ok(existsSync(join(root, 'dist', core)));
  // A question whose only poster is an SVG: link previews show raster pictures only, so no image (and a small card).
  assert.equal(meta(read(out, 'ivf/index.html'), 'og:image'), undefined);
  assert.equal(meta(read(out, 'ivf/index.html'), 'twitter:card'), 'summary');
  // Open Graph's locale, as ll_CC.
  assert.equal(meta(read(out, 'ivf/index.html'), 'og:locale'), 'en_US');
  assert.equal(meta(read(out, 'index.html'), 'og:locale'), 'en_US');
  // "More in <category>": the category's other questions.
  const more = read(out, 'ivf/index.html');
  assert.match(more, /<h2 id="fqa-more">More in <span dir="auto">Treatments<\/span><\/h2>/);
  assert.ok(anchors(more).includes('../iui-vs-ivf/'));
  assert.ok(!anchors(more).includes('../ivf/'), 'not itself');
});

test('sitemap.xml lists every page that is its own canonical, lastmod its questions\' latest review; robots.txt names it', () => {
  const sitemap = read(out, 'sitemap.xml');
  const entries = new Map([...sitemap.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map((match) => [match[1], match[2]]));
  const own = feed.questions.filter((q) => !q.url);
  assert.equal(entries.size, 1 + feed.categories.length + own.length);
  assert.equal(entries.get(BASE), feed.questions.map((q) => q.reviewed).sort().at(-1));
  for (const question of own) assert.equal(entries.get(`${BASE}${question.id}/`), question.reviewed, question.id);
  // A question whose page is elsewhere (its feed url) is that page's to list.
  for (const question of feed.questions.filter((q) => q.url)) assert.equal(entries.has(`${BASE}${question.id}/`), false, question.id);
  const treatments = feed.questions.filter((q) => q.category === 'treatments').map((q) => q.reviewed).sort().at(-1);
  assert.equal(entries.get(`${BASE}category/treatments/`), treatments);
  assert.equal(read(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${BASE}sitemap.xml\n`);
  // robots.txt counts only at a host's top: the run says where the Sitemap line must go.
  assert.match(made.stdout, /add "Sitemap: https:\/\/faq\.clinic\.example\/answers\/sitemap\.xml" to https:\/\/faq\.clinic\.example\/robots\.txt/);
});

test('a poster the feed names beside itself is copied; its address in every output is where the copy is published', () => {
  assert.deepEqual(readFileSync(join(out, 'poster-embryology-lab.svg')), readFileSync(join(root, 'demo/poster-embryology-lab.svg')));
  const own = JSON.parse(read(out, 'ivf/feed.json'));
  assert.equal(own.questions[0].answers.find((a) => a.video?.poster).video.poster, `${BASE}poster-embryology-lab.svg`);
  // The split feed keeps it relative to each file, as split does.
  const split = JSON.parse(read(out, 'feed.split/questions/ivf.json'));
  assert.equal(split.questions[0].answers.find((a) => a.video?.poster).video.poster, '../../poster-embryology-lab.svg');
});

test('a poster address that leaves the feed\'s folder (.., encoded, a link out) is never read or copied: a warning each', () => {
  const folder = join(dir, 'feed-folder');
  mkdirSync(join(folder, 'img'), { recursive: true });
  writeFileSync(join(dir, 'secret.svg'), '<svg>secret</svg>');
  writeFileSync(join(folder, 'img', 'ok.svg'), '<svg>ok</svg>');
  writeFileSync(join(folder, 'notes.txt'), 'not a picture');
  symlinkSync(join(dir, 'secret.svg'), join(folder, 'img', 'linked.svg'));
  const posters = ['img/ok.svg', '../secret.svg', '%2e%2e/secret.svg', 'img%2f..%2f..%2fsecret.svg', 'img/linked.svg', 'notes.txt', 'img/missing.svg'];
  const hostile = {
    version: 1,
    experts: [{ id: 'e', name: 'E' }],
    questions: posters.map((poster, i) => ({ id: `q${i}`, title: `Q${i}?`, category: 'C', answers: [{ expert: 'e', video: { youtubeId: 'aaaaaaaaaaa', poster, transcript: 'T.' } }] })),
  };
  writeFileSync(join(folder, 'feed.json'), JSON.stringify(hostile));
  const site = join(dir, 'hostile-site');
  const result = run('pages', join(folder, 'feed.json'), '--out', site, '--base-url', BASE, '--script', SCRIPT);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(readdirSync(join(site, 'img')), ['ok.svg']);
  const everything = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => read(entry.parentPath, entry.name)).join('\n');
  assert.doesNotMatch(everything, /secret<\/svg>|not a picture/);
  for (const id of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']) assert.match(result.stderr, new RegExp(`question "${id}": video poster`), id);
  assert.doesNotMatch(result.stderr, /question "q0"/);
});

test('--template: every page wears the clinic\'s header, footer and stylesheet, rebased for its depth; its files copied', () => {
  const clinic = join(dir, 'clinic');
  mkdirSync(join(clinic, 'css'), { recursive: true });
  writeFileSync(join(clinic, 'css', 'clinic.css'), 'body { font-family: Georgia, serif; } .logo { background: url("../logo.svg"); }');
  writeFileSync(join(clinic, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(clinic, 'page.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic</title><link rel="stylesheet" href="css/clinic.css"><link rel="icon" href="https://clinic.example/icon.png"></head>
<body class="clinic">
<header class="clinic-header"><img src="logo.svg" alt="Example Clinic (demo)"><a href="/contact/">Contact</a></header>
<main class="clinic-main"><!-- fertility-qa:content --></main>
<footer class="clinic-footer">Example Clinic (demo)</footer>
</body></html>`,
  );
  const site = join(dir, 'templated');
  const result = run('pages', feedFile, '--out', site, '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'page.html'));
  assert.equal(result.status, 0, result.stderr);
  const pages = [['index.html', ''], ['category/treatments/index.html', '../../'], ...feed.questions.map((q) => [`${q.id}/index.html`, '../'])];
  for (const [path, up] of pages) {
    const html = read(site, path);
    assert.ok(html.includes(`<link rel="stylesheet" href="${up}css/clinic.css">`), path);
    assert.ok(html.includes(`<img src="${up}logo.svg" alt="Example Clinic (demo)">`), path);
    assert.ok(html.includes('<a href="/contact/">Contact</a>'), `${path}: a root address stays`);
    assert.ok(html.includes('<link rel="icon" href="https://clinic.example/icon.png">'), path);
    assert.match(html, /<body class="clinic">\n<header class="clinic-header">/, path);
    assert.match(html, /<main class="clinic-main">(<nav class="fertility-qa-breadcrumb"|<h1>)/, path);
    assert.match(html, /<footer class="clinic-footer">Example Clinic \(demo\)<\/footer>/, path);
    assert.equal(html.match(/<title>/g).length, 1, `${path}: the page's own title only`);
    assert.doesNotMatch(html, /<title>Clinic<\/title>/);
    assert.equal(html.match(/<main/g).length, 1, `${path}: one main`);
  }
  assert.equal(read(site, 'css/clinic.css'), read(clinic, 'css/clinic.css'));
  assert.ok(existsSync(join(site, 'logo.svg')));

  // A template without the marker, or with two: one message, nothing written.
  writeFileSync(join(clinic, 'bare.html'), '<html><head></head><body><main></main></body></html>');
  const bare = run('pages', feedFile, '--out', join(dir, 'bare'), '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'bare.html'));
  assert.equal(bare.status, 1);
  assert.match(bare.stderr, /--template \S+bare\.html: it has no <!-- fertility-qa:content --> where the pages' content goes\.\n$/);
  assert.equal(existsSync(join(dir, 'bare')), false);
  assert.equal(run('split', feedFile, '--out', join(dir, 'x'), '--template', join(clinic, 'page.html')).status, 2);
});

test('--site-name: the site\'s public name in titles, the header, the breadcrumb, og:site_name and oEmbed; the index keeps the feed\'s title', () => {
  const site = join(dir, 'named');
  const result = run('pages', feedFile, '--out', site, '--base-url', BASE, '--script', SCRIPT, '--site-name', 'Example Clinic (demo)');
  assert.equal(result.status, 0, result.stderr);
  const index = read(site, 'index.html');
  assert.match(index, /<h1>Demo content — fictional clinic Q&#38;A<\/h1>/);
  assert.match(index, /<title>Demo content — fictional clinic Q&#38;A · Example Clinic \(demo\)<\/title>/);
  assert.match(index, /<header class="fertility-qa-site-header"><a href="\.\/">Example Clinic \(demo\)<\/a><\/header>/);
  const question = read(site, 'ivf/index.html');
  assert.equal(meta(question, 'og:site_name'), 'Example Clinic (demo)');
  assert.match(question, /<title>[^<]+ · Example Clinic \(demo\)<\/title>/);
  assert.match(question, /<ol><li><a href="\.\.\/">Example Clinic \(demo\)<\/a><\/li>/);
  assert.match(read(site, 'category/treatments/index.html'), /<ol><li><a href="\.\.\/\.\.\/">Example Clinic \(demo\)<\/a><\/li><\/ol>/);
  assert.equal(JSON.parse(read(site, 'ivf/oembed.json')).provider_name, 'Example Clinic (demo)');
  assert.doesNotMatch(question, /og:site_name" content="Demo content/);
  // Only for pages, and never empty.
  assert.equal(run('split', feedFile, '--out', join(dir, 'named-split'), '--site-name', 'X').status, 2);
  assert.equal(run('pages', feedFile, '--out', join(dir, 'named-empty'), '--base-url', BASE, '--site-name', ' ').status, 2);
  assert.match(run('--help').stdout, /--site-name <name>/);
});

test('--template: its canonical, description, robots, Open Graph, Twitter, <base> and JSON-LD stay out of the pages, one warning each', () => {
  const clinic = join(dir, 'clinic-head');
  mkdirSync(clinic, { recursive: true });
  const own = [
    '<link rel="canonical" href="https://clinic.example/">',
    '<meta name="description" content="The clinic\'s home page">',
    '<meta property="og:title" content="Clinic home">',
    '<meta property="og:image" content="https://clinic.example/home.jpg">',
    '<meta name="twitter:card" content="summary">',
    '<meta name="robots" content="noindex">',
    '<base href="https://clinic.example/">',
    '<script type="application/ld+json">{"@type":"MedicalClinic"}</script>',
  ];
  writeFileSync(
    join(clinic, 'page.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Clinic</title>
${own.join('\n')}
<meta name="theme-color" content="#5b2a86"><link rel="icon" href="https://clinic.example/icon.png">
</head><body><main><!-- fertility-qa:content --></main></body></html>`,
  );
  const site = join(dir, 'templated-head');
  const result = run('pages', feedFile, '--out', site, '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'page.html'));
  assert.equal(result.status, 0, result.stderr);
  for (const path of ['index.html', 'category/treatments/index.html', 'ivf/index.html']) {
    const html = read(site, path);
    assert.equal(html.match(/<link rel="canonical"/g).length, 1, `${path}: one canonical`);
    assert.equal(html.match(/<meta name="description"/g).length, 1, `${path}: one description`);
    assert.equal(html.match(/<meta property="og:title"/g).length, 1, `${path}: one og:title`);
    assert.equal(html.match(/<meta charset/g).length, 1, `${path}: one charset`);
    assert.equal(html.match(/<meta name="viewport"/g).length, 1, `${path}: one viewport`);
    assert.doesNotMatch(html, /clinic\.example\/"|Clinic home|home\.jpg|noindex|<base|MedicalClinic/, path);
    // The rest of the template's head stays.
    assert.ok(html.includes('<meta name="theme-color" content="#5b2a86">'), path);
    assert.ok(html.includes('<link rel="icon" href="https://clinic.example/icon.png">'), path);
  }
  for (const tag of own) {
    const start = tag.slice(0, tag.indexOf('>') + 1);
    assert.equal(result.stderr.split(start).length - 1, 1, `one warning for ${start}`);
  }
  assert.match(result.stderr, new RegExp(`--template \\S+page\\.html: <base href="https://clinic\\.example/"> left out of every page: a <base> would make every relative link`));
});

test('--template: what its inline CSS names is copied and rebased; a link that is not a page of the site is named, once', () => {
  const clinic = join(dir, 'clinic-links');
  mkdirSync(join(clinic, 'img'), { recursive: true });
  writeFileSync(join(clinic, 'img', 'bg.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(clinic, 'img', 'badge.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(clinic, 'page.html'),
    `<!doctype html><html lang="en"><head><title>Clinic</title><style>.hero { background: url(img/bg.svg) no-repeat; } .x { background: url("https://cdn.example/x.png"); }</style></head>
<body><header class="hero"><span style="background-image: url('img/badge.svg')"></span>
<a href="./">Answers</a> <a href="ivf/">IVF</a> <a href="category/treatments/index.html">Treatments</a> <a href="sitemap.xml">Sitemap</a>
<a href="about.html">About us</a> <a href="../contact/">Contact</a> <a href="about.html#team">Team</a> <a href="/root/">Root</a></header>
<main><!-- fertility-qa:content --></main></body></html>`,
  );
  const site = join(dir, 'templated-links');
  const result = run('pages', feedFile, '--out', site, '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'page.html'));
  assert.equal(result.status, 0, result.stderr);
  assert.ok(existsSync(join(site, 'img/bg.svg')), 'the <style> picture is copied');
  assert.ok(existsSync(join(site, 'img/badge.svg')), 'the style="" picture is copied');
  for (const [path, up] of [['index.html', ''], ['ivf/index.html', '../'], ['category/treatments/index.html', '../../']]) {
    const html = read(site, path);
    assert.ok(html.includes(`.hero { background: url(${up}img/bg.svg) no-repeat; }`), `${path}: <style> rebased`);
    assert.ok(html.includes('url("https://cdn.example/x.png")'), `${path}: an absolute url() stays`);
    assert.ok(html.includes(`style="background-image: url('${up}img/badge.svg')"`), `${path}: style="" rebased`);
  }
  // Links to the site's own pages: no warning. Others: one each, saying where they would lead.
  assert.doesNotMatch(result.stderr, /"?(\.\/|ivf\/|category\/treatments\/index\.html|sitemap\.xml|\/root\/) (is neither|leads out)/);
  assert.equal(result.stderr.match(/about\.html is neither a page of the site/g)?.length, 1, result.stderr);
  assert.match(result.stderr, /about\.html is neither a page of the site nor a file copied from beside the template: published, it would lead to https:\/\/faq\.clinic\.example\/answers\/about\.html/);
  assert.match(result.stderr, /about\.html#team is neither a page of the site/);
  assert.match(result.stderr, /\.\.\/contact\/ leads out of the site's folder, to https:\/\/faq\.clinic\.example\/contact\//);
});

test('each embed.html has the iframe page\'s own styles, link colour rule included (one source: src/snippet/embed-styles.ts)', () => {
  const embed = read(out, 'ivf/embed.html');
  assert.ok(embed.includes('.fertility-qa-embed-more a { color: var(--fqa-embed-link, LinkText); }'), 'the link colour rule');
  assert.ok(embed.includes('.fertility-qa-embed-clip.cut { overflow: clip;'), 'the cut');
});

test('category folders: a name that is not a slug gets one with its accents folded, as the editor makes ids', () => {
  const folder = join(dir, 'accents');
  mkdirSync(folder, { recursive: true });
  const categories = ['Fécondation in vitro', 'Ärztliche Beratung', 'Ovocytes & donneuses'];
  writeFileSync(
    join(folder, 'feed.json'),
    JSON.stringify({ version: 1, title: 'Démo', experts: [{ id: 'e', name: 'E' }], questions: categories.map((category, i) => ({ id: `q${i}`, title: `Q${i}?`, category, answers: [{ expert: 'e', text: 'Demo text.' }] })) }),
  );
  const site = join(dir, 'accents-site');
  const result = run('pages', join(folder, 'feed.json'), '--out', site, '--base-url', BASE, '--script', SCRIPT);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(readdirSync(join(site, 'category')).sort(), ['arztliche-beratung', 'fecondation-in-vitro', 'ovocytes-donneuses']);
  assert.ok(anchors(read(site, 'index.html')).includes('category/fecondation-in-vitro/'));
});

test('the default page: a skip link to the content first; a category page marks its own entry in the list (aria-current)', () => {
  for (const path of ['index.html', 'ivf/index.html', 'category/treatments/index.html']) {
    assert.match(read(out, path), /<body class="fertility-qa-site">\n<a class="fertility-qa-skip" href="#content">Skip to content<\/a>\n<header/, path);
    assert.match(read(out, path), /<main id="content">/, path);
  }
  const page = read(out, 'category/treatments/index.html');
  assert.deepEqual([...page.matchAll(/<a href="([^"]*)" aria-current="page">/g)].map((match) => match[1]), ['../../category/treatments/']);
  assert.doesNotMatch(read(out, 'index.html'), /aria-current/);
});

test('a raster poster is the link preview picture; an SVG one never is', () => {
  const folder = join(dir, 'posters');
  mkdirSync(folder, { recursive: true });
  const video = (poster) => ({ expert: 'e', video: { youtubeId: 'aaaaaaaaaaa', poster, transcript: 'Demo transcript.' } });
  writeFileSync(
    join(folder, 'feed.json'),
    JSON.stringify({ version: 1, language: 'fr', experts: [{ id: 'e', name: 'E' }], questions: [{ id: 'both', title: 'Q?', category: 'c', answers: [video('https://img.example/a.svg'), video('https://img.example/b.jpg')] }] }),
  );
  const site = join(dir, 'posters-site');
  assert.equal(run('pages', join(folder, 'feed.json'), '--out', site, '--base-url', BASE, '--script', SCRIPT).status, 0);
  const html = read(site, 'both/index.html');
  assert.equal(meta(html, 'og:image'), 'https://img.example/b.jpg');
  assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
  assert.equal(meta(html, 'og:locale'), 'fr_FR');
});

test('a copied file with the name of one the run writes, or a template file and a poster at one path, is said clearly; nothing written', () => {
  const clinic = join(dir, 'clinic-clash');
  mkdirSync(clinic, { recursive: true });
  writeFileSync(join(clinic, 'fertility-qa-site.css'), 'body { color: red; }');
  writeFileSync(join(clinic, 'page.html'), '<!doctype html><html><head><link rel="stylesheet" href="fertility-qa-site.css"></head><body><main><!-- fertility-qa:content --></main></body></html>');
  const clash = run('pages', feedFile, '--out', join(dir, 'clash'), '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'page.html'));
  assert.equal(clash.status, 1);
  assert.match(clash.stderr, /two files would be written at fertility-qa-site\.css .*nothing written\. Rename that file\./);
  assert.doesNotMatch(clash.stderr, /EEXIST/);
  assert.equal(existsSync(join(dir, 'clash')), false);
  // The template names a picture at the path of the feed's poster, with other bytes.
  writeFileSync(join(clinic, 'poster-embryology-lab.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><title>clinic</title></svg>');
  writeFileSync(join(clinic, 'poster.html'), '<!doctype html><html><head></head><body><img src="poster-embryology-lab.svg" alt=""><main><!-- fertility-qa:content --></main></body></html>');
  const twice = run('pages', feedFile, '--out', join(dir, 'clash-poster'), '--base-url', BASE, '--script', SCRIPT, '--template', join(clinic, 'poster.html'));
  assert.equal(twice.status, 1);
  assert.match(twice.stderr, /poster-embryology-lab\.svg: the template's file and the feed's picture of that name differ/);
});
