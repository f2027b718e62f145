/**
 * A feed's index as `<qa-search>` reads it while the reader types: synchronous
 * answers over the one async search contract (`FeedSearch`) of both indexes.
 * It comes with the search code (search-index.ts re-exports it), so a page that
 * never searches does not load it.
 */
import { warn } from '../feed/load.js';
import type { Feed } from '../feed/types.js';
import type { FeedSearch, SearchOptions, SearchResult, SearchResults } from './search-types.js';

/** How many answers (query, categories, results shown) are kept for the reader's Backspace and "Show more". */
const ANSWERS_KEPT = 50;
export const NO_RESULTS: SearchResults = { total: 0, results: [] };

/**
 * A request answered before returns its answer, and so does one the index
 * answers at once (a single-file index's promise comes settled, with its
 * answer on it); another starts its search (the one before stops at its next
 * step) and returns the previous answer meanwhile (`busy`), so the list stays
 * as it was while typing (no flash of "no results"); once the answer is in,
 * `changed` is called.
 * @internal Not the package's API: what `<qa-search>`'s search index controller reads.
 */
export class SearchAnswers {
  private readonly answers = new Map<string, SearchResults>();
  private last = NO_RESULTS;
  /** The request being searched, and how to stop it. */
  private pending?: string;
  private abort?: AbortController;
  /** The latest search started, settled (fulfilled or not). */
  private latest: Promise<void> = Promise.resolve();
  /** The latest request asked, and the one whose search failed last (not tried again until asked anew). */
  private lastKey?: string;
  private failedKey?: string;
  /** Messages already warned about: one warning per failing file, however often the reader types. */
  private readonly warned = new Set<string>();

  constructor(
    readonly index: FeedSearch,
    /** The feed searched: results are its own questions (a sharded index reads its own copies). */
    readonly feed: Feed,
    private readonly changed: () => void,
  ) {}

  /** How many questions match a query, and the first `limit` (20), best first; the previous answer while `busy`. */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const key = JSON.stringify([query, options.categories ?? [], options.limit ?? 20]);
    const askedAnew = this.lastKey !== key;
    this.lastKey = key;
    // A failed search stays failed (the element says so) until the reader asks something else, then this again.
    if (this.failedKey === key && !askedAnew) return this.last;
    if (this.pending !== key) {
      // Only the latest request is worked on: the one before stops at its next step.
      this.abort?.abort();
      this.abort = undefined;
      this.pending = key;
    }
    const found = this.answers.get(key) ?? (this.abort ? undefined : this.start(key, query, options));
    return (this.last = found ?? this.last);
  }

  /** Starts a request's search; returns its answer when the index gave it at once. */
  private start(key: string, query: string, options: SearchOptions): SearchResults | undefined {
    const abort = (this.abort = new AbortController());
    const asked = this.index.search(query, { categories: options.categories, limit: options.limit ?? 20, signal: abort.signal });
    if (asked.answer) {
      this.latest = Promise.resolve();
      return this.keep(key, asked.answer);
    }
    this.latest = asked.then(
      (answer) => {
        this.keep(key, answer);
        if (this.pending === key && !abort.signal.aborted) this.changed();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (this.pending === key) this.pending = undefined;
        this.abort = undefined;
        this.failedKey = key;
        const message = `the search index could not be read (${error instanceof Error ? error.message : String(error)}).`;
        if (!this.warned.has(message)) warn((this.index as { url?: string }).url ?? '<qa-search>', message);
        this.warned.add(message);
        this.changed(); // the element says the search failed (not "no match")
      },
    );
    return undefined;
  }

  private keep(key: string, { total, results }: SearchResults): SearchResults {
    // The feed's own questions, so the opened question is the list's.
    const own = results.map((result) => {
      const question = this.feed.questionsById.get(result.question.id);
      return question && question !== result.question ? (Object.assign(Object.create(result), { question }) as SearchResult) : result;
    });
    if (this.answers.size >= ANSWERS_KEPT) this.answers.delete(this.answers.keys().next().value!);
    const answer = { total, results: own };
    this.answers.set(key, answer);
    if (this.failedKey === key) this.failedKey = undefined;
    return answer;
  }

  /** Whether a query asks anything: false only when the index can tell that it holds filler words alone. */
  hasContent(query: string): boolean {
    return this.index.hasContent?.(query) !== false;
  }

  /** Whether the last request's answer is still on its way. */
  get busy(): boolean {
    return this.pending !== undefined && !this.answers.has(this.pending);
  }

  /** Whether the last request's answer could not be had (a sharded index's file failed): not the same as no match. */
  get failed(): boolean {
    return this.failedKey !== undefined && this.failedKey === this.lastKey;
  }

  /** Settles once the last request's answer is in (or could not be had). */
  idle(): Promise<void> {
    return this.latest;
  }

  /** Stops the search under way (the index is replaced). */
  close(): void {
    this.abort?.abort();
  }
}
