// The snippet builder. It reads the feed with the library's own loader and
// previews with the real elements. The snippet:
// - loads the one-file bundle from the reader's own site ("I host it myself", the
//   default: the package is not on npm yet, so the CDN has nothing to serve; the
//   address starts as this site's own copy, beside the builder in ../dist/), or from
//   the public CDN at this package's version, with its integrity hash (from
//   dist/integrity.json, written by the build; `npm run demo` builds it on request);
// - carries the question as complete static HTML inside the tag (src/snippet/fallback.ts),
//   so readers without JavaScript, a CMS that strips <script>, and crawlers get
//   the text; the element upgrades it in place, and keeps it if the feed fails;
// - in "Plain HTML", a static JSON-LD copy whose address is the question's own
//   `url` from the feed, or none (the element fills in the page's address). The
//   WordPress snippet has none: kses would show its text to readers of an
//   author's post; the element writes it at run time where scripts run.
import '../src/fertility-qa.ts';
import { loadFeed, questionJsonLd } from '../src/index.ts';
import { escapeHtml, fallbackHtml } from '../src/snippet/fallback.ts';
import { fontFamilies, hexColour, textSize } from '../src/snippet/host-look.ts';
import { checkEmbed, checkFeed, checkScript, feedUnreadable } from './builder-checks.js';

export { escapeHtml };

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const output = document.getElementById('snippet');
const status = document.getElementById('copied');
// A link to the builder may fill in its address fields, and nothing else: the snippet is made
// from the form alone, so everything it points at is in a field the reader sees (issue 26).
// `?cdn=<base>` (tests) puts jsDelivr's layout on another host in the CDN field, and chooses the CDN.
const params = new URLSearchParams(location.search);
form.feed.value = params.get('feed') ?? new URL('feed.json', import.meta.url).href;
form.embed.value = params.get('embed') ?? new URL('embed.html', import.meta.url).href;
/** Whether the embed page's address is the reader's (typed, or from the link) rather than the builder's default. */
let embedChosen = params.has('embed');
form.embed.addEventListener('input', () => (embedChosen = true));
form.script.value = params.get('script') ?? new URL('../dist/fertility-qa.single.js', import.meta.url).href;
// A link that names an address chooses where it points (?script= wins over ?cdn=).
if (params.has('script')) form.host.value = 'self';
else if (params.has('cdn')) form.host.value = 'cdn';

let feed;
/**
 * Why the feed on show could not be read by the builder (then only an iframe snippet can be
 * made: its embed page, beside the feed, reads it; without the question list, for the
 * feed's search page), or undefined.
 */
let unreadable;
/** The locale tables loaded so far (English is the fallback's default): the static copy is in the snippet's language. */
const locales = new Map();
const LOCALES = { es: () => import('../src/i18n/es.ts'), fr: () => import('../src/i18n/fr.ts'), de: () => import('../src/i18n/de.ts'), ar: () => import('../src/i18n/ar.ts') };

/**
 * The fallback's words and language for the chosen language ("The page's" and English: the default English),
 * and the feed's own language, which its text carries where it is not the snippet's.
 */
function fallbackOptions() {
  const lang = form.lang.value;
  const feedLanguage = feed?.language;
  return { ...(locales.has(lang) && { messages: locales.get(lang), lang }), ...(feedLanguage && { feedLanguage }) };
}

async function loadLocale() {
  const lang = form.lang.value;
  if (lang && !locales.has(lang) && Object.hasOwn(LOCALES, lang)) locales.set(lang, (await LOCALES[lang]()).default.core);
}
/** The CDN file: `{ version, integrity }` from dist/integrity.json (its address is the CDN field's). */
let cdn;

/**
 * The address as typed (trimmed) if the browser would read it as an `http:` or
 * `https:` URL, or as a path relative to the page; otherwise undefined
 * (`javascript:`, `data:`, `blob:`, any other scheme, or nothing at all).
 */
