import type { Feed, Question } from '../feed/types.js';
import { questionFeed } from '../feed/split.js';
import { questionJsonLd } from '../seo/json-ld.js';
import { escapeHtml, fallbackHtml } from './fallback.js';
import { fitInFrame } from './fit-in-frame.js';
import type { CoreMessages, Locale } from '../i18n/messages.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';
import fr from '../i18n/fr.js';
import { en } from '../i18n/en.js';

/** The widget's locale tables by language, for the pages' static text (English is the fallback's default). */
const LOCALES = new Map<string, Locale>([['es', es], ['fr', fr], ['de', de], ['ar', ar]]);

/** The embed page's link to the question's own page, in the languages the widget speaks (pages only: not in the widget's tables, which every page downloads). */
const READ_ALL_ANSWERS = new Map([
  ['en', 'Read all answers'],
  ['es', 'Leer todas las respuestas'],
  ['fr', 'Lire toutes les réponses'],
  ['de', 'Alle Antworten lesen'],
  ['ar', 'اقرأ كل الإجابات'],
]);

/** The pages' language (the feed's, or English), its right-to-left flag, and the fallback's words in it. */
interface PageLanguage {
  lang: string;
  dir?: 'rtl';
  messages?: CoreMessages;
  /** "Read all answers" in the page's language (English for a language the widget does not speak). */
  readAll: string;
}

function pageLanguage(feedLanguage: string | undefined): PageLanguage {
  const lang = feedLanguage && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(feedLanguage) ? feedLanguage : 'en';
  const primary = lang.split('-')[0]!.toLowerCase();
  return {
    lang,
    ...(primary === 'ar' && { dir: 'rtl' as const }),
    ...(LOCALES.has(primary) && { messages: LOCALES.get(primary)!.core }),
    readAll: READ_ALL_ANSWERS.get(primary) ?? READ_ALL_ANSWERS.get('en')!,
  };
}

const htmlTag = ({ lang, dir }: PageLanguage) => `<html lang="${escapeHtml(lang)}"${dir ? ` dir="${dir}"` : ''}>`;

/**
 * Static question pages for "paste a link" CMSes (`fertility-qa pages`): per
 * question, in `<id>/`:
 * - `index.html`: a crawlable page: the complete fallback content inside
 *   `<fertility-question>`, its JSON-LD, the script, and
 *   `<link rel="alternate" type="application/json+oembed">` discovery;
 * - `embed.html`: the same question, compact, for the oEmbed iframe; its feed
 *   is inline (a CMS sandboxes oEmbed iframes, so a fetch would need CORS);
 * - `oembed.json`: oEmbed 1.0, type `rich`, an `<iframe>` of `embed.html`;
 * - `feed.json`: the question's own feed (what `index.html` loads).
 */

/** Where the pages load the widget from: the script's address and, optionally, its SRI hash. */
export interface PagesScript {
  src: string;
  integrity?: string;
}

/** Options for {@link questionPages}. */
export interface PagesOptions {
  /** The absolute http(s) URL the output folder is published at, ending in `/`. */
  baseUrl: string;
  script: PagesScript;
  /** Shown as the oEmbed provider and in page titles; default the feed's title. */
  siteName?: string;
}

/** The oEmbed iframe's height in pixels (the embed page fits it: the question's start, "Read all answers"). */
export const OEMBED_HEIGHT = 640;

const scriptTag = ({ src, integrity }: PagesScript) =>
  `<script type="module" src="${escapeHtml(src)}"${integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : ''}></script>`;

