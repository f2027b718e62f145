import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { holdTimers } from './helpers.js';

const FEED = '/test/fixtures/search-feed.json';

const root = (el: QaSearch) => el.shadowRoot!;
const field = (el: QaSearch) => root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
const titles = (el: QaSearch) => [...root(el).querySelectorAll('[part="result-title"]')].map((t) => t.textContent!.trim());
const controls = (el: QaSearch) => [...root(el).querySelectorAll<HTMLElement>('[part="result-control"]')];
const focused = (el: QaSearch) => root(el).activeElement;
const liveRegion = (el: QaSearch) => root(el).querySelector('[aria-live="polite"]')!;

async function renderSearch(template = html`<qa-search src=${FEED}></qa-search>`) {
  const el = await fixture<QaSearch>(template);
  await customElements.whenDefined('qa-search'); // registered when first used
  await waitUntil(() => root(el).querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
  return el;
}

/** Types into the search field as a reader would, then waits for the search index. */
async function type(el: QaSearch, text: string) {
  field(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => !root(el).textContent!.includes('Preparing search'), 'search not ready', { timeout: 5000 });
  await el.updateComplete;
}

describe('<qa-search>', () => {
  describe('before anything is typed', () => {
    it('lists the categories and every question in feed order', async () => {
      const el = await renderSearch();
      expect(titles(el)[0]).to.equal('How do clinics time treatment?');
      expect(titles(el)).to.have.length(7);
      const categories = [...root(el).querySelectorAll('[part="category"]')].map((b) => b.textContent!.trim());
      expect(categories).to.deep.equal(['All', 'Pregnancy loss', 'Tests', 'Treatments']);
      expect(root(el).querySelector('label')!.textContent).to.equal('Search the expert answers');
      await expect(el).to.be.accessible();
    });

    it('lists the featured questions first', async () => {
      const el = await renderSearch(html`<qa-search>
        <script type="application/json">
          {"version":1,"featured":["third"],"experts":[{"id":"e","name":"E"}],"questions":[
            {"id":"first","title":"First","category":"A","answers":[{"expert":"e","text":"x"}]},
            {"id":"second","title":"Second","category":"A","answers":[{"expert":"e","text":"x"}]},
            {"id":"third","title":"Third","category":"B","answers":[{"expert":"e","text":"x"}]}]}
        </script>
      </qa-search>`);
      expect(titles(el)).to.deep.equal(['Third', 'First', 'Second']);
    });

    it('pages long lists with "Show more", moving focus to the first new result', async () => {
      const el = await renderSearch(html`<qa-search src=${FEED} max-results="3"></qa-search>`);
      expect(titles(el)).to.have.length(3);
      const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(6);
      expect(focused(el)).to.equal(controls(el)[3]);
    });
  });

  describe('searching', () => {
    it('shows matches with the matched words marked, as text', async () => {
      const el = await renderSearch();
      await type(el, 'miscariage');
      expect(titles(el)[0]).to.equal('What is a miscarriage?');
      const mark = root(el).querySelector('[part="result-title"] mark')!;
      expect(mark.textContent).to.equal('miscarriage');
      expect(root(el).querySelector('[part="count"]')!.textContent).to.contain('“miscariage”');
      await expect(el).to.be.accessible();
    });

    it('says so when nothing matches closely, naming the query and offering the categories', async () => {
      const el = await renderSearch();
      await type(el, 'xylophone');
      const message = root(el).querySelector('[part="message"]')!;
      expect(message.textContent).to.contain('No question matches “xylophone” closely');
      expect(message.textContent).to.contain('browse a category');
      expect(root(el).querySelectorAll('[part="category"]')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('lists the questions, and says nothing, while a sentence holds filler words alone ("is it my")', async () => {
      const el = await renderSearch();
      const browsing = titles(el);
      const searches: unknown[] = [];
      el.addEventListener('qa-search', (event) => searches.push(event.detail));
      const settle = holdTimers(600); // the pause after typing, after which a count is announced
      try {
        await type(el, 'is it my');
        expect(settle.waiting, 'a settle after typing').to.equal(1);
        settle.fire();
        await el.updateComplete; // the settle has run
      } finally {
        settle.restore();
      }
      expect(root(el).querySelector('[part="message"]')?.textContent ?? '', 'a message').to.equal('');
      expect(titles(el)).to.deep.equal(browsing);
      expect(liveRegion(el).textContent).to.equal('');
      expect(searches).to.deep.equal([]);
      // The first word that asks something searches.
      await sendKeys({ type: ' miscarriage' });
      await waitUntil(() => titles(el)[0] === 'What is a miscarriage?', 'not searched', { timeout: 3000 });
      await waitUntil(() => liveRegion(el).textContent!.includes('“is it my miscarriage”'), 'the count not announced', { timeout: 3000 });
    });

    it('with a category chosen, says which when nothing in it matches, and offers to search every category', async () => {
      const el = await renderSearch();
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="category"]')].find((b) => b.textContent!.trim() === 'Tests')!.click();
      await type(el, 'miscarriage');
      const message = root(el).querySelector('[part="message"]')!;
      expect(message.textContent).to.contain('No question in “Tests” matches “miscarriage” closely');
      // (Choosing the category announced its count first: "3 questions".)
      await waitUntil(() => liveRegion(el).textContent!.startsWith('No question'), `announced: ${liveRegion(el).textContent}`, { timeout: 3000 });
      expect(liveRegion(el).textContent).to.equal('No question in “Tests” matches “miscarriage” closely.');
      await expect(el).to.be.accessible();
      const searchAll = root(el).querySelector<HTMLButtonElement>('[part="all-categories"]')!;
      searchAll.focus();
      await sendKeys({ press: 'Enter' }); // from the keyboard: the button goes away once pressed
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('What is a miscarriage?');
      expect(root(el).querySelector('[part="category"][aria-pressed="true"]')!.textContent!.trim()).to.equal('All');
      // Back in the field, its query kept (compared by name: a failing match of two elements is slow to print).
      expect(focused(el)?.getAttribute('part') ?? document.activeElement?.localName, 'focus left with the button').to.equal('search-field');
    });

    it('filters by category', async () => {
      const el = await renderSearch();
      const tests = [...root(el).querySelectorAll<HTMLButtonElement>('[part="category"]')].find((b) => b.textContent!.trim() === 'Tests')!;
      tests.click();
      await el.updateComplete;
      expect(tests.getAttribute('aria-pressed')).to.equal('true');
      expect(titles(el)).to.deep.equal(['Are natural killer cells tested?', 'How can I track ovulation?', 'What does an AMH test measure?']);
      await type(el, 'ovulation');
      expect(titles(el)).to.deep.equal(['How can I track ovulation?']);
    });

    it('offers only the categories named in the categories attribute', async () => {
      const el = await renderSearch(html`<qa-search src=${FEED} categories="tests,loss"></qa-search>`);
      const categories = [...root(el).querySelectorAll('[part="category"]')].map((b) => b.textContent!.trim());
      expect(categories).to.deep.equal(['All', 'Pregnancy loss', 'Tests']);
      expect(titles(el)).to.have.length(4);
    });

    it('announces the number of results once typing pauses, and fires qa-search once', async () => {
      const el = await renderSearch();
      const searches: Array<{ query: string; resultCount: number }> = [];
      el.addEventListener('qa-search', (event) => searches.push(event.detail));
      await type(el, 'ovul');
      expect(liveRegion(el).textContent).to.equal('');
      await waitUntil(() => liveRegion(el).textContent !== '', 'nothing announced', { timeout: 3000 });
      expect(liveRegion(el).textContent).to.match(/^2 questions match “ovul”$/);
      expect(searches).to.deep.equal([{ query: 'ovul', category: null, resultCount: 2 }]);
    });
  });

  describe('keyboard', () => {
    it('moves from the field through the results with the arrows, Home and End, and back', async () => {
      const el = await renderSearch();
      field(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(controls(el)[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(controls(el)[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(controls(el)[6]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(controls(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(field(el));
    });

    it('keeps one result in the tab order (roving tabindex)', async () => {
      const el = await renderSearch();
      field(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(controls(el).map((c) => c.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1]);
    });

    it('opens and closes a question with Enter, as a disclosure, and fires qa-open', async () => {
      const el = await renderSearch();
      await type(el, 'natural killer');
      await sendKeys({ press: 'ArrowDown' });
      const control = controls(el)[0]!;
      expect(control.getAttribute('aria-expanded')).to.equal('false');
      const opened = oneEvent(el, 'qa-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ id: 'nk-cells' });
      await el.updateComplete;
      expect(control.getAttribute('aria-expanded')).to.equal('true');
      const panel = root(el).getElementById(control.getAttribute('aria-controls')!)!;
      const question = panel.querySelector('fertility-question')!;
      await waitUntil(() => question.shadowRoot?.querySelector('expert-answer'), 'question did not render');
      expect(focused(el)).to.equal(control);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(control.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('opens a question with its own page in place too, then links to that page (issue 28: one way for every result)', async () => {
      const el = await renderSearch();
      await type(el, 'where is the clinic');
      const control = controls(el)[0] as HTMLButtonElement;
      expect(control.localName).to.equal('button');
      expect(el.shadowRoot!.querySelector('[part="result-page-link"]'), 'no link before it is opened').to.equal(null);
      control.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(control.getAttribute('aria-expanded')).to.equal('true');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="result-page-link"]')!;
      expect(link.href).to.equal('https://example.org/clinic');
      expect(link.textContent).to.equal('Read this question on its own page');
    });

    it('returns from the results to the field with Escape, and clears the query with Escape', async () => {
      const el = await renderSearch();
      await type(el, 'ovulation');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      expect(focused(el)).to.equal(field(el));
      expect(field(el).value).to.equal('ovulation');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field(el).value).to.equal('');
      expect(titles(el)).to.have.length(7);
      expect(focused(el)).to.equal(field(el));
    });
  });

  describe('sync-url', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('restores the query and the opened question from the URL on load', async () => {
      history.replaceState(null, '', '?q=ovulation#ovulation-tracking');
      const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
      await waitUntil(() => titles(el)[0] === 'How can I track ovulation?', 'query not restored', { timeout: 5000 });
      expect(field(el).value).to.equal('ovulation');
      expect(controls(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens the question of an answer link (#question-id--expert-id) and focuses that answer', async () => {
      history.replaceState(null, '', '#nk-cells--dr-two');
      const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
      const control = controls(el).find((c) => c.getAttribute('aria-controls') === 'panel-nk-cells')!;
      expect(control.getAttribute('aria-expanded')).to.equal('true');
      const question = root(el).querySelector('fertility-question')!;
      await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.activeElement?.localName === 'article', 'answer not focused', { timeout: 5000 });
    });

    it('puts an opened question in the URL, and Back closes it again', async () => {
      const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
      controls(el)[1]!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#miscarriage');
      history.back();
      await waitUntil(() => controls(el)[1]!.getAttribute('aria-expanded') === 'false', 'Back did not close it', { timeout: 3000 });
      expect(location.hash).to.equal('');
    });

    it('opening a result keeps its title and the reader\'s focus where they are (the #question-id it writes does not scroll)', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      try {
        const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
        el.after(spacer);
        const control = controls(el)[1]!;
        control.focus();
        const top = control.getBoundingClientRect().top;
        control.click();
        await el.updateComplete;
        const question = root(el).querySelector('fertility-question')!;
        await waitUntil(() => question.shadowRoot?.querySelector('expert-answer'), 'answers not shown', { timeout: 5000 });
        // Where a scroll would come from: the opened question's deep link, followed after its update.
        await (question as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(location.hash).to.equal(`#${control.getAttribute('aria-controls')!.slice('panel-'.length)}`);
        expect(control.getBoundingClientRect().top).to.be.closeTo(top, 1);
        expect(root(el).activeElement).to.equal(control);
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('scrolls to a question opened from the address', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.prepend(spacer);
      try {
        history.replaceState(null, '', '#nk-cells');
        const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
        const control = controls(el).find((c) => c.getAttribute('aria-controls') === 'panel-nk-cells')!;
        await waitUntil(() => Math.abs(control.getBoundingClientRect().top) < window.innerHeight / 2, 'not scrolled to the opened question', { timeout: 5000 });
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('does not scroll to a question from the address once the reader has typed (it showed only then)', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.prepend(spacer);
      try {
        history.replaceState(null, '', '?q=amh#nk-cells'); // as the widget writes it: the opened question not among the query's results
        const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
        await el.updateComplete;
        expect(controls(el).some((c) => c.getAttribute('aria-controls') === 'panel-nk-cells')).to.equal(false);
        field(el).focus(); // the reader comes to the field (the browser brings it into view)
        const scrolled = window.scrollY;
        await sendKeys({ press: 'End' });
        await type(el, ' natural killer cells');
        await waitUntil(() => controls(el).some((c) => c.getAttribute('aria-controls') === 'panel-nk-cells'), 'the question never listed', { timeout: 5000 });
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(window.scrollY).to.equal(scrolled);
      } finally {
        spacer.remove();
        history.replaceState(null, '', location.pathname);
        window.scrollTo(0, 0);
      }
    });

    it('writes the query into ?q= once typing pauses', async () => {
      const el = await renderSearch(html`<qa-search src=${FEED} sync-url></qa-search>`);
      await type(el, 'amh');
      await waitUntil(() => new URL(location.href).searchParams.get('q') === 'amh', 'query not in URL', { timeout: 3000 });
    });
  });

  it('opens the question named by the open attribute at start', async () => {
    const el = await renderSearch(html`<qa-search src=${FEED} open="amh"></qa-search>`);
    const control = controls(el).find((c) => c.getAttribute('aria-controls') === 'panel-amh')!;
    expect(control.getAttribute('aria-expanded')).to.equal('true');
  });
});

