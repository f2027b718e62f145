import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { generateFeed } from '../bench/generate-feed.mjs';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { countSlicedWork, leastBuildSteps, wordsOfFeed } from './sliced-work.js';
import { SearchIndex as Index } from '../src/search/search-index.js';

/** Hostile input through the page URL and the search field: capped queries, malformed fragments. */

const FEED = '/test/fixtures/search-feed.json';
const root = (el: Element) => el.shadowRoot ?? document.createElement('div'); // qa-search is defined when first used
const field = (el: QaSearch) => root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Errors and rejections that reach the page while `work` runs, and the console warnings. */
async function watch(work: () => Promise<void>): Promise<{ uncaught: unknown[]; warnings: string[] }> {
  const uncaught: unknown[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    uncaught.push(event.reason);
  };
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await work();
    // The tasks the work set going (its updates, a rejected promise's report) have run: a macrotask, then a frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
  }
  return { uncaught, warnings };
}

const start = location.href;
afterEach(() => history.replaceState(null, '', start));

/** The queries the search index was asked for while `work` ran. */
async function searchesDuring(work: () => Promise<void>): Promise<string[]> {
  const queries: string[] = [];
  const search = Index.prototype.search;
  Index.prototype.search = function (this: Index, query, options) {
    queries.push(query);
    return search.call(this, query, options);
  };
  try {
    await work();
  } finally {
    Index.prototype.search = search;
  }
  return queries;
}

/** Whether a query as searched keeps to the caps: 200 characters, 12 words. */
const capped = (query: string) => query.length <= 200 && wordCount(query) <= 12;

/** A feed of 10,000 generated questions, served from a blob: URL (no file to commit). */
const bigFeedUrl = URL.createObjectURL(new Blob([JSON.stringify(generateFeed(10_000))], { type: 'application/json' }));

