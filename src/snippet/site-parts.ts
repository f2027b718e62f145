import type { Category, Feed, Question } from '../feed/types.js';
import { isSlug, slugify } from '../feed/slug.js';
import { escapeHtml } from './fallback.js';

/**
 * What the pages of a `fertility-qa pages` site share: where each category's page
 * is, the site's own words in the feed's language, and the head tags every page
 * carries (description, canonical, Open Graph and Twitter card, the script and its
 * preloads).
 */

/** Where the pages load the widget from: the script's address and, optionally, its SRI hash. */
export interface PagesScript {
  src: string;
  integrity?: string;
  /**
   * Modules the script imports at once (the chunked build's core), preloaded beside it with
   * `<link rel="modulepreload">`. Only names this version's build wrote: a copy of another
   * version has other names.
   */
  imports?: string[];
}

/** The site's own words (not the widget's: those come from its locale tables), by primary language. */
export interface SiteWords {
  home: string;
  categories: string;
  breadcrumb: string;
  moreIn: string;
  everyQuestion: string;
  readAll: string;
  skip: string;
}

const WORDS = new Map<string, SiteWords>([
  ['en', { home: 'All questions', categories: 'Categories', breadcrumb: 'Breadcrumb', moreIn: 'More in {category}', everyQuestion: 'Every question', readAll: 'Read all answers', skip: 'Skip to content' }],
  ['es', { home: 'Todas las preguntas', categories: 'Categorías', breadcrumb: 'Ruta de navegación', moreIn: 'Más en {category}', everyQuestion: 'Todas las preguntas', readAll: 'Leer todas las respuestas', skip: 'Ir al contenido' }],
  ['fr', { home: 'Toutes les questions', categories: 'Catégories', breadcrumb: "Fil d'Ariane", moreIn: 'Autres questions : {category}', everyQuestion: 'Toutes les questions', readAll: 'Lire toutes les réponses', skip: 'Aller au contenu' }],
  ['de', { home: 'Alle Fragen', categories: 'Kategorien', breadcrumb: 'Brotkrümelnavigation', moreIn: 'Mehr zu {category}', everyQuestion: 'Alle Fragen', readAll: 'Alle Antworten lesen', skip: 'Zum Inhalt springen' }],
  ['ar', { home: 'كل الأسئلة', categories: 'الفئات', breadcrumb: 'مسار التنقل', moreIn: 'المزيد في {category}', everyQuestion: 'كل الأسئلة', readAll: 'اقرأ كل الإجابات', skip: 'انتقل إلى المحتوى' }],
]);

/** The site's words in `lang` (English for a language they are not written in). */
export const siteWords = (lang: string): SiteWords => WORDS.get(lang.split('-')[0]!.toLowerCase()) ?? WORDS.get('en')!;

/** A question's page, from the site's top (`<id>/`): the one way every link, canonical, sitemap entry and search result names it. */
export const questionPagePath = (id: string): string => `${encodeURIComponent(id)}/`;

/** A question page's absolute address under the site's base URL. */
export const questionPageUrl = (id: string, base: URL | string): string => new URL(questionPagePath(id), base).href;

/** The folder of the feed split for the site's search (`index.json`, `questions/`, `search/`): not a slug, so never a question's folder. */
export const SITE_DATA = 'feed.split';

/**
 * The folder of each category's page, `category/<id>/`: its id when the id is a slug, else
 * one made from it, each unique; `categories.d/…` when a question's own folder is `category`.
 */
export function categoryFolders(feed: Feed): Map<string, string> {
  const root = feed.questionsById.has('category') ? 'categories.d' : 'category';
  const folders = new Map<string, string>();
  const taken = new Set<string>();
  const categories = new Map<string, Category>();
  for (const category of feed.categories) categories.set(category.id, category);
  for (const question of feed.questions) if (!categories.has(question.category.id)) categories.set(question.category.id, question.category);
  let n = 0;
  for (const id of categories.keys()) {
    n++;
    let folder = isSlug(id) ? id : slugify(id) || `category-${n}`;
    if (taken.has(folder)) folder = `${folder}-${n}`;
    taken.add(folder);
    folders.set(id, `${root}/${folder}`);
  }
  return folders;
}