export function acceptedUrl(value) {
  const address = value.trim();
  if (!address) return undefined;
  try {
    const { protocol } = new URL(address, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? address : undefined;
  } catch {
    return undefined;
  }
}

/** Shows (or clears) the message under a URL field; true when the field is usable. */
function checkUrl(input) {
  const ok = acceptedUrl(input.value) !== undefined;
  input.setAttribute('aria-invalid', String(!ok));
  document.getElementById(`${input.id}-problem`).textContent = ok ? '' : `Use an https: or http: address, or a path on your site (like /js/fertility-qa.single.js). "${input.value.trim().slice(0, 80)}" is not one, so there is no snippet.`;
  return ok;
}

/** An SRI value (sha256/384/512, base64), or empty; anything else gets a message. */
function checkIntegrity(input) {
  const value = input.value.trim();
  const ok = value === '' || /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(value);
  input.setAttribute('aria-invalid', String(!ok));
  document.getElementById('integrity-problem').textContent = ok ? '' : 'An integrity hash looks like sha384- followed by letters, digits, + and /. Leave it empty if you have none.';
  return ok;
}

/** The script tag's attributes: the CDN file with its hash, or the reader's own address. */
function scriptAttributes() {
  if (form.host.value === 'cdn') return cdn && checkUrl(form.cdn) ? { src: acceptedUrl(form.cdn.value), integrity: cdn.integrity } : undefined;
  if (!checkUrl(form.script) || !checkIntegrity(form.integrity)) return undefined;
  return { src: acceptedUrl(form.script.value), integrity: form.integrity.value.trim() || undefined };
}

/** An element built with the DOM (so every feed string is escaped as text). */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== '' && value !== false) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}

function widget() {
  const kind = form.kind.value;
  const common = { src: acceptedUrl(form.feed.value), theme: form.theme.value, lang: form.lang.value };
  if (kind === 'question') return element('fertility-question', { ...common, question: form.question.value, collapsible: form.collapsible.checked });
  return element('qa-search', { ...common, categories: kind === 'category' ? form.category.value : '' });
}

/** The host's look for the iframe (its page applies it, validated there too): font, size, text and link colour. */
function lookParams(embed) {
  const font = form.font.value.trim() && fontFamilies(form.font.value);
  if (font) embed.searchParams.set('font', form.font.value.trim());
  if (textSize(form.size.value)) embed.searchParams.set('size', form.size.value);
  if (form.colours.checked) {
    if (hexColour(form.color.value)) embed.searchParams.set('color', form.color.value);
    if (hexColour(form.link.value)) embed.searchParams.set('link', form.link.value);
  }
}

/** The font field: a list of family names (as CSS writes them), or empty. */
function checkFont() {
  const ok = !form.font.value.trim() || fontFamilies(form.font.value) !== undefined;
  form.font.setAttribute('aria-invalid', String(!ok));
  document.getElementById('font-problem').textContent = ok ? '' : 'Font family names only, separated by commas (like Georgia, "Times New Roman", serif); this one is left out.';
}

/** The iframe of the snippet (and of the preview: the same element), or undefined when the form cannot make one. */
function iframeElement() {
  // Beside this builder, or a site's own copy of dist/embed.html, next to its feed (the embed field).
  if (!checkUrl(form.embed)) return undefined;
  checkFont();
  const embed = new URL(acceptedUrl(form.embed.value), document.baseURI);
  embed.searchParams.set('feed', new URL(acceptedUrl(form.feed.value), document.baseURI).href);
  if (form.kind.value === 'question') embed.searchParams.set('question', form.question.value);
  else embed.searchParams.set('search', form.kind.value === 'category' ? form.category.value : '');
  if (form.theme.value) embed.searchParams.set('theme', form.theme.value);
  if (form.lang.value) embed.searchParams.set('lang', form.lang.value);
  lookParams(embed);
  embed.searchParams.set('height', form.height.value);
  const question = form.kind.value === 'question' ? feed?.questionsById.get(form.question.value) : undefined;
  return element('iframe', { src: embed.href, title: question?.title ?? 'Expert answers', loading: 'lazy', style: `display: block; inline-size: 100%; block-size: ${form.height.value}rem; padding: 0; border: 1px solid #d0d7de; border-radius: 8px` });
}