describe('a long query is capped (200 characters, 12 words)', () => {
  it('from a 5,000-word ?q= link over 10,000 questions: no long task, the field holds the capped query', async function () {
    this.timeout(120_000);
    const words = Array.from({ length: 5_000 }, (_, i) => ['embryo', 'ivf', 'stres', 'miscariage', 'amh'][i % 5]).join(' ');
    const el = await fixture<QaSearch>(html`<qa-search src=${bigFeedUrl} sync-url></qa-search>`);
    await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results', { timeout: 60_000 });
    await (await import('../src/search/search-index.js')).searchIndexFor((el as unknown as { feed: { state: { feed: never } } }).feed.state.feed);
    // The link is followed (Back/Forward to it, or a fresh load: the same readUrl()) once feed and index are ready.
    const searched = await searchesDuring(async () => {
      history.pushState(null, '', `?q=${encodeURIComponent(words)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await waitUntil(() => root(el).querySelector('[part="count"]')?.textContent?.includes('embryo'), 'no results', { timeout: 60_000 });
    });
    expect(field(el).value.length).to.be.at.most(200);
    expect(wordCount(field(el).value)).to.be.at.most(12);
    expect(field(el).value).to.match(/^embryo ivf stres/);
    // What bounds the work (uncapped, one search of this link took 10.4 s): every search the index
    // was asked for read the capped query, never the link's 5,000 words.
    expect(searched.length, 'searches').to.be.at.least(1);
    for (const query of searched) expect(capped(query), query.slice(0, 80)).to.equal(true);
  });

  it('from a ?q= link on connect', async () => {
    history.replaceState(null, '', `?q=${'ivf '.repeat(1_000)}`);
    const el = await fixture<QaSearch>(html`<qa-search src=${FEED} sync-url></qa-search>`);
    await customElements.whenDefined('qa-search');
    await el.updateComplete;
    expect(field(el).value).to.equal(Array(12).fill('ivf').join(' '));
  });

  it('from typing: a 1,000-character input costs one capped search', async function () {
    this.timeout(120_000);
    const el = await fixture<QaSearch>(html`<qa-search src=${bigFeedUrl}></qa-search>`);
    await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results', { timeout: 60_000 });
    const typed = 'what are the chances of ivf working after several miscarriages and a low amh '.repeat(13).slice(0, 1_000);
    field(el).value = 'ivf';
    field(el).dispatchEvent(new Event('input'));
    await waitUntil(() => root(el).querySelector('[part="count"]')?.textContent?.includes('ivf'), 'index not ready', { timeout: 60_000 });
    const inputs: string[] = [];
    for (let length = 900; length <= 1_000; length += 20) inputs.push(typed.slice(0, length));
    const searched = await searchesDuring(async () => {
      for (const input of inputs) {
        field(el).value = input;
        field(el).dispatchEvent(new Event('input'));
        await el.updateComplete;
      }
    });
    expect(field(el).value.length).to.be.at.most(200);
    expect(wordCount(field(el).value)).to.be.at.most(12);
    expect(field(el).maxLength).to.equal(200);
    // One search an input at most (the same capped query may be searched once for all), each of the capped query.
    expect(searched.length, 'searches').to.be.within(1, inputs.length);
    for (const query of searched) expect(capped(query), query.slice(0, 80)).to.equal(true);
  });
});

describe('a malformed #fragment never throws', () => {
  for (const hash of ['#%', '#%E0%A4%A', '#%ED%A0%80']) {
    it(`<qa-search sync-url> on ${hash}: one warning, the search works, Back still works`, async () => {
      history.replaceState(null, '', hash);
      let el!: QaSearch;
      const { uncaught, warnings } = await watch(async () => {
        el = await fixture<QaSearch>(html`<qa-search src=${FEED} sync-url></qa-search>`);
        await customElements.whenDefined('qa-search');
        await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results', { timeout: 5000 });
        // The popstate listener was added: a Back/Forward to ?q=amh is followed.
        history.pushState(null, '', '?q=amh');
        window.dispatchEvent(new PopStateEvent('popstate'));
        await waitUntil(() => field(el).value === 'amh', 'popstate not followed', { timeout: 3000 });
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('#fragment'))).to.have.length(1);
      expect(el.open).to.equal(undefined);
    });

    it(`<fertility-question> on ${hash} and a hashchange to it: nothing uncaught`, async () => {
      history.replaceState(null, '', hash);
      const { uncaught } = await watch(async () => {
        const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="nk-cells"></fertility-question>`);
        await waitUntil(() => root(el).textContent?.includes('natural killer'), 'question not shown', { timeout: 5000 });
        const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
        location.hash = hash.slice(1) === '%' ? '%E0%A4%A' : '%';
        await changed; // the widget's own hashchange listener, added first, has run
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('a well-formed #question--expert still opens that question', async () => {
    history.replaceState(null, '', '#nk-cells--dr-two');
    const el = await fixture<QaSearch>(html`<qa-search src=${FEED} sync-url></qa-search>`);
    await waitUntil(() => root(el).querySelector('fertility-question'), 'not opened', { timeout: 5000 });
    expect(el.open).to.equal('nk-cells');
  });
});

describe('hostile synonyms: phrases indexed as stems of their own stay bounded', () => {
  it('50,000 two-word groups, 200 groups of 48-word and of 5-word phrases, a 100 KB answer: the build yields and ends, searches answer', async function () {
    this.timeout(60_000);
    const { validateFeed } = await import('../src/feed/validate.js');
    const { SearchIndex } = await import('../src/search/search-index.js');
    const words = Array.from({ length: 48 }, (_, i) => `w${i}`);
    // One answer of about 100 KB: the phrases' words, never two of a phrase side by side.
    const long = Array.from({ length: 7_500 }, (_, i) => `w${i % 48}g${i % 5} aa bb`).join(' '); // under the 100,000 characters an answer may hold
    const { feed } = validateFeed({
      version: 1,
      title: 'Hostile synonyms',
      layTerms: true,
      categories: [{ id: 'c', name: 'C' }],
      experts: [{ id: 'e', name: 'Dr E' }],
      synonyms: [
        ...Array.from({ length: 50_000 }, (_, i) => [`w${i % 48} w${(i * 7 + 3) % 48}`, `alias${i}`]),
        ...Array.from({ length: 200 }, (_, g) => [words.map((word) => `${word}g${g % 5}`).join(' ').slice(0, 190), `long${g}`]),
        ...Array.from({ length: 200 }, (_, g) => [words.slice(g % 40, (g % 40) + 5).map((word) => `${word}g${g % 5}`).join(' '), `five${g}`]),
      ],
      questions: [
        { id: 'long', title: 'A long answer', category: 'c', answers: [{ expert: 'e', text: long }] },
        ...Array.from({ length: 50 }, (_, q) => ({
          id: `q${q}`,
          title: `Question ${q}`,
          category: 'c',
          answers: [{ expert: 'e', text: Array.from({ length: 400 }, (_, i) => `w${(i * (q + 1)) % 48}g${i % 5} w${i % 48} period late`).join(' ') }],
        })),
      ],
    });
    // Counted, not timed (test/sliced-work.ts): each group, word, posting and stem a step of its own.
    const { result: index, steps, yields } = await countSlicedWork(() => SearchIndex.build(feed));
    expect(steps, 'steps').to.be.at.least(leastBuildSteps(feed, index, wordsOfFeed(feed)));
    expect(yields, 'yields to the browser').to.be.at.least(1);
    // "w1 w10" is a phrase of a group, and no answer holds its words together; "period is late" is a lay phrase the short answers hold.
    expect(index!.searchNow('w1 w10').results.length).to.equal(0);
    expect(index!.searchNow('w1', { limit: 100 }).results.length).to.equal(50);
    expect(index!.searchNow('my period is late', { limit: 100 }).results.length).to.equal(50);
  });
});
