import type { Feed } from '../feed/types.js';
import { normalize } from './text-match.js';
import { capQuery } from './query-cap.js';
import { languagePack } from './language.js';
import { runSliced, yieldToBrowser } from './index-build.js';
import { Excerpts, LazyResult } from './excerpts.js';
import { WARM_UP_FEED, WARM_UP_WAIT_MS, warmUp } from './warm-up.js';
import type { Ranked } from './ranking.js';
import type { FeedSearch, SearchAnswer, SearchOptions, SearchRequest, SearchResult, SearchResults } from './search-types.js';

export type { Excerpt, FeedSearch, SearchAnswer, SearchOptions, SearchRequest, SearchResult, SearchResults } from './search-types.js';
export type { Ranked } from './ranking.js';
export { FIELD_WEIGHTS } from './index-data.js';
export { slicedWork, yieldToBrowser } from './index-build.js';
export { editDistance } from './query-analysis.js';
export { SearchAnswers } from './search-answers.js';

/**
 * Search over a feed's questions, built once per feed and shared by every
 * `<qa-search>` on the page.
 *
 * Ranking is BM25F: each word of the feed is stemmed in the feed's language
 * and counted per field (title, tags, summary, experts, answer text), the
 * counts weighted by field and normalised by field length, then saturated and
 * weighted by the word's rarity. Stop words ("is", "it", "can") never match on
 * their own. A query word that is not in the feed's vocabulary matches the
 * feed's words one or two typing errors away; the last word, while it is being
 * typed, also matches words it begins. Results under a share of the best
 * score are dropped, so a count counts real matches.
 *
 * The class is made of layers, a file each, each extending the one before:
 * index-data.ts, index-build.ts, query-analysis.ts, ranking.ts (the ranking's
 * mechanisms, in order), excerpts.ts, then this facade (docs/architecture.md).
 *
 * @internal Not the package's API: `<qa-search>` reads it through `FeedSearch`.
 */
export class SearchIndex extends Excerpts implements FeedSearch {
  /** How many queries this index has ranked (see `warmUp`). */
  searchCount = 0;
  /** The last query ranked, by query and categories (see `ranking`). */
  private lastRanking?: { key: string; ranked: Ranked };

  private constructor(feed: Feed, language: Awaited<ReturnType<typeof languagePack>>) {
    super(feed, language);
  }

  /** The feed language's stop words (see warm-up.ts). */
  get stopWords(): ReadonlySet<string> {
    return this.language.stopWords;
  }

  /** Builds the index in time slices, yielding to the browser so no task runs long. */
  static async build(feed: Feed): Promise<SearchIndex> {
    const index = new SearchIndex(feed, await languagePack(feed.language));
    await yieldToBrowser();
    await runSliced(index.buildSteps());
    return index;
  }

  /**
   * Searches as a reader types, while the browser is idle: a few content words of the feed's
   * own titles, a letter at a time, then with the next word, each with the excerpts a keystroke
   * shows. The browser then runs the search code compiled, not interpreted, from the reader's
   * first keystrokes: on the MedQuAD feed (16,423 questions), in Chromium, a session's first
   * keystrokes took up to three times as long as later ones. `searchIndexFor` starts it for a
   * feed of WARM_UP_FEED questions or more, once the index is built, and gives the index out
   * when it is done or after WARM_UP_WAIT_MS (a reader typing meanwhile sees "Preparing
   * search…" that much longer, then compiled code). It starts once the page is idle, runs
   * one search a task at the lowest priority (not at all in a browser or runtime without
   * `requestIdleCallback`), stops at the first search it did not make itself (a reader typing
   * warms the code as well) and after a slow search past its first few. Resolves when it is
   * done or stopped.
   */
  warmUp(): Promise<void> {
    return warmUp(this);
  }

  /** Whether a query asks anything: false for filler words alone ("is it my", "what is the"), which match nothing. */
  hasContent(query: string): boolean {
    return this.concepts(capQuery(query)).length > 0;
  }

  /**
   * Searches the feed (the contract `<qa-search>` reads, `FeedSearch`), on the
   * query's first 200 characters and 12 words (`capQuery`): how many questions
   * match, and the first `limit` (20), best first. The ranking runs once per
   * query and categories. Only real matches count: an empty query,
   * or one whose content words match nothing well, returns nothing (callers
   * show the featured questions instead).
   *
   * Two rules make a match: its BM25F evidence is at least `RELATIVE_FLOOR` of
   * the best's; and, for a query of two concepts or more whose weightiest
   * (rarest) concept is in the best match's title, the query is about that,
   * so a question without it is a match only when its title holds another of
   * the query's concepts: the filler of a sentence does not make a match
   * alone. When the best match's title holds every concept of such a query, a
   * question whose title holds none of them is no match (see `score`).
   */
  search(query: string, options: SearchRequest = {}): SearchAnswer {
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    const answer = this.searchNow(query, options);
    return Object.assign(Promise.resolve(answer), { answer });
  }

