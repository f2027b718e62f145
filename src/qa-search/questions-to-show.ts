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
  /** `shown`: how many results the list shows; a sharded index loads only their titles (the rest are only counted). */
  search(query: string, options: SearchOptions & { shown?: number }): SearchResult[];
}

/** A feed without a list of categories: its questions' categories, in order (worked out once per feed: a large feed has thousands of questions). */
const categoriesOfQuestions = new WeakMap<Feed, Category[]>();
function questionsCategories(feed: Feed): Category[] {
  let categories = categoriesOfQuestions.get(feed);
  if (!categories) {
    // A partial index names every category of the feed in `paged`, where it lists only some questions.
    categories = feed.paged
      ? feed.paged.categories.map(([id]) => feed.questions.find((question) => question.category.id === id)?.category ?? { id, name: id })
      : [...new Map(feed.questions.map((question) => [question.category.id, question.category])).values()];
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

/** The categories offered: the feed's (or its questions'), limited by the `categories` attribute. */
export function offeredCategories(feed: Feed, categories: string | undefined): Category[] {
  const all = feed.categories.length ? feed.categories : questionsCategories(feed);
  const wanted = categories?.split(',').map((id) => id.trim()).filter(Boolean);
  return wanted?.length ? all.filter((category) => wanted.includes(category.id)) : all;
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
  const ids = category ? [category] : categories ? offeredCategories(feed, categories).map(({ id }) => id) : [];
  const limit = Math.max(1, Math.trunc(pageSize) || 20) * Math.max(1, pages);
  query = query.trim();
  if (query && searcher) {
    const all = searcher.search(query, { categories: ids, limit: Infinity, shown: limit });
    // A sharded index's results past those shown are stand-ins, not loaded yet: counted, never listed.
    return { results: all.slice(0, limit).filter((result) => result.question.id), total: all.length };
  }
  const inCategory = (question: Question) => ids.length === 0 || ids.includes(question.category.id);
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
