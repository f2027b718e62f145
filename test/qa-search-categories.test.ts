import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { captureWarnings, emulateForcedColors, shadowMatch } from './helpers.js';

/** An inline feed of `n` questions, each in a category of its own. */
const feedOf = (n: number) =>
  JSON.stringify({
    version: 1,
    experts: [{ id: 'e', name: 'Dr E' }],
    questions: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, title: `Question ${i}`, category: `Category ${i}`, answers: [{ expert: 'e', text: 'An answer.' }] })),
  });

async function searchOf(n: number, syncUrl = false): Promise<QaSearch> {
  const el = await fixture<QaSearch>(html`<qa-search ?sync-url=${syncUrl}><script type="application/json">${feedOf(n)}</script></qa-search>`);
  await shadowMatch(el, '[part="results"]');
  return el;
}

describe('<qa-search> category chooser for many categories', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('in forced colours, the chosen category keeps a visible label (not Canvas on Canvas)', async () => {
    await emulateForcedColors(true);
    try {
      const el = await searchOf(5);
      const chosen = el.shadowRoot!.querySelector('[part="category"][aria-pressed="true"]')!;
      const style = getComputedStyle(chosen);
      // Forced colours paint every background Canvas, and Canvas (a system colour) stays as the text: the label
      // vanished. The chosen one keeps its own system colours, text and background apart.
      expect(style.forcedColorAdjust, 'painted by its own system colours').to.equal('none');
      expect(style.color, `text ${style.color} on ${style.backgroundColor}`).not.to.equal(style.backgroundColor);
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('arrowing through the select is one step of history and one search, for where the reader stops', async () => {
    const warnings = captureWarnings();
    let el: QaSearch;
    try {
      el = await searchOf(30, true);
    } finally {
      warnings.restore();
    }
    const path = location.pathname;
    // Steps counted as they are pushed (history.length stops growing at 50 entries in a long test run).
    const pushState = history.pushState;
    let steps = 0;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      steps += 1;
      return pushState.apply(this, args);
    };
    try {
      const searches: Array<{ category: string | null }> = [];
      el.addEventListener('qa-search', (event) => searches.push((event as CustomEvent).detail));
      el.shadowRoot!.querySelector<HTMLSelectElement>('[part="category-select"]')!.focus();
      const settled = oneEvent(el, 'qa-search');
      // Chromium changes a closed select at each arrow key (a change event each): four categories passed over.
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
      await settled;
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('category')).to.equal('Category 3');
      expect(steps, 'steps of history').to.equal(1);
      expect(searches.map((detail) => detail.category)).to.deep.equal(['Category 3']);
    } finally {
      history.pushState = pushState;
      history.replaceState(null, '', path);
    }
  });

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