  /** `search`, synchronously: a single-file index has all it needs (for tools in Node, benchmarks, tests). */
  searchNow(query: string, options: SearchOptions = {}): SearchResults {
    const ranked = this.ranking(query, options);
    this.breakTies(ranked);
    return this.resultsOf(ranked, options.limit ?? 20);
  }

  /**
   * A query's ranking (see `rank`), once per query and categories: a larger `limit` ("Show more")
   * and a sharded index's steps read the same one.
   */
  ranking(query: string, options: SearchOptions = {}): Ranked {
    const key = JSON.stringify([query, options.categories ?? []]);
    if (this.lastRanking?.key !== key) {
      this.searchCount++;
      this.lastRanking = { key, ranked: this.rank(capQuery(query), options) };
    }
    return this.lastRanking.ranked;
  }

  /** A final ranking's first `limit` results; their highlights and excerpts are worked out when first read. */
  resultsOf(ranked: Ranked, limit: number): SearchResults {
    const { order, matched } = ranked;
    const results: SearchResult[] = [];
    for (let i = 0; i < Math.min(order.length, limit); i++) results.push(new LazyResult(this.feed.questions[order[i]!]!, matched, this));
    return { total: order.length, results };
  }

  // Hooks for a sharded index (src/search/sharded-index.ts): what `split` writes,
  // and an index made again from those pieces, whose postings load per query.

  /** The feed's words; each stem's documents with their precomputed BM25F weights, and the documents whose title holds it; titles' lengths. */
  pieces(): {
    words: readonly string[];
    stems: Array<{ stem: string; docs: readonly number[]; weights: readonly number[]; titleDocs: readonly number[] }>;
    titleLengths: readonly number[];
  } {
    return {
      words: this.surfaceWords,
      stems: [...this.stems].map(([stem, id]) => ({
        stem,
        docs: Array.from(this.postings.docsOf(id)),
        weights: Array.from(this.postings.weightsOf(id)),
        titleDocs: Array.from(this.titles.docs.get(id) ?? []),
      })),
      titleLengths: this.titles.lengths,
    };
  }

  /**
   * An index of `feed` (whose questions may stand in for ones not loaded yet)
   * from a sharded index's words (in any order) and titles' lengths: stems,
   * trigrams and prefixes as a build makes them, postings empty until `setPostings`.
   */
  static async fromWords(feed: Feed, words: readonly string[], titleLengths: readonly number[]): Promise<SearchIndex> {
    const index = new SearchIndex(feed, await languagePack(feed.language));
    await runSliced(index.wordSteps(words, titleLengths));
    return index;
  }

  /** The stems a query's words match (own, typing errors, prefixes, synonyms): the postings a search will read. */
  stemsFor(query: string): string[] {
    const names = this.stemNames();
    const ids = new Set<number>();
    for (const concept of this.concepts(capQuery(query))) {
      for (const alternative of concept) {
        for (const { word, typing } of alternative) for (const id of this.matchesOf(word, typing).keys()) ids.add(id);
        const phrase = this.phraseId(alternative);
        if (phrase !== undefined) ids.add(phrase);
      }
    }
    return [...ids].map((id) => names[id]!);
  }

  /** Sets a stem's postings (documents ascending, BM25F weights, those whose title holds it); an unknown stem is ignored. */
  setPostings(stem: string, docs: number[], weights: number[], titleDocs: number[]): void {
    const id = this.stems.get(stem);
    if (id === undefined) return;
    this.unknownPhrases.delete(id);
    this.postings.put(id, docs, weights);
    if (titleDocs.length) this.titles.docs.set(id, titleDocs);
  }
}

const indexes = new WeakMap<Feed, Promise<SearchIndex>>();

/** The search index of a feed: built on first use (a large feed's warmed up once ready), then shared. */
export function searchIndexFor(feed: Feed): Promise<SearchIndex> {
  let index = indexes.get(feed);
  if (!index) {
    index = SearchIndex.build(feed).then(async (built) => {
      // A large feed's index is ready once warmed up, or after WARM_UP_WAIT_MS (a page never idle); the warm-up goes on.
      if (feed.questions.length >= WARM_UP_FEED) await Promise.race([built.warmUp().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT_MS))]);
      return built;
    });
    indexes.set(feed, index);
  }
  return index;
}

export { normalize };
