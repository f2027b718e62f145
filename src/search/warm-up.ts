/**
 * Warming a large feed's index up while the browser is idle, so that a reader's
 * first keystrokes run compiled search code (see `warmUp`).
 */
import { wordsOf } from './text-match.js';
import type { SearchIndex } from './search-index.js';

/** A feed of this many questions or more has its index warmed up once ready (see `warmUp`), typing this many of its titles' words. */
export const WARM_UP_FEED = 2000;
const WARM_UP_WORDS = 6;
/** Warming up starts in an idle period (at most 50 ms) with this much time left: a cold search of a large feed takes 10-40 ms. */
const WARM_UP_IDLE_MS = 40;
/**
 * How long (ms) a large feed's index waits for its warm-up before it is ready. A reader who types the moment
 * search is ready then types into compiled code: on MedQuAD (16,423 questions) in Chromium, p95 per keystroke
 * 15-24 -> 7-11 ms, for about 250 ms more of "Preparing search…" on first focus.
 */
export const WARM_UP_WAIT_MS = 1000;
/** Warming up gives up after this many idle periods. */
const WARM_UP_PERIODS = 500;
/** Past its first few (cold) searches, warming up stops after one that took longer than this: that is the feed's size or the device, not a cold start. */
const WARM_UP_COLD = 3;
const WARM_UP_GIVE_UP_MS = 50;

/** The browser's next idle period (see `warmUp`). */
const idlePeriod = () => new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve));
/** A task of the lowest priority, after the page's own work and the reader's input (Prioritized Task Scheduling), where browsers have it. */
const backgroundTask = (): Promise<void> | undefined =>
  (globalThis as { scheduler?: { postTask?(task: () => void, options: { priority: 'background' }): Promise<void> } }).scheduler?.postTask?.(() => undefined, { priority: 'background' });

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
export async function warmUp(index: SearchIndex): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return;
  const queries = warmUpQueries(index);
  const searchesBefore = index.searchCount;
  // One search a task, so a slow one (the garbage collector can double a search's time) never follows others in
  // the same task: the first in an idle period with room for a cold search, the others at background priority
  // (or, in browsers without it, an idle period each).
  for (let i = 0, periods = 0; i < queries.length; i++) {
    const task = i ? backgroundTask() : undefined;
    if (task) await task;
    else {
      let deadline: IdleDeadline;
      do {
        if (++periods > WARM_UP_PERIODS) return; // a page that is never idle for long (an animation) is left alone
        deadline = await idlePeriod();
      } while (deadline.timeRemaining() < WARM_UP_IDLE_MS);
    }
    if (index.searchCount !== searchesBefore + i) return;
    const start = performance.now();
    for (const result of (await index.search(queries[i]!, { limit: 4 })).results) void [result.excerpt, result.titleMatches];
    if (i >= WARM_UP_COLD && performance.now() - start > WARM_UP_GIVE_UP_MS) return;
  }
}

/** What `warmUp` types: WARM_UP_WORDS titles' first content words (each once), a letter at a time (at most ten), then each with the title's next word. */
function warmUpQueries(index: SearchIndex): string[] {
  const { questions } = index.feed;
  const typed = new Set<string>();
  const queries: string[] = [];
  for (let i = 0; i < WARM_UP_WORDS; i++) {
    const title = questions[Math.floor(((i + 0.5) * questions.length) / WARM_UP_WORDS)]!.title;
    const [word, next] = wordsOf(title).filter((word) => word.length > 3 && !index.stopWords.has(word) && !typed.has(word));
    if (!word) continue;
    typed.add(word);
    queries.push(...Array.from(word.slice(0, 10), (_, end) => word.slice(0, end + 1)));
    if (next) queries.push(`${word} ${next}`);
  }
  return queries;
}