function iframeSnippet() {
  const frame = iframeElement();
  if (!frame) return '';
  const [open, close] = frame.outerHTML.split(/(?=<\/iframe>$)/);
  const question = form.kind.value === 'question' ? feed?.questionsById.get(form.question.value) : undefined;
  // Inside the tag, the question as text: browsers never show it (an iframe's content is not
  // parsed), but a CMS that removes the <iframe> tag (WordPress's kses, for authors) keeps it.
  return question ? `${open}\n${fallbackHtml(question, fallbackOptions())}\n${close}` : open + close;
}

function snippet() {
  if (form.format.value === 'iframe') return iframeSnippet();
  const script = scriptAttributes();
  if (!script) return '';
  const [open, close] = widget().outerHTML.split(/(?=<\/[a-z-]+>$)/);
  const question = form.kind.value === 'question' ? feed.questionsById.get(form.question.value) : undefined;
  // Attributes of DOM-built elements are escaped by the browser's serialiser; the ones written here, by escapeHtml.
  const parts = [question ? `${open}\n${fallbackHtml(question, fallbackOptions())}\n${close}` : open + close];
  parts.push(`<script type="module" src="${escapeHtml(script.src)}"${script.integrity ? ` integrity="${escapeHtml(script.integrity)}" crossorigin="anonymous"` : ''}></script>`);
  if (question && form.format.value === 'html') {
    const json = JSON.stringify(questionJsonLd(question)).replace(/</g, '\\u003c');
    parts.push(`<script type="application/ld+json" data-fertility-qa-question="${escapeHtml(question.id)}">${json}</script>`);
  }
  const html = parts.join('\n');
  return form.format.value === 'wordpress' ? `<!-- wp:html -->\n${html}\n<!-- /wp:html -->` : html;
}

/** The checks of the snippet on show: aborted when the form changes. */
let checking;

/**
 * Shows the findings of the checks (builder-checks.js) in the form and above the snippet:
 * those that stop it working under "will not work as pasted", a warning; limits ("Works
 * only on pages of …") as information. Nothing found: no box. Below 60rem, where the form
 * and the snippet are one column, only the box above the snippet shows (the page's CSS).
 */
function showWarnings(findings, pending = false) {
  const failures = findings.filter((finding) => !finding.limit);
  const limits = findings.filter((finding) => finding.limit);
  const boxes = [document.getElementById('form-warning'), document.getElementById('snippet-warning')];
  for (const box of boxes) {
    box.hidden = !pending && !findings.length;
    box.className = failures.length || pending ? 'warning' : 'information';
    const parts = pending ? [element('p', { class: 'warning-title' }, ['Checking that this snippet works as pasted…'])] : [];
    if (failures.length) parts.push(element('p', { class: 'warning-title' }, ['This snippet will not work as pasted:']), element('ul', {}, failures.map(({ text }) => element('li', {}, [text]))));
    for (const { text } of limits) parts.push(element('p', {}, [text]));
    box.replaceChildren(...parts);
  }
  document.getElementById('snippet').setAttribute('aria-describedby', findings.length ? 'snippet-warning' : '');
}

/** Checks the snippet for real (src/builder-checks.js), the newest form only. */
async function check(preview) {
  checking?.abort();
  const controller = (checking = new AbortController());
  if (!output.value) return showWarnings([]);
  showWarnings([], true);
  const feedUrl = acceptedUrl(form.feed.value);
  let problems;
  if (form.format.value === 'iframe') {
    problems = await checkEmbed(preview, feedUrl, controller.signal);
  } else {
    const script = scriptAttributes();
    problems = (await Promise.all([checkFeed(feedUrl), script ? checkScript(script.src, script.integrity) : []])).flat();
  }
  if (problems && !controller.signal.aborted) showWarnings(problems);
}

