import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { freshUrl, shadowMatch } from './helpers.js';

const FEED = '/test/fixtures/feed.json';

describe('deep links, copy link and fallback content', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('#question-id opens a collapsible question and puts focus on it', async () => {
    history.replaceState(null, '', '#what-is-amh');
    const el = await fixture<FertilityQuestion>(html`<fertility-question collapsible src=${FEED} question="what-is-amh"></fertility-question>`);
    await waitUntil(() => el.open, 'not opened by the link', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="toggle"]'));
  });

  it('#question-id--expert-id moves focus to that answer, also when the hash changes later', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="what-is-ivf"></fertility-question>`);
    await shadowMatch(el, 'expert-answer');
    location.hash = '#what-is-ivf--nurse-test-two';
    const answer = el.shadowRoot!.querySelector('expert-answer[id="what-is-ivf--nurse-test-two"]')!;
    await waitUntil(() => answer.shadowRoot!.activeElement?.localName === 'article', 'answer not focused', { timeout: 5000 });
  });

  it('copies a link to the question, and says what happened', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="what-is-ivf"></fertility-question>`);
    const button = (await shadowMatch(el, '[part="copy-link"]')) as HTMLButtonElement;
    const expected = `${location.href.split('#')[0]}#what-is-ivf`;
    expect(el.linkTo('what-is-ivf')).to.equal(expected);
    button.click();
    const status = el.shadowRoot!.querySelector('.copied')!;
    await waitUntil(() => status.textContent !== '', 'no status', { timeout: 3000 });
    // Headless Chromium may refuse the clipboard: then the link is shown to copy by hand.
    expect(status.textContent === 'Link copied' || status.textContent!.includes(expected), status.textContent!).to.equal(true);
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('keeps the snippet’s own text on screen while loading, then upgrades it in place', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${freshUrl('/test-server/slow/test/fixtures/feed.json?ms=600&fallback')} question="what-is-amh">
      <h2>What is an AMH test?</h2>
      <p>Dr Test One: An answer about AMH.</p>
    </fertility-question>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['h2', 'p']);
    expect(el.querySelector('h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const title = await shadowMatch(el, '[part="title"]');
    expect(title.textContent).to.equal('What is an AMH test?');
    expect(el.querySelector('h2')!.getBoundingClientRect().height).to.equal(0); // no longer slotted: not shown twice
  });
});
