import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { captureWarnings, shadowMatch } from './helpers.js';

/** An inline feed of `n` questions, each in a category of its own. */
const feedOf = (n: number) =>
  JSON.stringify({
    version: 1,
    experts: [{ id: 'e', name: 'Dr E' }],
    questions: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, title: `Question ${i}`, category: `Category ${i}`, answers: [{ expert: 'e', text: 'An answer.' }] })),
  });

async function searchOf(n: number): Promise<QaSearch> {
  const el = await fixture<QaSearch>(html`<qa-search><script type="application/json">${feedOf(n)}</script></qa-search>`);
  await shadowMatch(el, '[part="results"]');
  return el;
}

describe('<qa-search> category chooser for many categories', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('a few categories are buttons on a desktop', async () => {
    const el = await searchOf(5);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="category"]')).to.have.length(6);
    expect(getComputedStyle(root.querySelector('[part="category-select-label"]')!).display).to.equal('none');
  });

  it('more than twelve are a select with its label at every width, and the first 200 are offered, with one warning', async () => {
    const warnings = captureWarnings();
    let el: QaSearch;
    try {
      el = await searchOf(300);
    } finally {
      warnings.restore();
    }
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="category"]'), 'no wall of buttons').to.have.length(0);
    const label = root.querySelector('[part="category-select-label"]')!;
    expect(getComputedStyle(label).display).to.equal('flex');
    expect(root.querySelectorAll('[part="category-select"] option')).to.have.length(201);
    expect(warnings.messages.filter((message) => message.includes('categories'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