/** Clears what the form showed (snippet, preview, checks): nothing to show for it. */
function clearSnippet() {
  checking?.abort();
  output.value = '';
  preview.replaceChildren();
  showWarnings([]);
}

function update() {
  // A feed the builder cannot read: an iframe snippet only (its embed page reads the feed), of the search page.
  for (const kind of ['question', 'category']) form.querySelector(`input[name="kind"][value="${kind}"]`).disabled = Boolean(unreadable);
  if (unreadable && form.kind.value !== 'search') form.kind.value = 'search';
  if (!feed && !(unreadable && form.format.value === 'iframe')) return clearSnippet();
  form.question.disabled = form.kind.value !== 'question';
  form.category.disabled = form.kind.value !== 'category';
  document.getElementById('self-fields').hidden = form.host.value !== 'self';
  document.getElementById('cdn-fields').hidden = form.host.value !== 'cdn';
  document.getElementById('iframe-fields').hidden = form.format.value !== 'iframe';
  form.color.disabled = form.link.disabled = !form.colours.checked;
  // The iframe snippet's preview is the snippet itself: what shows here shows where it is pasted.
  const frame = form.format.value === 'iframe' ? iframeElement() : undefined;
  frame?.removeAttribute('loading'); // checked at once, wherever the preview is on the page
  preview.replaceChildren(frame ?? widget());
  output.value = snippet();
  status.textContent = '';
  void check(frame);
}

/** The CDN file of this version (dist/integrity.json, from the build). */
async function loadCdn() {
  try {
    const record = await (await fetch(new URL('../dist/integrity.json', import.meta.url))).json();
    const base = params.get('cdn') && acceptedUrl(params.get('cdn'));
    cdn = { version: record.version, integrity: record.integrity };
    form.cdn.value = base ? new URL(`dist/${record.file}`, base).href : record.cdn;
    document.getElementById('cdn-version').textContent = `fertility-qa ${record.version}`;
  } catch {
    // No build beside the builder: no CDN choice rather than a guess.
    form.host.value = 'self';
    form.querySelector('input[name="host"][value="cdn"]').disabled = true;
    form.cdn.disabled = true;
    document.getElementById('cdn-version').textContent = 'not available (npm run build writes dist/integrity.json)';
  }
}

async function load() {
  feed = undefined;
  unreadable = undefined;
  const problem = document.getElementById('feed-problem');
  problem.textContent = '';
  status.textContent = '';
  if (!checkUrl(form.feed)) return clearSnippet();
  // A feed on the clinic's own site: the embed page beside it (it shows feeds from its own origin), unless one was given.
  if (!embedChosen) {
    const address = new URL(form.feed.value, document.baseURI);
    form.embed.value = address.origin === location.origin ? new URL('embed.html', import.meta.url).href : new URL('embed.html', address).href;
  }
  const address = form.feed.value;
  let loaded;
  try {
    loaded = (await loadFeed(address)).feed;
  } catch (error) {
    if (address !== form.feed.value) return; // a newer address is loading
    // Nothing of the feed before stays on show; the field says why, and what still works.
    clearSnippet();
    unreadable = await feedUnreadable(address, error);
    if (address !== form.feed.value) return;
    problem.textContent = unreadable;
    form.feed.setAttribute('aria-invalid', 'true');
    return update();
  }
  if (address !== form.feed.value) return;
  feed = loaded;
  // The question and category chosen stay chosen when the new feed has them.
  const [question, category] = [form.question.value, form.category.value];
  form.question.replaceChildren(...feed.questions.map((q) => element('option', { value: q.id }, [q.title])));
  form.category.replaceChildren(...feed.categories.map((c) => element('option', { value: c.id }, [c.name])));
  if (feed.questionsById.has(question)) form.question.value = question;
  if (feed.categories.some((c) => c.id === category)) form.category.value = category;
  update();
}

form.addEventListener('change', async (event) => {
  if (event.target === form.feed) return load();
  if (event.target === form.embed) embedChosen = true;
  if (event.target === form.lang) await loadLocale();
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    output.select();
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});
loadCdn().then(load);
