import type { Category, Feed, Question } from '../feed/types.js';
import type { SearchOptions, SearchResult } from '../search/search-index.js';
import type { PagedLister } from './paged-list-controller.js';

/** What `<qa-search>` lists: one page or more of results, and how many there are in all. */
export interface QuestionsToShow {
  results: SearchResult[];
  /** How many questions match in all (more than `results` when paged). */
  total: number;
}

/** Anything that searches a feed's questions: the search index controller, or a test's stand-in. */
export interface Searcher {
  /** How many questions match in all, and the first `limit` (those the list shows: a sharded index loads only their titles). */
  search(query: string, options: SearchOptions): QuestionsToShow;
}

/** A feed without a list of categories: its questions' categories, in order (worked out once per feed: a large feed has thousands of questions). */
const categoriesOfQuestions = new WeakMap<Feed, Category[]>();
function questionsCategories(feed: Feed): Category[] {
  let categories = categoriesOfQuestions.get(feed);
  if (!categories) {
    const byId = new Map<string, Category>();
    for (const { category } of feed.questions) if (!byId.has(category.id)) byId.set(category.id, category);
    // A partial index names every category of the feed in `paged`, where it lists only some questions.
    categories = feed.paged ? feed.paged.categories.map(([id]) => byId.get(id) ?? { id, name: id }) : [...byId.values()];
    categoriesOfQuestions.set(feed, categories);
  }
  return categories;
}

/** A feed's questions, featured first (worked out once per feed: a reader's keystrokes can list them all again). */
const featuredFirstOrder = new WeakMap<Feed, readonly Question[]>();
function featuredFirst(feed: Feed): readonly Question[] {
  let ordered = featuredFirstOrder.get(feed);
  if (!ordered) featuredFirstOrder.set(feed, (ordered = [...new Set([...feed.featured.map((id) => feed.questionsById.get(id)!), ...feed.questions])]));
  return ordered;
}

/**
 * The most categories `<qa-search>` offers (the feed's first): a clinic has a few dozen, and
 * a chooser of thousands is no use to a reader and costs every keystroke's render.
 */
export const MAX_OFFERED_CATEGORIES = 200;

/** The categories the `categories` attribute lets through, per feed and attribute value (a render asks on every keystroke). */
const allowedByFeed = new WeakMap<Feed, Map<string, Category[]>>();

/** The feed's categories (or its questions'), limited by the `categories` attribute (comma-separated ids; blank: all). */
export function allowedCategories(feed: Feed, categories: string | undefined): Category[] {
  let byAttribute = allowedByFeed.get(feed);
  if (!byAttribute) allowedByFeed.set(feed, (byAttribute = new Map()));
  let list = byAttribute.get(categories ?? '');
  if (!list) {
    const all = feed.categories.length ? feed.categories : questionsCategories(feed);
    const wanted = new Set(categories?.split(',').map((id) => id.trim()).filter(Boolean));
    list = wanted.size ? all.filter((category) => wanted.has(category.id)) : all;
    byAttribute.set(categories ?? '', list);
  }
  return list;
}

/** Feeds already warned about for having more categories than the chooser offers. */
const warnedMany = new WeakSet<Feed>();

/**
 * The categories the chooser offers: those the `categories` attribute lets through, the first
 * MAX_OFFERED_CATEGORIES of them (one warning per feed past that), and the `chosen` one. Questions
 * of the others are still listed and found under "All".
 */
export function offeredCategories(feed: Feed, categories: string | undefined, chosen?: string | null): Category[] {
  const list = allowedCategories(feed, categories);
  if (list.length <= MAX_OFFERED_CATEGORIES) return list;
  if (!warnedMany.has(feed)) {
    warnedMany.add(feed);
    console.warn(`fertility-qa: <qa-search>: the feed has ${list.length} categories; the category chooser offers the first ${MAX_OFFERED_CATEGORIES}.`);
  }
  const offered = list.slice(0, MAX_OFFERED_CATEGORIES);
  // A category chosen past them (a ?category= link) is offered too, so the chooser shows it.
  const past = chosen ? list.find((category, index) => index >= MAX_OFFERED_CATEGORIES && category.id === chosen) : undefined;
  return past ? [...offered, past] : offered;
}

/**
 * The questions to list: the matches for `query` (through `searcher`, once the
 * index is ready), else the feed's questions, featured first; in the chosen
 * `category` (null: all), or those the `categories` attribute offers
 * (comma-separated ids; blank: all); `pages` pages (0 counts as 1) of
 * `pageSize` (`max-results`: whole, at least 1; 20 for 0 or not a number).
 * The `opened` question is listed even when it is further down. A partial
 * index (`feed.paged`) lists through `pager`: what is loaded so far.
 */
export function questionsToShow(
  feed: Feed,
  searcher: Searcher | undefined,
  query: string,
  category: string | null,
  categories: string | undefined,
  pages: number,
  pageSize: number,
  opened?: string,
  pager?: PagedLister,
): QuestionsToShow {
  const ids = category ? [category] : categories ? allowedCategories(feed, categories).map(({ id }) => id) : [];
  const limit = Math.max(1, Math.trunc(pageSize) || 20) * Math.max(1, pages);
  query = query.trim();
  if (query && searcher) {
    const { results, total } = searcher.search(query, { categories: ids, limit });
    return { results: results.length > limit ? results.slice(0, limit) : results, total };
  }
  const wanted = new Set(ids);
  const inCategory = (question: Question) => wanted.size === 0 || wanted.has(question.category.id);
  if (feed.paged && pager) {
    const { questions, total } = pager.list(ids, limit);
    const open = opened ? pager.find(opened) : undefined;
    const listed = open && inCategory(open) && !questions.some((question) => question.id === open.id) ? [open, ...questions].slice(0, limit) : questions;
    return { results: listed.map((question) => ({ question, titleMatches: [] })), total };
  }
  const ordered = featuredFirst(feed).filter(inCategory);
  // A question opened from the URL or the `question` attribute is listed even when it is further down.
  const open = opened ? feed.questionsById.get(opened) : undefined;
  const at = open && inCategory(open) ? ordered.indexOf(open) : -1;
  if (at >= limit) ordered.unshift(...ordered.splice(at, 1));
  return { results: ordered.slice(0, limit).map((question) => ({ question, titleMatches: [] })), total: ordered.length };
}

/** The featured questions (or the first ones), offered when nothing matches closely. */
export function featuredQuestions(feed: Feed): SearchResult[] {
  const questions = feed.featured.length ? feed.featured.map((id) => feed.questionsById.get(id)!) : feed.questions;
  return questions.slice(0, 5).map((question) => ({ question, titleMatches: [] }));
}

/**
 * What `<qa-search>`'s list shows, worked out in `willUpdate()` (never in `render()`) and only again when one of
 * the inputs it was worked out from changed (`===`). A search that throws is kept as `error`: the view says so.
 */
export class ShownQuestions {
  #inputs: readonly unknown[] = [];
  shown?: QuestionsToShow;
  error?: unknown;

  update(inputs: readonly unknown[], show: () => QuestionsToShow | undefined): void {
    if (inputs.length === this.#inputs.length && inputs.every((input, i) => input === this.#inputs[i])) return;
    this.#inputs = inputs;
    try {
      this.error = undefined;
      this.shown = show();
    } catch (error) {
      this.error = error;
    }
  }
}
