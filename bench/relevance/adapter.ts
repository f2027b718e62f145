/**
 * The one place the relevance benchmark (bench/relevance/run.mjs) and its
 * regression test (test/relevance.test.ts) touch the search code. When the
 * search's API changes, change this file only: `createOurSearch` takes a parsed
 * feed document and returns a function from a query to the ids of the
 * questions `<qa-search>` would list, best first; `createAnalysis` gives the
 * baselines the search's own text analysis and field weights, so that the
 * comparison is of ranking, not of stemmers.
 */
import { validateFeed } from '../../src/feed/validate.js';
import { FIELD_WEIGHTS, searchIndexFor } from '../../src/search/search-index.js';
import { languagePack } from '../../src/search/language.js';
import { wordsOf } from '../../src/search/text-match.js';

/** Searches a feed and returns question ids, best first (all matches when `limit` is omitted). */
export type SearchFunction = (query: string, limit?: number) => string[];

/**
 * Builds the search of `<qa-search>` for a feed document, the way the element
 * does: the feed validated, then the shared index of the validated feed.
 */
export async function createOurSearch(feedDocument: unknown): Promise<SearchFunction> {
  const { feed } = validateFeed(feedDocument, { baseUrl: 'http://localhost/feed.json' });
  const index = await searchIndexFor(feed);
  // <qa-search> asks for every match (it shows the count) and lists the first page.
  return (query, limit = Number.MAX_SAFE_INTEGER) =>
    index
      .searchNow(query, { limit })
      .results
      .map((result) => result.question.id);
}

/** The search's text analysis of a feed's language, and its field weights, for the baselines. */
export interface Analysis {
  /** A text's terms: normalised words (case and accents folded), stop words dropped, stemmed. */
  terms(text: string): string[];
  /** One normalised word's term, or null for a stop word. */
  term(word: string): string | null;
  /** The search's BM25F field weights. */
  weights: { title: number; tags: number; summary: number; experts: number; text: number };
}

/** The analysis `<qa-search>` applies to a feed document (its `language`; English when it names none). */
export async function createAnalysis(feedDocument: { language?: string }): Promise<Analysis> {
  const { stopWords, stem } = await languagePack(feedDocument.language ?? 'en');
  const term = (word: string) => (stopWords.has(word) ? null : stem(word));
  const [title, tags, summary, experts, text] = FIELD_WEIGHTS as [number, number, number, number, number];
  return {
    term,
    terms: (text) => wordsOf(text).flatMap((word) => term(word) ?? []),
    weights: { title, tags, summary, experts, text },
  };
}