/** JSON safe inside a `<script>` element: `<` escaped, so no text can end it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(question: Question, pageUrl: string, options: PagesOptions, site: string, language: PageLanguage): string {
  const oembed = `${pageUrl}oembed.json`;
  const description = question.summary ?? question.title;
  return `<!doctype html>
${htmlTag(language)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(question.title)}${site ? ` · ${escapeHtml(site)}` : ''}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="canonical" href="${escapeHtml(question.url ?? pageUrl)}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(question.title)}">
<style>body { margin: 0 auto; max-width: 46rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.55; }</style>
<script type="application/ld+json" data-fertility-qa-question="${escapeHtml(question.id)}">${scriptJson(questionJsonLd(question, pageUrl))}</script>
</head>
<body>
<main>
<fertility-question src="feed.json" question="${escapeHtml(question.id)}" heading-level="1">
${fallbackHtml(question, { headingLevel: 1, messages: language.messages })}
</fertility-question>
</main>
${scriptTag(options.script)}
</body>
</html>
`;
}

/** The embed page's own styles: as demo/embed.html's, for the same fit. */
const EMBED_STYLES = `html { overflow-x: hidden; }
body { margin: 0; padding: 0.75rem 1rem; font-family: system-ui, sans-serif; line-height: 1.5; box-sizing: border-box; }
.fertility-qa-embed-clip { --fqa-space: 0.75rem; }
.fertility-qa-embed-clip fertility-question:not([theme])::part(base) { border: 0; padding: 0; }
.fertility-qa-embed-clip.cut { overflow: clip; mask-image: linear-gradient(to bottom, #000 calc(100% - 1em), transparent); }
.fertility-qa-embed-more { margin: 0.75rem 0 0; font-weight: 600; }
.fertility-qa-embed-more[hidden] { display: none; }
.fertility-qa-embed-hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) { body { padding: 0.5rem 0.75rem; } .fertility-qa-embed-clip { --fqa-font-size: 0.9375rem; } }`;

function embedPage(question: Question, document: unknown, pageUrl: string, options: PagesOptions, language: PageLanguage): string {
  return `<!doctype html>
${htmlTag(language)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(question.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(question.url ?? pageUrl)}">
<style>${EMBED_STYLES}</style>
</head>
<body>
<div class="fertility-qa-embed-clip">
<fertility-question question="${escapeHtml(question.id)}" no-structured-data>
<script type="application/json">${scriptJson(document)}</script>
${fallbackHtml(question, { messages: language.messages })}
</fertility-question>
</div>
<p class="fertility-qa-embed-more"><a href="${escapeHtml(question.url ?? pageUrl)}" target="_blank" rel="noopener">${escapeHtml(language.readAll)}<span class="fertility-qa-embed-hint"> ${escapeHtml((language.messages ?? en).opensInNewTab)}</span></a></p>
${scriptTag(options.script)}
<script type="module">
// Fits the frame: the question whole, or its start and "Read all answers"; the whole height goes to the host (fertility-qa:height).
(${fitInFrame.toString()})(document.querySelector('fertility-question'), document.querySelector('.fertility-qa-embed-clip'), document.querySelector('.fertility-qa-embed-more'));
</script>
</body>
</html>
`;
}

/**
 * Every file to write, as [path relative to the output folder, text], one
 * question after another and made only as they are read, so a large feed's
 * pages are never all in memory (`fertility-qa pages` writes each as it comes).
 * Only full feeds have answers to show; ids are already safe as folder names
 * (validation allows slugs only).
 */
export function* questionPageFiles(feed: Feed, options: PagesOptions): Generator<[string, string]> {
  const base = new URL(options.baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new TypeError('the base URL must be an http(s) URL');
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  if (feed.kind !== 'full') throw new Error('Only a full feed has pages; this one is an index.');
  const site = options.siteName ?? feed.title ?? '';
  const language = pageLanguage(feed.language);
  for (const question of feed.questions) {
    const pageUrl = new URL(`${encodeURIComponent(question.id)}/`, base).href;
    const document = questionFeed(feed, question);
    yield [`${question.id}/index.html`, page(question, pageUrl, options, site, language)];
    yield [`${question.id}/embed.html`, embedPage(question, document, pageUrl, options, language)];
    yield [`${question.id}/feed.json`, JSON.stringify(document)];
    const iframe = `<iframe src="${escapeHtml(`${pageUrl}embed.html`)}" title="${escapeHtml(question.title)}" loading="lazy" width="100%" height="${OEMBED_HEIGHT}" style="border:0"></iframe>`;
    yield [
      `${question.id}/oembed.json`,
      JSON.stringify({ version: '1.0', type: 'rich', title: question.title, ...(site && { provider_name: site }), provider_url: base.href, html: iframe, width: 600, height: OEMBED_HEIGHT }, null, 2),
    ];
  }
}

/** Every file of {@link questionPageFiles} in one map, path → text: all in memory, for a small feed (a test, a preview). */
export function questionPages(feed: Feed, options: PagesOptions): Map<string, string> {
  return new Map(questionPageFiles(feed, options));
}
