// Issue 28: results a patient and a screen reader trust. Each result's name is its
// title (the passage and byline its description), highlights glue no words together,
// the passage holds the query's rarest words, urgent-care text ranks nothing, a query
// whose best match holds only the feed's commonest words is no close match (with the
// clinic's own `no-results` slot), every result opens in place the same way, and an
// opened result says nothing twice. Names are read from Chromium's accessibility tree.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

const DEMO = '/demo/feed.json';
const FIXTURE = '/test/fixtures/search-feed.json';

type A11yNode = { role: string; name: string; description?: string; expanded?: boolean; children?: A11yNode[] };

const root = (el: QaSearch) => el.shadowRoot!;
const field = (el: QaSearch) => root(el).querySelector<HTMLInputElement>('[part="search-field"]')!;
const titles = (el: QaSearch) => [...root(el).querySelectorAll('[part="result-title"]')].map((title) => title.textContent);

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

/** Every node of the accessibility tree with this role. */
async function nodesWithRole(role: string): Promise<A11yNode[]> {
  const tree = (await a11ySnapshot({})) as unknown as A11yNode;
  const found: A11yNode[] = [];
  findAccessibilityNode(tree as never, (node: A11yNode) => (node.role === role && found.push(node), false));
  return found;
}

/** The text a description points at (aria-describedby, in the same shadow root), as read. */
const described = (el: QaSearch, control: Element) =>
  control
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => root(el).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');