/** The categories of the feed that have questions, in the feed's order (listed ones first, then those only named by questions). */
export function categoriesWithQuestions(feed: Feed): Array<{ category: Category; questions: Question[] }> {
  const byId = new Map<string, { category: Category; questions: Question[] }>();
  for (const category of feed.categories) byId.set(category.id, { category, questions: [] });
  for (const question of feed.questions) {
    let entry = byId.get(question.category.id);
    if (!entry) byId.set(question.category.id, (entry = { category: question.category, questions: [] }));
    entry.questions.push(question);
  }
  return [...byId.values()].filter((entry) => entry.questions.length);
}

/** The latest of the questions' review (else publication) dates, YYYY-MM-DD, or undefined. */
export function lastModified(questions: readonly Question[]): string | undefined {
  let latest: string | undefined;
  for (const question of questions) {
    const date = question.reviewed ?? question.published;
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** The tags that describe a page to search engines and to link previews (Open Graph, Twitter card). */
export interface DescribedPage {
  title: string;
  description: string;
  /** The page's canonical address. */
  canonical: string;
  siteName: string;
  type: 'website' | 'article';
  /** An image for link previews (absolute http(s)), when the page has one. */
  image?: string;
  lang: string;
}

/** The usual region of a language the site's words are written in, for Open Graph's `ll_CC` locale. */
const REGIONS: Record<string, string> = { en: 'US', es: 'ES', fr: 'FR', de: 'DE', ar: 'AR' };

/** Open Graph's locale (`en_US`) for a language tag: its own region, else the language's usual one; undefined for neither. */
export function ogLocale(lang: string): string | undefined {
  const [language, ...rest] = lang.split('-');
  const region = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase() ?? REGIONS[language!.toLowerCase()];
  return region && /^[a-z]{2,3}$/i.test(language!) ? `${language!.toLowerCase()}_${region}` : undefined;
}

/** `<title>`, description, canonical, Open Graph and Twitter card tags. */
export function describe(page: DescribedPage): string {
  const meta = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  const title = page.siteName && page.siteName !== page.title ? `${page.title} · ${page.siteName}` : page.title;
  const description = page.description.length > 300 ? `${page.description.slice(0, 297)}…` : page.description;
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(page.canonical)}">`,
    meta('property', 'og:type', page.type),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', page.canonical),
    ...(page.siteName ? [meta('property', 'og:site_name', page.siteName)] : []),
    ...(ogLocale(page.lang) ? [meta('property', 'og:locale', ogLocale(page.lang)!)] : []),
    ...(page.image ? [meta('property', 'og:image', page.image)] : []),
    meta('name', 'twitter:card', page.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', description),
    ...(page.image ? [meta('name', 'twitter:image', page.image)] : []),
  ].join('\n');
}

/** The script's `<link rel="modulepreload">`s (itself and the modules it imports at once), as the script tag fetches them. */
export function scriptPreloads({ src, integrity, imports = [] }: PagesScript): string {
  const cors = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return [`<link rel="modulepreload" href="${escapeHtml(src)}"${cors}>`, ...imports.map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">`)].join('\n');
}

/** A feed the page's widget reads, fetched from the head on (as the script's own preload would, once it has loaded). */
export const feedPreload = (href: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeHtml(href)}">`;

export const scriptTag = ({ src, integrity }: PagesScript) =>
  `<script type="module" src="${escapeHtml(src)}"${integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : ''}></script>`;

/** JSON safe inside a `<script>` element: `<` escaped, so no text can end it. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The first video poster of a question's answers (an absolute http(s) address after validation)
 * that link previews can show: not an SVG (Facebook, LinkedIn, X and chat apps show raster
 * pictures only; an SVG poster gives a broken or empty card, so the page has none).
 */
export const questionImage = (question: Question): string | undefined =>
  question.answers.map((answer) => answer.video?.poster).find((poster): poster is string => Boolean(poster) && !/\.svgz?$/i.test(new URL(poster!).pathname));
