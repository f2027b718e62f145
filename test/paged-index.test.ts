import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { validateFeed } from '../src/feed/validate.js';
import { captureWarnings, shadowMatch } from './helpers.js';

/**
 * A large split feed's partial index (issue 16 item 3): index.json lists only
 * the first questions and the featured ones (`paged`); <qa-search> lists the
 * rest from the sharded index's titles files, and a question it does not list
 * opens from its own file. test/fixtures/split-paged/ is
 * `fertility-qa split test/fixtures/paged-feed.json --out test/fixtures/split-paged --index-questions 2`
 * (7 questions; the index lists the first 2 and "amh", featured, the 6th).
 */
const PAGED = '/test/fixtures/split-paged';
const FULL = '/test/fixtures/paged-feed.json';

const root = (el: Element) => el.shadowRoot!;
const titles = (el: QaSearch) => [...root(el).querySelectorAll('[part="result-title"]')].map((title) => title.textContent!.trim());
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(PAGED));

async function renderSearch(src: string, attributes = '') {
  const el = await fixture<QaSearch>(html`<qa-search src=${src} max-results="2" .syncUrl=${attributes === 'sync-url'}></qa-search>`);
  await customElements.whenDefined('qa-search');
  await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
  return el;
}

/** Every title of the browse list in a category (null: all), pressing "Show more" until there is no more. */
async function wholeList(el: QaSearch, category: string | null): Promise<{ titles: string[]; count: string }> {
  const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="category"]')];
  buttons.find((button) => button.textContent!.trim() === (category ?? 'All'))!.click();
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('[part="results"]'), `no list for ${category}`, { timeout: 5000 });
  for (let presses = 0; root(el).querySelector('[part="more"]') && presses < 10; presses++) {
    const before = titles(el).length;
    root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => titles(el).length > before, `"Show more" listed nothing more in ${category}`, { timeout: 5000 });
  }
  return { titles: titles(el), count: root(el).querySelector('[part="count"]')!.textContent!.trim() };
}

