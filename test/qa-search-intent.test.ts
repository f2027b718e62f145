// Issue 14 in the browser: the search loads on intent, says "Preparing search…",
// shows excerpts and who answered, shows every result the same way, follows the
// page's heading order, and on a phone shows the first result above the keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

const DEMO = '/demo/feed.json';
const FIXTURE = '/test/fixtures/search-feed.json';

const root = (el: QaSearch) => el.shadowRoot!;
const field = (el: QaSearch) => root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
const liveRegion = (el: QaSearch) => root(el).querySelector('[aria-live="polite"]')!;
const searchLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/search/search-index'));

async function ready(el: QaSearch) {
  await customElements.whenDefined('qa-search');
  await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
  return el;
}

async function type(el: QaSearch, text: string) {
  field(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => !root(el).textContent!.includes('Preparing search'), 'search not ready', { timeout: 5000 });
  await el.updateComplete;
}

describe('<qa-search> and issue 14', () => {
  // First in this file: nothing has loaded the search code yet on this page.
  it('loads the search code on first input, not with the page, and announces "Preparing search…"', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${FIXTURE}></qa-search>`));
    // Rendered, and any index work it had started has settled: a load begun without intent would have ended here.
    await el.updateComplete;
    await (el as unknown as { searchIndex: { idle(): Promise<void> } }).searchIndex.idle();
    expect(searchLoaded(), 'search code loaded before any intent').to.equal(false);
    field(el).value = 'ovulation';
    field(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(liveRegion(el).textContent).to.equal('Preparing search…');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('Preparing search…');
    await waitUntil(() => root(el).querySelector('[part="result-excerpt"]'), 'no search results', { timeout: 5000 });
    expect(searchLoaded()).to.equal(true);
  });

  it('shows a passage of the best answer with the matched words marked, as text, and who answered', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'can stress stop me getting pregnant');
    const first = root(el).querySelector('[part="result"]')!;
    expect(first.querySelector('[part="result-title"]')!.textContent).to.equal('Does stress cause infertility?');
    const excerpt = first.querySelector('[part="result-excerpt"]')!;
    const marked = [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marked).to.include('stress');
    expect(marked.every((word) => !['can', 'me', 'is', 'it'].includes(word))).to.equal(true);
    expect(excerpt.textContent).to.match(/— Answered by \S/);
    expect([...excerpt.querySelectorAll('*')].every((child) => ['mark', 'span', 'bdi'].includes(child.localName))).to.equal(true);
    // Not the whole feed, as before issue 14: one question matches.
    const total = (await (await fetch(DEMO)).json()).questions.length;
    expect(root(el).querySelector('[part="count"]')!.textContent).to.not.contain(String(total));
    expect(root(el).querySelectorAll('[part="result"]').length).to.equal(1);
  });

  it('names the expert an excerpt is from in the feed\'s language: "— Respuesta de Dra. …", one expert, not "Han respondido"', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src="/demo/feed.es.json" lang="es"></qa-search>`));
    await type(el, 'aborto');
    await waitUntil(() => root(el).querySelector('[part="result-excerpt"]'), 'no excerpt', { timeout: 5000 });
    const byline = root(el).querySelector('[part="result-excerpt"] .result-by')!.textContent!;
    expect(byline).to.match(/^— Respuesta de \S/);
  });

  it('says no question matches closely, and offers the featured questions', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    // A sentence whose one content word matches nothing (filler words alone list the questions: qa-search.test.ts).
    await type(el, 'what is the xylophone');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('No question matches “what is the xylophone” closely');
    const offered = [...root(el).querySelectorAll('[part="result-title"]')].map((title) => title.textContent);
    expect(offered.length).to.be.above(0);
    expect(offered[0]).to.equal('When should we see a fertility specialist?');
    expect(root(el).querySelector('[part="count"]')).to.equal(null);
  });

  it('shows every result the same way, a chevron for opening in place, and no link that leaves the page before it is opened', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${FIXTURE}></qa-search>`));
    await type(el, 'clinic');
    const controls = [...root(el).querySelectorAll('[part="result-control"]')];
    expect(controls.map((control) => control.localName)).to.deep.equal(controls.map(() => 'button'));
    const decoration = (control: Element) => getComputedStyle(control.querySelector('[part="result-title"]')!).textDecorationLine;
    expect(controls.map(decoration)).to.deep.equal(controls.map(() => 'none'));
    expect(root(el).querySelector('a')).to.equal(null);
    expect(root(el).textContent).to.not.contain('Opens its own page');
  });

  it('follows the page heading order: results are h2 under an h1, and axe finds nothing', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Fertility questions</h1><qa-search src=${DEMO}></qa-search></main>`);
    const el = await ready(page.querySelector('qa-search')!);
    expect(root(el).querySelector('.result-heading')!.localName).to.equal('h2');
    await expect(page).to.be.accessible();
  });

  describe('on a 390×844 phone', () => {
    before(() => setViewport({ width: 390, height: 844 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows the first result right under the field while typing, above the keyboard (top 420 px)', async () => {
      const page = await fixture<HTMLElement>(html`<main><h1>Fertility questions</h1><qa-search src=${DEMO}></qa-search></main>`);
      const el = await ready(page.querySelector('qa-search')!);
      await type(el, 'stress');
      const box = root(el).querySelector('[part="result"]')!.getBoundingClientRect();
      expect(box.top, 'first result top').to.be.at.least(0);
      expect(box.bottom, 'first result bottom').to.be.at.most(420);
      // The categories are a select there, and choosing one filters the results.
      expect(getComputedStyle(root(el).querySelector('[part="categories"]')!).display).to.equal('none');
      const select = root(el).querySelector<HTMLSelectElement>('[part="category-select"]')!;
      expect(select.getBoundingClientRect().height).to.be.above(0);
      select.value = 'pregnancy-loss';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('closely');
    });

    it('labels the category select visibly, on its line, and names it by that label', async () => {
      const page = await fixture<HTMLElement>(html`<main><h1>Fertility questions</h1><qa-search src=${DEMO}></qa-search></main>`);
      const el = await ready(page.querySelector('qa-search')!);
      const label = root(el).querySelector<HTMLLabelElement>('[part="category-select-label"]')!;
      const select = root(el).querySelector<HTMLSelectElement>('[part="category-select"]')!;
      expect(label.control).to.equal(select);
      expect(label.textContent!.replace(select.textContent!, '').trim()).to.equal('Categories');
      const [labelBox, selectBox] = [label.getBoundingClientRect(), select.getBoundingClientRect()];
      expect(labelBox.height, 'label shown').to.be.above(0);
      expect(selectBox.left, 'select beside the label text').to.be.above(labelBox.left + 40);
      expect(selectBox.height, 'one line').to.be.at.least(labelBox.height - 1);
      expect(select.hasAttribute('aria-label'), 'named by the visible label, not an aria-label').to.be.false;
      await expect(page).to.be.accessible();
    });
  });
});
