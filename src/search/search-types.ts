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