describe('<qa-search> results people trust (issue 28)', () => {
  it('names each result by its title alone, and describes it by the passage, who answered and the category', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'how old is too old for ivf');
    expect(titles(el)[0]).to.equal('Is there an age limit for IVF?');
    const buttons = await nodesWithRole('button');
    const shown = titles(el);
    for (const title of shown) {
      const node = buttons.find((button) => button.name === title);
      expect(node, `a button named "${title}" in ${buttons.map((b) => b.name).join(' | ')}`).to.exist;
      expect(node!.expanded).to.equal(false);
    }
    const first = root(el).querySelector('[part="result-control"]')!;
    const description = described(el, first);
    expect(description).to.contain(root(el).querySelector('[part="result-excerpt"]')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(description, 'the passage and the byline apart').to.match(/\S …?— Answered by/);
    expect(description).to.match(/— Answered by \S/);
    expect(description).to.contain('experts answered');
    // The expert's name and the category are apart as read ("Answered by Dr Demo Rivera. Treatments · 3 experts answered").
    const byline = root(el).querySelector('.result-by')!.textContent!.replace(/\s+/g, ' ').trim();
    const meta = root(el).querySelector('[part="result-meta"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(description, 'the byline and the category apart').to.contain(`${byline.replace(/\.$/, '')}. ${meta}`);
    // What Chromium gives as the description is that text, words apart.
    const node = buttons.find((button) => button.name === shown[0])!;
    if (node.description !== undefined) expect(node.description.replace(/\s+/g, ' ')).to.equal(description);
    await expect(el).to.be.accessible();
  });

  it('ends the byline with one full stop, also after a name that has its own', async () => {
    const feed = JSON.stringify({
      version: 1,
      experts: [{ id: 'jr', name: 'Dr Sam Lee Jr.' }],
      questions: [{ id: 'q', title: 'What is a follicle scan?', category: 'Tests', answers: [{ expert: 'jr', text: 'A follicle scan is an ultrasound scan of the ovaries.' }] }],
    });
    const el = await ready(await fixture<QaSearch>(html`<qa-search><script type="application/json">${feed}</script></qa-search>`));
    await type(el, 'ultrasound');
    await waitUntil(() => root(el).querySelector('.result-by'), 'no byline', { timeout: 5000 });
    expect(root(el).querySelector('.result-by')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— Answered by Dr Sam Lee Jr.');
  });

  it('keeps words apart where highlights meet, in the name and the description', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'ivf age limit');
    const names = (await nodesWithRole('button')).map((button) => button.name);
    expect(names).to.include('Is there an age limit for IVF?');
    const marks = [...root(el).querySelectorAll('[part="result-title"] mark')].map((mark) => mark.textContent);
    expect(marks, 'the neighbouring matches are marked as one').to.include('age limit');
    const spanish = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(spanish, 'in vitro fertilisation');
    const buttons = await nodesWithRole('button');
    const ivf = buttons.find((button) => button.name === 'What is in vitro fertilisation (IVF)?');
    expect(ivf, buttons.map((b) => b.name).join(' | ')).to.exist;
    for (const { name, description } of buttons) {
      expect(`${name} ${description ?? ''}`).to.not.match(/vitrofertilisation|olderage|agelimit/i);
    }
  });

  it('shows the passage with the query’s rarest words: "It is not your fault." for "is it my fault i miscarried"', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'is it my fault i miscarried');
    expect(titles(el)[0]).to.equal('What is a miscarriage and is it anyone\'s fault?');
    const excerpt = root(el).querySelector('[part="result-excerpt"]')!;
    expect(excerpt.textContent).to.contain('It is not your fault');
    expect([...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase())).to.include('fault');
  });

  it('never ranks a question by its urgent-care text: "endometriosis pain" does not list the miscarriage question', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'endometriosis pain');
    expect(titles(el)[0]).to.equal('When should we see a fertility specialist?');
    expect(titles(el)).to.not.include('What is a miscarriage and is it anyone\'s fault?');
    // Its excerpts never show the urgent notice either.
    await type(el, ' miscarriage');
    for (const excerpt of root(el).querySelectorAll('[part="result-excerpt"]')) expect(excerpt.textContent).to.not.contain('get urgent medical help');
  });

  it('says there is no close match when the best match holds only the feed’s commonest words, and shows the no-results slot', async () => {
    const el = await ready(
      await fixture<QaSearch>(html`<qa-search src=${DEMO}><p slot="no-results">Can’t find it? <a href="/contact">Ask us</a></p></qa-search>`),
    );
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="no-results"]');
    expect(slot, 'no slot while results are listed').to.equal(null);
    // "fertility" is in most of the demo questions; the other word in none.
    await type(el, 'fertility xylophone');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('No question matches “fertility xylophone” closely');
    const shownSlot = root(el).querySelector<HTMLSlotElement>('slot[name="no-results"]')!;
    expect(shownSlot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Can’t find it? Ask us']);
    expect(el.querySelector('[slot="no-results"]')!.getBoundingClientRect().height).to.be.above(0);
    // A word most questions hold still lists them when it is all that is asked.
    field(el).select();
    await sendKeys({ type: 'fertility' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="count"]')!.textContent).to.match(/^\d+ questions match/);
  });

  it('opens every result in place, the same way; a question with its own page then offers a link to it, named so', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${FIXTURE}></qa-search>`));
    await type(el, 'clinic');
    const controls = [...root(el).querySelectorAll('[part="result-control"]')];
    expect(controls.length).to.be.above(1);
    for (const control of controls) {
      expect(control.localName).to.equal('button');
      expect(control.getAttribute('aria-expanded')).to.equal('false');
      expect(control.querySelector('.result-sign')!.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(control.querySelector('.result-sign')!).borderBottomStyle, 'a visible chevron').to.equal('solid');
    }
    expect(root(el).textContent).to.not.contain('↗');
    const own = controls.find((control) => control.textContent!.includes('Where is the clinic?')) as HTMLButtonElement;
    own.click();
    await el.updateComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('[part="result-page-link"]')!;
    expect(link.href).to.equal('https://example.org/clinic');
    const links = await nodesWithRole('link');
    expect(links.map((node) => node.name)).to.include('Read this question on its own page');
    const buttons = await nodesWithRole('button');
    expect(buttons.find((button) => button.name === 'Where is the clinic?')!.expanded).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an opened result’s passage and count once: in the question, not again in the row', async () => {
    const el = await ready(await fixture<QaSearch>(html`<qa-search src=${DEMO}></qa-search>`));
    await type(el, 'egg freezing');
    const result = root(el).querySelector('[part="result"]')!;
    expect(result.querySelector('[part="result-excerpt"]')).to.exist;
    expect(result.querySelector('[part="result-meta"]')!.textContent).to.match(/experts? answered/);
    result.querySelector<HTMLButtonElement>('[part="result-control"]')!.click();
    await waitUntil(() => result.querySelector('fertility-question')?.shadowRoot?.querySelector('[part="meta"]'), 'question not shown', { timeout: 5000 });
    expect(result.querySelector('[part="result-excerpt"]'), 'no passage once opened').to.equal(null);
    expect(result.querySelector('[part="result-meta"]')!.textContent).to.not.match(/answered/);
    const counts = result.querySelector('fertility-question')!.shadowRoot!.textContent!.match(/experts? answered/g) ?? [];
    expect(counts.length).to.equal(1);
  });
});
