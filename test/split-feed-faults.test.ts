import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import type { QaSearchEvent } from '../src/events.js';

/**
 * A split feed's sharded search index whose files fail or come slowly (a file of its own: the
 * sharded index and its files are kept for the session, per page). test/fixtures/split/ is
 * `fertility-qa split test/fixtures/search-feed.json --out test/fixtures/split`.
 */
const SPLIT = '/test/fixtures/split';
/** `fertility-qa split test/fixtures/long-answer-feed.json --out test/fixtures/split-long`: a second feed, its files not loaded yet. */
const LONG = '/test/fixtures/split-long';
const realFetch = window.fetch.bind(window);
/** What the postings files answer: 'ok', 'fail' (HTTP 404), or a delay in ms; and whether the titles files fail. */
let postings: 'ok' | 'fail' | number = 'ok';
let titlesFail = false;
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes('/search/titles/') && titlesFail) return new Response('gone', { status: 503 });
  if (url.includes('/search/postings/')) {
    if (postings === 'fail') return new Response('gone', { status: 404 });
    if (typeof postings === 'number') await new Promise((resolve) => setTimeout(resolve, postings as number));
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
    postings = 1500;
    const { search, type, events } = await searchOnSplitFeed();
    type('ovulation');
    await new Promise((resolve) => setTimeout(resolve, 900)); // the settle of "ovulation" waits for the slow index
    type('miscarriage');
    await waitUntil(() => events.length > 0, 'no qa-search event', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = search.shadowRoot!.querySelectorAll('[part="result"]').length;
    expect(events).to.deep.equal([{ query: 'miscarriage', category: null, resultCount: shown }]);
    expect(shown).to.be.above(0);
  });
  it('says the search could not be done, not that nothing matches, and reports no count', async () => {
    postings = 'fail';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { type, events, message } = await searchOnSplitFeed(LONG);
      for (const typed of ['hysterosalpingogram', 'hysterosalpingogram tubes', 'tests']) {
        type(typed);
        await waitUntil(() => /could not be loaded/.test(message()), `"${typed}": no failure message (${message()})`, { timeout: 5000 });
        expect(message(), typed).not.to.match(/No question matches/);
      }
      await new Promise((resolve) => setTimeout(resolve, 900)); // past the settle delay
      expect(events, 'qa-search fired for a failed search').to.deep.equal([]);
      const failures = warnings.filter((warning) => warning.includes('could not be read'));
      expect(failures.length, failures.join('\n')).to.be.within(1, 2); // one per failing file, not one per keystroke
      postings = 'ok';
      type('hysterosalpingogram');
      await waitUntil(() => events.some((event) => event.query === 'hysterosalpingogram'), 'no search once the files came back', { timeout: 5000 });
      expect(events.at(-1)!.resultCount).to.be.above(0);
    } finally {
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
