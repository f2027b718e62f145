import type { Feed, Question } from '../feed/types.js';
import { categoryName } from '../feed/category-name.js';
import { escapeHtml } from './fallback.js';
import { pageLanguage, questionPageFiles, type PagesOptions } from './pages.js';
import { categoriesWithQuestions, categoryFolders, describe, feedPreload, lastModified, questionPagePath, questionPageUrl, scriptPreloads, scriptTag, SITE_DATA } from './site-parts.js';
import { shellPage, SITE_STYLES, SITE_STYLESHEET } from './site-shell.js';

/**
 * A whole static site from a feed (`fertility-qa pages`), every page in the clinic's
 * template when one is given:
 * - `index.html`: the feed's title, `<qa-search>` over the feed (its split copy in
 *   `feed.split/`, written by the CLI) holding every question as a linked list for
 *   crawlers and readers without JavaScript, and the categories;
 * - `category/<id>/index.html`: the category's questions, searchable;
 * - `<id>/…`: each question's page, embed page, feed and oEmbed (src/snippet/pages.ts);
 * - `sitemap.xml` (each page's `lastmod` from its questions' review dates) and `robots.txt`;
 * - `fertility-qa-site.css`: the lists' and the default look's styles.
 * Every address between pages is relative, so the site works wherever it is published;
 * canonical, Open Graph and sitemap addresses are absolute, under the base URL.
 */

/** The split feed `<qa-search>` reads, from the site's top. */
export const SITE_INDEX = `${SITE_DATA}/index.json`;

/** A page's list of questions, each linked to its page (`up`: the way from the page to the site's top). */
function questionList(questions: readonly Question[], up: string): string {
  return `<ul class="fertility-qa-site-list">
${questions.map((question) => `<li><a href="${up}${escapeHtml(questionPagePath(question.id))}">${escapeHtml(question.title)}</a></li>`).join('\n')}
</ul>`;
}

/**
 * Whether `path` (relative to the site's top, as a template's link names it: `ivf/`,
 * `category/treatments/index.html`, `sitemap.xml`, `` for the top) is a page or file the
 * site writes, so a template's link to it works once published.
 */
export function isSitePath(feed: Feed, path: string): boolean {
  const folders = new Set(['', ...feed.questions.map((question) => `${question.id}/`), ...[...categoryFolders(feed).values()].map((folder) => `${folder}/`)]);
  const page = path.replace(/(^|\/)index\.html$/, '$1');
  if (folders.has(page) || ['sitemap.xml', 'robots.txt', SITE_STYLESHEET].includes(path) || path.startsWith(`${SITE_DATA}/`)) return true;
  const [id, file, ...rest] = path.split('/');
  return !rest.length && feed.questionsById.has(id!) && ['embed.html', 'oembed.json', 'feed.json'].includes(file!);
}

/** `<url>` entries of the sitemap. */
const sitemapEntry = (loc: string, lastmod: string | undefined) => `<url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;

/**
 * The site's own pages and files (not the split feed or copied assets, which the CLI
 * adds), as [path, text], made as they are read; then every question's files.
 */
export function* siteFiles(feed: Feed, options: PagesOptions): Generator<[string, string]> {
  const base = new URL(options.baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const name = options.siteName ?? feed.title ?? '';
  const language = pageLanguage(feed.language);
  const { words } = language;
  const folders = categoryFolders(feed);
  const categories = categoriesWithQuestions(feed);
  const searchPreloads = (up: string) => [scriptPreloads(options.script), feedPreload(`${up}${SITE_INDEX}`)].join('\n');
  const shell = (head: string, content: string, depth: number) =>
    shellPage({ lang: language.lang, dir: language.dir, head, content: `${content}\n${scriptTag(options.script)}`, depth, siteName: name, skipLabel: words.skip }, options.template);

  // `current`: the category whose page lists them (its own entry says so: aria-current).
  const categoryLinks = (up: string, current?: string) => `<ul class="fertility-qa-site-categories">
${categories
  .map(({ category, questions }) => {
    const description = category.description ? `<p>${escapeHtml(category.description)}</p>` : '';
    return `<li><a href="${up}${escapeHtml(folders.get(category.id)!)}/"${category.id === current ? ' aria-current="page"' : ''}><span dir="auto">${escapeHtml(categoryName(category, language.lang))}</span></a> (${questions.length})${description}</li>`;
  })
  .join('\n')}
</ul>`;

  // The index's heading is the feed's own title; the site's name (--site-name, else that title) heads every page and starts each breadcrumb.
  const title = feed.title || name || words.home;
  const home = name || words.home;
  yield [
    'index.html',
    shell(
      [describe({ title, description: `${title}: ${categories.map(({ category }) => categoryName(category, language.lang)).join(', ')}`, canonical: base.href, siteName: name, type: 'website', lang: language.lang }), searchPreloads('')].join('\n'),
      `<h1>${escapeHtml(title)}</h1>
<qa-search src="${SITE_INDEX}" heading-level="2">
<h2>${escapeHtml(words.everyQuestion)}</h2>
${questionList(feed.questions, '')}
</qa-search>
<h2>${escapeHtml(words.categories)}</h2>
${categoryLinks('')}`,
      0,
    ),
  ];

  for (const { category, questions } of categories) {
    const folder = folders.get(category.id)!;
    const label = categoryName(category, language.lang);
    yield [
      `${folder}/index.html`,
      shell(
        [describe({ title: label, description: category.description ?? `${label}: ${questions.map((question) => question.title).join(' · ')}`, canonical: new URL(`${folder}/`, base).href, siteName: name, type: 'website', lang: language.lang }), searchPreloads('../../')].join('\n'),
        `<nav class="fertility-qa-breadcrumb" aria-label="${escapeHtml(words.breadcrumb)}"><ol><li><a href="../../">${escapeHtml(home)}</a></li></ol></nav>
<h1 dir="auto">${escapeHtml(label)}</h1>
${category.description ? `<p>${escapeHtml(category.description)}</p>\n` : ''}<qa-search src="../../${SITE_INDEX}" categories="${escapeHtml(category.id)}" heading-level="2">
${questionList(questions, '../../')}
</qa-search>
<h2>${escapeHtml(words.categories)}</h2>
${categoryLinks('../../', category.id)}`,
        2,
      ),
    ];
  }

  // Only addresses that are their own canonical: a question whose feed gives its own `url` elsewhere is that page's.
  const entries = [sitemapEntry(base.href, lastModified(feed.questions))];
  for (const { category, questions } of categories) entries.push(sitemapEntry(new URL(`${folders.get(category.id)}/`, base).href, lastModified(questions)));
  for (const question of feed.questions) {
    const page = questionPageUrl(question.id, base);
    if (!question.url || question.url === page) entries.push(sitemapEntry(page, lastModified([question])));
  }
  yield ['sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`];
  yield ['robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', base).href}\n`];
  yield [SITE_STYLESHEET, SITE_STYLES];
  yield* questionPageFiles(feed, options);
}