describe('a partial index (paged)', () => {
  it('lists the first screen from index.json alone: featured first, the total count, every category', async () => {
    performance.clearResourceTimings();
    const el = await renderSearch(`${PAGED}/index.json`);
    expect(titles(el)).to.deep.equal(['What does an AMH test measure?', 'How do clinics time treatment?']);
    expect(root(el).querySelector('[part="count"]')!.textContent).to.contain('7 questions');
    const categories = [...root(el).querySelectorAll('[part="category"]')].map((button) => button.textContent!.trim());
    expect(categories).to.deep.equal(['All', 'Pregnancy loss', 'Tests', 'Treatments']);
    expect(fetched()).to.deep.equal([`${PAGED}/index.json`]);
    await expect(el).to.be.accessible();
  });

  it('lists every question a full feed lists, in the same order and with the same counts, in every category', async () => {
    const full = await renderSearch(FULL);
    const paged = await renderSearch(`${PAGED}/index.json`);
    for (const category of [null, 'Tests', 'Treatments', 'Pregnancy loss', null]) {
      const expected = await wholeList(full, category);
      expect(await wholeList(paged, category), `category ${category ?? 'All'}`).to.deep.equal(expected);
    }
    expect(fetched().filter((path) => path.includes('/search/'))).to.include.members([`${PAGED}/search/manifest.json`, `${PAGED}/search/titles/0.json`]);
    expect(fetched().filter((path) => path.includes('/search/postings/') || path.endsWith('words.json'))).to.deep.equal([]); // browsing never loads the search
  });

  it('opens a question it does not list from the address (#id), from its own file', async () => {
    const start = location.href;
    history.replaceState(null, '', '#ovulation-tracking');
    try {
      const el = await renderSearch(`${PAGED}/index.json`, 'sync-url');
      await waitUntil(() => titles(el)[0] === 'How can I track ovulation?', 'the opened question is not listed first', { timeout: 5000 });
      expect(root(el).querySelector('[part="result-control"]')!.getAttribute('aria-expanded')).to.equal('true');
      const opened = root(el).querySelector('fertility-question')!;
      const answer = await shadowMatch(opened, 'expert-answer');
      await waitUntil(() => answer.shadowRoot?.textContent?.includes('cycle tracking'), 'no answer text', { timeout: 5000 });
      expect(fetched().filter((path) => path.endsWith('/questions/ovulation-tracking.json'))).to.have.length(1);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('searches the shards and opens a result the index does not list', async () => {
    const el = await renderSearch(`${PAGED}/index.json`);
    const field = root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
    field.focus();
    field.value = 'natural killer';
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => titles(el)[0] === 'Are natural killer cells tested?', 'no search result from the titles files', { timeout: 5000 });
    // As a full index's results do, it shows a passage of the answers (the titles files carry the excerpt).
    expect(root(el).querySelector('[part="result-excerpt"]')?.textContent?.trim(), 'no excerpt').to.match(/\w{3,}/);
    root(el).querySelector<HTMLElement>('[part="result-control"]')!.click();
    await el.updateComplete;
    const answer = await shadowMatch(root(el).querySelector('fertility-question')!, 'expert-answer');
    expect(answer).to.exist;
  });
});

describe('<fertility-question> on a partial index', () => {
  it('shows a question the index does not list, from its own file', async () => {
    const el = await fixture<HTMLElement>(html`<fertility-question src=${`${PAGED}/index.json`} question="nk-cells"></fertility-question>`);
    const title = await shadowMatch(el, 'h2');
    expect(title.textContent).to.equal('Are natural killer cells tested?');
    expect(root(el).querySelectorAll('expert-answer').length).to.be.greaterThan(0);
    expect(fetched()).to.include(`${PAGED}/questions/nk-cells.json`);
  });

  it('says a missing question is not found (one qa-error), and never builds a path from an id that is not a slug', async () => {
    const warnings = captureWarnings();
    try {
      const errors: string[] = [];
      const el = await fixture<HTMLElement>(html`<fertility-question src=${`${PAGED}/index.json`} question="no-such-question" @qa-error=${(event: CustomEvent) => errors.push(event.detail.reason)}></fertility-question>`);
      await waitUntil(() => root(el).textContent!.includes('no-such-question'), 'not said to be missing', { timeout: 5000 });
      expect(errors).to.deep.equal(['not-found']);
      const odd = await fixture<HTMLElement>(html`<fertility-question src=${`${PAGED}/index.json`} question="../index"></fertility-question>`);
      await waitUntil(() => root(odd).textContent!.includes('../index'), 'not said to be missing', { timeout: 5000 });
      expect(fetched().filter((path) => !path.startsWith(`${PAGED}/questions/`) && path !== `${PAGED}/index.json` && !path.startsWith(`${PAGED}/search/`))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('the validator reads "paged"', () => {
  const index = (paged: unknown, extra: Record<string, unknown> = { search: 'search/manifest.json' }) => ({
    version: 1,
    kind: 'index',
    experts: [],
    ...extra,
    paged,
    questions: [{ id: 'a', title: 'A?', category: 'x', feed: 'questions/a.json', answerCount: 1 }],
  });
  const read = (document: unknown) => validateFeed(document, { baseUrl: 'https://example.org/faq/index.json' });

  it('takes a good one, with the total and where question files resolve', () => {
    const { feed, problems } = read(index({ first: 1, categories: [['x', 3], ['y', 2]] }));
    expect(problems).to.deep.equal([]);
    expect(feed.paged).to.deep.equal({ first: 1, categories: [['x', 3], ['y', 2]], total: 5, indexUrl: 'https://example.org/faq/index.json' });
  });

  it('ignores a bad one with one precise problem, and lists the index as it is', () => {
    const cases: Array<[unknown, string, Record<string, unknown>?]> = [
      ['all', 'paged'],
      [{ first: 1, categories: [['x', 1]] }, 'paged', {}], // no "search"
      [{ first: 2, categories: [['x', 1]] }, 'paged.first'],
      [{ first: -1, categories: [['x', 1]] }, 'paged.first'],
      [{ first: 1, categories: [['x', 0]] }, 'paged.categories'],
      [{ first: 1, categories: [['x', 1], ['x', 1]] }, 'paged.categories'],
      [{ first: 1, categories: 'x' }, 'paged.categories'],
    ];
    for (const [paged, field, extra] of cases) {
      const { feed, problems } = read(index(paged, extra));
      expect(problems.map((problem) => problem.field), JSON.stringify(paged)).to.deep.equal([field]);
      expect(feed.paged).to.equal(undefined);
      expect(feed.questions).to.have.length(1);
    }
  });

  it('takes none of the first questions as the feed\'s first when one of them was refused', () => {
    const document = index({ first: 1, categories: [['x', 4]] });
    (document.questions as unknown[]).unshift({ id: 'bad', category: 'x' });
    (document.paged as { first: number }).first = 2;
    const { feed } = read(document);
    expect(feed.paged?.first).to.equal(0);
  });
});
