import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { shadowMatch } from './helpers.js';

/** test/fixtures/split/ is `fertility-qa split test/fixtures/search-feed.json --out test/fixtures/split`. */
const SPLIT = '/test/fixtures/split';

const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(SPLIT));

describe('a split feed', () => {
  it('<fertility-question> reads a question file alone', async () => {
    const el = await fixture<HTMLElement>(html`<fertility-question src=${`${SPLIT}/questions/amh.json`} question="amh"></fertility-question>`);
    const title = await shadowMatch(el, 'h2');
    expect(title.textContent).to.equal('What does an AMH test measure?');
    expect(el.shadowRoot!.querySelectorAll('expert-answer')).to.have.length(1);
    expect(fetched()).to.deep.equal([`${SPLIT}/questions/amh.json`]);
  });

  it('<fertility-question> on a split feed\'s index shows a question it lists with its answers, read from the file the index names', async () => {
    const el = await fixture<HTMLElement>(html`<fertility-question src=${`${SPLIT}/index.json`} question="nk-cells"></fertility-question>`);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('expert-answer').length, 'no answers shown', { timeout: 5000 });
    expect((await shadowMatch(el, 'h2')).textContent).to.equal('Are natural killer cells tested?');
    expect(el.shadowRoot!.textContent).not.to.contain('0 experts answered');
    expect(fetched()).to.include(`${SPLIT}/questions/nk-cells.json`);
  });

  it('<qa-search> searches the index, then fetches only the opened question', async () => {
    const search = await fixture<QaSearch>(html`<qa-search src=${`${SPLIT}/index.json`}></qa-search>`);
    await customElements.whenDefined('qa-search');
    await waitUntil(() => search.shadowRoot?.querySelector('[part="results"]'), 'no results', { timeout: 5000 });
    const field = search.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!;
    field.value = 'zebedee'; // an expert's name: in the index, not in any title
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[part="result"]').length === 2, 'expert name not found', { timeout: 5000 });
    field.value = 'miscariage';
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => search.shadowRoot!.querySelector('[part="result-title"]')?.textContent === 'What is a miscarriage?', 'no match', { timeout: 5000 });
    expect(search.shadowRoot!.querySelector('[part="result-meta"]')!.textContent).to.contain('1 expert answered');
    (search.shadowRoot!.querySelector('[part="result-control"]') as HTMLElement).click();
    await search.updateComplete;
    const opened = search.shadowRoot!.querySelector('fertility-question')!;
    const answer = await shadowMatch(opened, 'expert-answer');
    await (answer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(answer.shadowRoot!.textContent).to.contain('An answer about pregnancy loss.');
    expect(fetched()).to.include.members([`${SPLIT}/index.json`, `${SPLIT}/questions/miscarriage.json`]);
    expect(fetched().filter((path) => path.includes('/questions/'))).to.have.length(3); // amh.json and nk-cells.json (above), and this one
    await expect(search).to.be.accessible();
  });

  it('<qa-search> on a split feed searches its sharded index: answer text included, only the pieces a query needs', async () => {
    // test/fixtures/split-long/ is `fertility-qa split test/fixtures/long-answer-feed.json --out test/fixtures/split-long`:
    // "hysterosalpingogram" is at the end of an answer, past the index's 160-character excerpt.
    const LONG = '/test/fixtures/split-long';
    const search = await fixture<QaSearch>(html`<qa-search src=${`${LONG}/index.json`}></qa-search>`);
    await waitUntil(() => search.shadowRoot?.querySelector('[part="results"]'), 'no list', { timeout: 5000 });
    const field = search.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!;
    const titles = () => [...search.shadowRoot!.querySelectorAll('[part="result-title"]')].map((title) => title.textContent);
    // While typing, the list never says "no results" (the previous results stay while pieces load).
    const messages: string[] = [];
    const watch = new MutationObserver(() => {
      const message = search.shadowRoot!.querySelector('[part="message"]')?.textContent ?? '';
      if (/No question matches/.test(message)) messages.push(message);
    });
    watch.observe(search.shadowRoot!, { subtree: true, childList: true, characterData: true });
    field.focus();
    for (const typed of ['hyster', 'hysterosalpingo', 'hysterosalpingogram']) {
      field.value = typed;
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => titles()[0] === 'Which tests come first?', `"${typed}" not found in the answer text`, { timeout: 5000 });
    }
    watch.disconnect();
    expect(messages).to.deep.equal([]);
    expect(titles()).to.deep.equal(['Which tests come first?']);
    const files = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith(`${LONG}/search/`));
    expect([...new Set(files)].sort()).to.deep.equal([`${LONG}/search/manifest.json`, `${LONG}/search/postings/0.json`, `${LONG}/search/words.json`]);
    await expect(search).to.be.accessible();
  });
});
