// The snippet builder. It reads the feed with the library's own loader and
// previews with the real elements; the snippet carries the question and its
// answers as plain HTML inside the tag, so readers without JavaScript, and
// crawlers, see the text, and the element upgrades it in place.
import '../src/fertility-qa.ts';
import { loadFeed, questionJsonLd } from '../src/index.ts';

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const output = document.getElementById('snippet');
const status = document.getElementById('copied');
const params = new URLSearchParams(location.search);
form.feed.value = params.get('feed') ?? new URL('feed.json', import.meta.url).href;
form.script.value = params.get('script') ?? 'https://your-site.example/fertility-qa.js';

let feed;

/** `value` escaped for HTML text and for a double-quoted attribute: `& < > " '` become character references. */
export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
  document.getElementById(`${input.id}-problem`).textContent = ok ? '' : `Use an https: or http: address, or a path on your site (like /js/fertility-qa.js). "${input.value.trim().slice(0, 80)}" is not one, so there is no snippet.`;
  return ok;
}

/** Plain text of the feed's answer markup (links keep their text). */
const plain = (text) => text.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1').replace(/\*\*|\*/g, '');

/** An element built with the DOM (so every feed string is escaped as text). */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== '' && value !== false) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}

/** The question as static HTML: what shows before (or without) the script. */
function fallback(question) {
  const nodes = [element('h2', {}, [question.title]), element('p', {}, [`${question.category.name} · ${question.answers.length} expert${question.answers.length === 1 ? '' : 's'} answered`])];
  for (const answer of question.answers) {
    nodes.push(element('h3', {}, [answer.expert.name]));
    const details = [answer.expert.role, answer.expert.credentials, answer.expert.organisation].filter(Boolean).join(' · ');
    if (details) nodes.push(element('p', {}, [details]));
    for (const paragraph of plain(answer.text ?? answer.video?.transcript ?? '').split(/\n\s*\n/)) if (paragraph.trim()) nodes.push(element('p', {}, [paragraph.trim()]));
    if (answer.video) nodes.push(element('p', {}, [element('a', { href: `https://www.youtube.com/watch?v=${answer.video.youtubeId}` }, ['Watch the video answer on YouTube'])]));
  }
  return nodes;
}

function widget() {
  const kind = form.kind.value;
  const common = { src: acceptedUrl(form.feed.value), theme: form.theme.value, lang: form.lang.value };
  if (kind === 'question') {
    const question = feed.questionsById.get(form.question.value);
    return element('fertility-question', { ...common, question: question.id, collapsible: form.collapsible.checked }, fallback(question));
  }
  return element('qa-search', { ...common, categories: kind === 'category' ? form.category.value : '' });
}

function snippet() {
  const tag = widget();
  const indent = (html) => html.replace(/></g, '>\n  <').replace(/\n  <\/fertility-question>/, '\n</fertility-question>');
  // Attributes of DOM-built elements are escaped by the browser's serialiser; the two written here, by escapeHtml.
  const parts = [indent(tag.outerHTML), `<script type="module" src="${escapeHtml(acceptedUrl(form.script.value))}"></script>`];
  if (form.kind.value === 'question') {
    const json = JSON.stringify(questionJsonLd(feed.questionsById.get(form.question.value), location.href.split('?')[0])).replace(/</g, '\\u003c');
    parts.push(`<script type="application/ld+json" data-fertility-qa-question="${escapeHtml(form.question.value)}">${json}</script>`);
  }
  const html = parts.join('\n');
  if (form.format.value === 'wordpress') return `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;
  if (form.format.value === 'iframe') {
    const embed = new URL('embed.html', import.meta.url); // beside this builder
    embed.searchParams.set('feed', acceptedUrl(form.feed.value));
    if (form.kind.value === 'question') embed.searchParams.set('question', form.question.value);
    else embed.searchParams.set('search', form.kind.value === 'category' ? form.category.value : '');
    if (form.theme.value) embed.searchParams.set('theme', form.theme.value);
    if (form.lang.value) embed.searchParams.set('lang', form.lang.value);
    const title = form.kind.value === 'question' ? feed.questionsById.get(form.question.value).title : 'Expert answers';
    return `${element('iframe', { src: embed.href, title, loading: 'lazy', style: 'inline-size: 100%; block-size: 40rem; border: 0' }).outerHTML}`;
  }
  return html;
}

function update() {
  if (!feed) return;
  form.question.disabled = form.kind.value !== 'question';
  form.category.disabled = form.kind.value !== 'category';
  preview.replaceChildren(widget());
  output.value = checkUrl(form.script) ? snippet() : '';
  status.textContent = '';
}

async function load() {
  feed = undefined;
  if (!checkUrl(form.feed)) {
    output.value = '';
    preview.replaceChildren();
    return;
  }
  try {
    ({ feed } = await loadFeed(form.feed.value));
  } catch {
    output.value = '';
    status.textContent = 'That feed could not be loaded.';
    return;
  }
  form.question.replaceChildren(...feed.questions.map((q) => element('option', { value: q.id }, [q.title])));
  form.category.replaceChildren(...feed.categories.map((c) => element('option', { value: c.id }, [c.name])));
  update();
}

form.addEventListener('change', (event) => (event.target === form.feed ? load() : update()));
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
load();
