import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import type { QaSearchEvent } from '../src/events.js';
import { holdTimers } from './helpers.js';

/**
 * A split feed's sharded search index whose files fail or come slowly (a file of its own: the
 * sharded index and its files are kept for the session, per page). test/fixtures/split/ is
 * `fertility-qa split test/fixtures/search-feed.json --out test/fixtures/split`.
 */
const SPLIT = '/test/fixtures/split';
/** `fertility-qa split test/fixtures/long-answer-feed.json --out test/fixtures/split-long`: a second feed, its files not loaded yet. */
const LONG = '/test/fixtures/split-long';
const realFetch = window.fetch.bind(window);
/** What the postings files answer: 'ok', 'fail' (HTTP 404), or 'held' (until `releasePostings()`); and whether the titles files fail. */
let postings: 'ok' | 'fail' | 'held' = 'ok';
let titlesFail = false;
let released = Promise.resolve();
let releasePostings = () => {};
/** Holds the postings files' answers until `releasePostings()`: an index that answers slowly, as slowly as the test says. */
const holdPostings = () => {
  postings = 'held';
  released = new Promise((resolve) => (releasePostings = () => ((postings = 'ok'), resolve())));
};
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes('/search/titles/') && titlesFail) return new Response('gone', { status: 503 });
  if (url.includes('/search/postings/')) {
    if (postings === 'fail') return new Response('gone', { status: 404 });
    if (postings === 'held') await released;
  }
  return realFetch(input, init);
};

async function searchOnSplitFeed(dir = SPLIT) {
  const search = await fixture<QaSearch>(html`<qa-search src=${`${dir}/index.json`}></qa-search>`);
  await waitUntil(() => search.shadowRoot?.querySelector('[part="results"]'), 'no list', { timeout: 5000 });
  const field = search.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!;
  const events: Array<{ query: string; resultCount: number }> = [];
  search.addEventListener('qa-search', (event) => events.push((event as QaSearchEvent).detail));
  const type = (value: string) => {
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  return { search, type, events, message: () => search.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '' };
}

describe('a split feed whose search index fails or is slow', () => {
  afterEach(() => {
    postings = 'ok';
    titlesFail = false;
  });

  it('announces and reports the count of the query the reader settled on, not of one overtaken while the index answered', async () => {
    const { search, type, events } = await searchOnSplitFeed();
    holdPostings();
    const settle = holdTimers(600); // the pause after typing
    try {
      type('ovulation');
      settle.fire(); // the settle of "ovulation" starts, and waits for the index's files
      type('miscarriage'); // the reader types on meanwhile
      settle.fire();
      releasePostings();
      await search.updateComplete; // both settles have run
    } finally {
      settle.restore();
    }
    const shown = search.shadowRoot!.querySelectorAll('[part="result"]').length;
    expect(events).to.deep.equal([{ query: 'miscarriage', category: null, resultCount: shown }]);
    expect(shown).to.be.above(0);
  });
  it('says the search could not be done, not that nothing matches, and reports no count', async () => {
    postings = 'fail';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const { search, type, events, message } = await searchOnSplitFeed(LONG);
    const settle = holdTimers(600); // the pause after typing
    try {
      for (const typed of ['hysterosalpingogram', 'hysterosalpingogram tubes', 'tests']) {
        type(typed);
        await waitUntil(() => /could not be loaded/.test(message()), `"${typed}": no failure message (${message()})`, { timeout: 5000 });
        expect(message(), typed).not.to.match(/No question matches/);
      }
      settle.fire(); // the pause after the last keystroke is over
      await search.updateComplete; // and its settle has run
      expect(events, 'qa-search fired for a failed search').to.deep.equal([]);
      const failures = warnings.filter((warning) => warning.includes('could not be read'));
      expect(failures.length, failures.join('\n')).to.be.within(1, 2); // one per failing file, not one per keystroke
      postings = 'ok';
      type('hysterosalpingogram');
      settle.fire();
      await search.updateComplete;
      expect(events.map((event) => event.query), 'a search once the files came back').to.deep.equal(['hysterosalpingogram']);
      expect(events.at(-1)!.resultCount).to.be.above(0);
    } finally {
      settle.restore();
      console.warn = warn;
    }
  });


  it('a partial index whose titles files fail: the list says the rest could not be loaded, and Show more tries again', async () => {
    // `fertility-qa split test/fixtures/paged-feed.json --out test/fixtures/split-paged --index-questions 2`: the index lists 2 questions.
    titlesFail = true;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { search, message } = await searchOnSplitFeed('/test/fixtures/split-paged');
      await waitUntil(() => /could not be loaded/.test(message()), `no message where the list stops (${message()})`, { timeout: 5000 });
      const count = () => search.shadowRoot!.querySelectorAll('[part="result"]').length;
      const before = count();
      titlesFail = false;
      search.shadowRoot!.querySelector<HTMLElement>('[part="more"]')!.click();
      await waitUntil(() => count() > before && !/could not be loaded/.test(message()), 'Show more did not load the rest', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
  });
});
