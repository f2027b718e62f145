import type { Answer, Question } from '../feed/types.js';

/** For each concept of a query, alternative and word: the stems the word matches, with how closely. */
export type Matches = Array<Array<Array<Map<number, number>>>>;

/** One meaning in a query: alternatives (the query's own words first), each a list of words. */
export type Concept = Array<Array<{ word: string; typing: boolean }>>;

/** A search result: the question, where the query matched its title, and a passage of its best answer. */
export interface SearchResult {
  question: Question;
  /** [start, end) character ranges of `question.title` to highlight. */
  titleMatches: Array<[number, number]>;
  /** A short passage of the best-matching answer, with ranges to highlight; absent when nothing is typed. */
  excerpt?: Excerpt;
}

/** A passage of an answer, for a result. */
export interface Excerpt {
  text: string;
  /** [start, end) character ranges of `text` that matched the query. */
  matches: Array<[number, number]>;
  /** The answer it comes from (absent for a split feed's index, whose excerpt is the question's). */
  answer?: Answer;
}

export interface SearchOptions {
  /** Only questions in these category ids (all when empty or missing). */
  categories?: readonly string[];
  /** The most results to return. */
  limit?: number;
}

/** A search's answer: how many questions match in all, and the first `limit` of them, best first. */
export interface SearchResults {
  total: number;
  /** Each result's highlights and excerpt are worked out when first read (most are never shown). */
  results: SearchResult[];
}

/**
 * A search's answer to come. An index that answers in the same task (a single-file one) gives it
 * settled, with the answer on it (`answer`): a keystroke then renders its results in its own
 * update, as a sharded index's come in an update of their own.
 */
export type SearchAnswer = Promise<SearchResults> & { readonly answer?: SearchResults };

/** A search as `<qa-search>` asks it: `signal` stops it at its next step when a newer one replaces it. */
export interface SearchRequest extends SearchOptions {
  signal?: AbortSignal;
}

/**
 * The one search contract of a feed's index, single-file (`SearchIndex`) or
 * sharded (`ShardedIndex`): ranked once per query, each result's data
 * loaded for the results returned only. Rejects when `signal` aborts it
 * (with the signal's reason) or, for a sharded index, when a file it needs
 * cannot be read.
 */
export interface FeedSearch {
  search(query: string, options?: SearchRequest): SearchAnswer;
  /** Whether a query asks anything (false for filler words alone); an index that cannot tell yet leaves it out. */
  hasContent?(query: string): boolean;
}
