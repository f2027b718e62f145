import type { Feed, Question } from '../feed/types.js';
import { questionFeed } from '../feed/split.js';
import { questionJsonLd } from '../seo/json-ld.js';
import { escapeHtml, fallbackHtml } from './fallback.js';
import { categoryName } from '../feed/category-name.js';
import { categoryFolders, describe, feedPreload, questionImage, questionPagePath, questionPageUrl, scriptJson, scriptPreloads, scriptTag, siteWords, type PagesScript, type SiteWords } from './site-parts.js';
import { shellPage, type SiteTemplate } from './site-shell.js';
import { fitInFrame } from './fit-in-frame.js';
import { EMBED_STYLES } from './embed-styles.js';
import type { CoreMessages, Locale } from '../i18n/messages.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';
import fr from '../i18n/fr.js';
import { en } from '../i18n/en-all.js';

/** The widget's locale tables by language, for the pages' static text (English is the fallback's default). */
const LOCALES = new Map<string, Locale>([['es', es], ['fr', fr], ['de', de], ['ar', ar]]);

/** The pages' language (the feed's, or English), its right-to-left flag, and the fallback's words in it. */
interface PageLanguage {
  lang: string;
  dir?: 'rtl';
  messages?: CoreMessages;
  /** The site's own words ("Read all answers", the breadcrumb…) in the page's language (English for a language they are not written in). */
  words: SiteWords;
}

export function pageLanguage(feedLanguage: string | undefined): PageLanguage {
  const lang = feedLanguage && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(feedLanguage) ? feedLanguage : 'en';
  const primary = lang.split('-')[0]!.toLowerCase();
  return {
    lang,
    ...(primary === 'ar' && { dir: 'rtl' as const }),
    ...(LOCALES.has(primary) && { messages: LOCALES.get(primary)!.core }),
    words: siteWords(lang),
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

export type { PagesScript };

/** Options for {@link questionPages}. */
export interface PagesOptions {
  /** The absolute http(s) URL the output folder is published at, ending in `/`. */
  baseUrl: string;
  script: PagesScript;
  /** Shown as the oEmbed provider and in page titles; default the feed's title. */
  siteName?: string;
  /** The clinic's template (`--template`), read by `readTemplate`: every page wears it. */
  template?: SiteTemplate;
}

/** How many other questions of its category a question page links to. */
export const MORE_IN_CATEGORY = 12;

/** The oEmbed iframe's height in pixels (the embed page fits it: the question's start, "Read all answers"). */
export const OEMBED_HEIGHT = 640;

/** What a question page knows of the site around it. */
interface PageSite {
  name: string;
  language: PageLanguage;
  /** The folder of the question's category page (`category/<id>`). */
  categoryFolder?: string;
  /** Other questions of its category, linked under the question. */
  neighbours: Question[];
}

/** "More in {category}", the category's name bidi-isolated. */
const moreIn = (words: SiteWords, category: string) => escapeHtml(words.moreIn).replace('{category}', `<span dir="auto">${escapeHtml(category)}</span>`);

function page(question: Question, pageUrl: string, options: PagesOptions, site: PageSite): string {
  const { language } = site;
  const category = categoryName(question.category, language.lang);
  const head = [
    describe({ title: question.title, description: question.summary ?? question.title, canonical: question.url ?? pageUrl, siteName: site.name, type: 'article', image: questionImage(question), lang: language.lang }),
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${pageUrl}oembed.json`)}" title="${escapeHtml(question.title)}">`,
    scriptPreloads(options.script),
    feedPreload('feed.json'),
    `<script type="application/ld+json" data-fertility-qa-question="${escapeHtml(question.id)}">${scriptJson(questionJsonLd(question, pageUrl))}</script>`,
  ].join('\n');
  const crumbs = [`<li><a href="../">${escapeHtml(site.name || language.words.home)}</a></li>`];
  if (site.categoryFolder) crumbs.push(`<li><a href="../${escapeHtml(site.categoryFolder)}/"><span dir="auto">${escapeHtml(category)}</span></a></li>`);
  const more = site.neighbours.length
    ? `<nav class="fertility-qa-more" aria-labelledby="fqa-more">
<h2 id="fqa-more">${moreIn(language.words, category)}</h2>
<ul class="fertility-qa-site-list">
${site.neighbours.map((other) => `<li><a href="../${escapeHtml(questionPagePath(other.id))}">${escapeHtml(other.title)}</a></li>`).join('\n')}
</ul>
</nav>
`
    : '';
  const content = `<nav class="fertility-qa-breadcrumb" aria-label="${escapeHtml(language.words.breadcrumb)}"><ol>${crumbs.join('')}</ol></nav>
<fertility-question src="feed.json" question="${escapeHtml(question.id)}" heading-level="1">
${fallbackHtml(question, { headingLevel: 1, messages: language.messages })}
</fertility-question>
${more}${scriptTag(options.script)}`;
  return shellPage({ lang: language.lang, dir: language.dir, head, content, depth: 1, siteName: site.name, skipLabel: language.words.skip }, options.template);
}

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
<p class="fertility-qa-embed-more"><a href="${escapeHtml(question.url ?? pageUrl)}" target="_blank" rel="noopener">${escapeHtml(language.words.readAll)}<span class="fertility-qa-embed-hint"> ${escapeHtml((language.messages ?? en).opensInNewTab)}</span></a></p>
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
  const name = options.siteName ?? feed.title ?? '';
  const language = pageLanguage(feed.language);
  const folders = categoryFolders(feed);
  const byCategory = new Map<string, Question[]>();
  for (const question of feed.questions) {
    const list = byCategory.get(question.category.id) ?? [];
    if (list.length <= MORE_IN_CATEGORY) list.push(question);
    byCategory.set(question.category.id, list);
  }
  for (const question of feed.questions) {
    const pageUrl = questionPageUrl(question.id, base);
    const neighbours = (byCategory.get(question.category.id) ?? []).filter((other) => other !== question).slice(0, MORE_IN_CATEGORY);
    const site: PageSite = { name, language, categoryFolder: folders.get(question.category.id), neighbours };
    const document = questionFeed(feed, question);
    yield [`${question.id}/index.html`, page(question, pageUrl, options, site)];
    yield [`${question.id}/embed.html`, embedPage(question, document, pageUrl, options, language)];
    yield [`${question.id}/feed.json`, JSON.stringify(document)];
    const iframe = `<iframe src="${escapeHtml(`${pageUrl}embed.html`)}" title="${escapeHtml(question.title)}" loading="lazy" width="100%" height="${OEMBED_HEIGHT}" style="border:0"></iframe>`;
    yield [
      `${question.id}/oembed.json`,
      JSON.stringify({ version: '1.0', type: 'rich', title: question.title, ...(name && { provider_name: name }), provider_url: base.href, html: iframe, width: 600, height: OEMBED_HEIGHT }, null, 2),
    ];
  }
}

/** Every file of {@link questionPageFiles} in one map, path → text: all in memory, for a small feed (a test, a preview). */
export function questionPages(feed: Feed, options: PagesOptions): Map<string, string> {
  return new Map(questionPageFiles(feed, options));
}
