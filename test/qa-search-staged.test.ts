import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

/**
 * A keystroke renders its first six results; the rest of the page renders once typing pauses
 * (StagedListController), and `updateComplete` waits for it.
 */

const root = (el: QaSearch) => el.shadowRoot!;
const field = (el: QaSearch) => root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
const titles = (el: QaSearch) => [...root(el).querySelectorAll('[part="result-title"]')].map((t) => t.textContent!.trim());

/** Ten questions about each of two topics, each answered once; browsing lists the embryo questions first (featured), a search the sperm ones. */
const FEED = {
  version: 1,
  featured: Array.from({ length: 10 }, (_, i) => `embryo-${i + 1}`),
  experts: [{ id: 'e', name: 'Dr E' }],
  questions: ['Sperm', 'Embryo'].flatMap((topic) =>
    Array.from({ length: 10 }, (_, i) => ({
      id: `${topic.toLowerCase()}-${i + 1}`,
      title: `${topic} question ${i + 1}`,
      category: 'General',
      answers: [{ expert: 'e', text: `An answer about the ${topic.toLowerCase()}, number ${i + 1}.` }],
    })),
  ),
};

async function renderSearch() {
  const el = await fixture<QaSearch>(html`<qa-search><script type="application/json">${JSON.stringify(FEED)}</script></qa-search>`);
  await customElements.whenDefined('qa-search');
  await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
  return el;
}

/** The element's next update, without the rest of the page (ReactiveElement's own `getUpdateComplete`). */
const nextUpdate = (el: QaSearch) => (ReactiveElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> }).getUpdateComplete.call(el);
const controls = (el: QaSearch) => [...root(el).querySelectorAll<HTMLElement>('[part="result-control"]')];

/** One keystroke: what the field holds after it, and the update it makes (without the rest of the page). */
async function keystroke(el: QaSearch, value: string) {
  field(el).value = value;
  field(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await nextUpdate(el);
}

/** Searches as a reader who then pauses, once the index is ready. */
async function searchFor(el: QaSearch, value: string) {
  await keystroke(el, value);
  await waitUntil(() => !root(el).textContent!.includes('Preparing search'), 'search not ready', { timeout: 5000 });
  await el.updateComplete;
}

/** A search that listed the ten embryo questions, then a keystroke for "sperm": its first six rendered, the rest waiting. */
async function spermTypedAfterEmbryo() {
  const el = await renderSearch();
  await searchFor(el, 'embryo');
  await keystroke(el, 'sperm');
  return el;
}

/** The whole list of "sperm": its ten questions, none kept from before. */
function expectWholeSpermList(el: QaSearch) {
  expect(titles(el)).to.have.length(10);
  expect(titles(el).every((title) => title.startsWith('Sperm')), titles(el).join(' | ')).to.equal(true);
}

describe('<qa-search> while the reader types', () => {
  it('renders a keystroke’s first six results with it, and the rest once typing pauses', async () => {
    const el = await renderSearch();
    await searchFor(el, 'embryo');
    const embryo = titles(el);
    expect(embryo).to.have.length(10);
    expect(embryo.every((title) => title.startsWith('Embryo'))).to.equal(true);

    await keystroke(el, 'sperm');
    const shown = titles(el);
    expect(shown.slice(0, 6).every((title) => title.startsWith('Sperm')), shown.join(' | ')).to.equal(true);
    // The places after the first six keep what they showed, until typing pauses.
    expect(shown.slice(6)).to.deep.equal(embryo.slice(6));
    expect(root(el).querySelector('[part="count"]')!.textContent).to.contain('10');

    await el.updateComplete;
    const whole = titles(el);
    expect(whole).to.have.length(10);
    expect(whole.every((title) => title.startsWith('Sperm')), whole.join(' | ')).to.equal(true);
  });

  it('after “No question matches”, lists only the new query’s results with the keystroke', async () => {
    const el = await renderSearch();
    await searchFor(el, 'embryo');
    await searchFor(el, 'zzzzqx');
    expect(root(el).textContent).to.contain('No question matches');

    await keystroke(el, 'sperm');
    const shown = titles(el);
    // The featured questions that stood under "No question matches" are not kept as results of "sperm".
    expect(shown).to.have.length(6);
    expect(shown.every((title) => title.startsWith('Sperm')), shown.join(' | ')).to.equal(true);
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
  });

  it('keeps an opened result past the first six rendered while the reader types', async () => {
    const el = await renderSearch();
    await searchFor(el, 'embryo');
    const eighth = root(el).querySelectorAll<HTMLButtonElement>('[part="result-control"]')[7]!;
    const id = eighth.id.replace(/^result-/, '');
    eighth.click();
    await el.updateComplete;
    expect(root(el).querySelector('fertility-question')?.getAttribute('question')).to.equal(id);

    // A keystroke that lists the opened question further down (the sperm questions first, "embryo" after them).
    const openedAt = () => [...root(el).querySelectorAll('[part="result-control"]')].findIndex((control) => control.id === `result-${id}`);
    await keystroke(el, 'sperm embryo');
    const withKeystroke = openedAt();
    await el.updateComplete;
    expect(openedAt(), 'its place in the whole list').to.be.greaterThan(7);
    expect(withKeystroke, 'rendered at that place with the keystroke').to.equal(openedAt());
    expect(root(el).querySelector(`#result-${id}`)!.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector('fertility-question')?.getAttribute('question')).to.equal(id);
  });

  it('keeps the earlier results out of reach (inert), and never one of the new first six twice', async () => {
    const el = await renderSearch();
    const browsing = titles(el);
    field(el).focus(); // the reader's intent: the index builds
    await waitUntil(() => (el as unknown as { searchIndex: { ready: boolean } }).searchIndex.ready, 'search not ready', { timeout: 5000 });
    await keystroke(el, 'sperm embryo');
    // The precondition: the new first six (the sperm questions) stood further down the browse list.
    expect(titles(el).slice(0, 6).every((title) => browsing.indexOf(title) >= 6), titles(el).join(' | ')).to.equal(true);
    const ids = controls(el).map((control) => control.id);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    const items = [...root(el).querySelectorAll('[part="result"]')];
    expect(items.slice(0, 6).some((item) => item.hasAttribute('inert'))).to.equal(false);
    expect(items.length).to.be.greaterThan(6);
    expect(items.slice(6).every((item) => item.hasAttribute('inert'))).to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelectorAll('[inert]')).to.have.length(0);
  });

  it('renders the rest after a keystroke that changes nothing (the same text again)', async () => {
    const el = await spermTypedAfterEmbryo();
    await keystroke(el, 'sperm');
    await el.updateComplete; // resolves (a keystroke that changed nothing once left it waiting for good)
    expectWholeSpermList(el);
  });

  it('renders the rest once back in the page when moved while the rest waited', async () => {
    const el = await spermTypedAfterEmbryo();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete; // waits for the rest of the list
    expectWholeSpermList(el);
  });

  it('renders the whole list when the reader goes from the field to the list (Down Arrow) while the rest waits', async () => {
    const el = await spermTypedAfterEmbryo();
    field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await nextUpdate(el);
    expectWholeSpermList(el);
    expect(root(el).activeElement?.textContent).to.contain('Sperm question 1');
  });

  it('renders the whole list with the update when the reader clears the field with Escape while the rest waits', async () => {
    const el = await renderSearch();
    const browsing = titles(el);
    await searchFor(el, 'embryo');
    await keystroke(el, 'sperm');
    field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await nextUpdate(el);
    expect(titles(el)).to.deep.equal(browsing);
    expect(root(el).querySelectorAll('[inert]')).to.have.length(0);
  });
});
