import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/fertility-qa.ts';

/**
 * A snippet's fallback text (what the builder puts inside the tag) is never
 * lost: when the feed fails or the question is missing, it stays on screen,
 * under a short note with Retry (issue 13, item 2).
 */
const fallback = () => html`<div class="fertility-qa-fallback"><h2>What is an AMH test?</h2><p>AMH stands for anti-Müllerian hormone.</p></div>`;

async function expectFallbackKept(el: HTMLElement, note: RegExp) {
  await waitUntil(() => el.shadowRoot?.querySelector('.fallback-note'), 'no note', { timeout: 8000 });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete; // qa-error comes with the after-paint chunk
  const text = el.querySelector('.fertility-qa-fallback')!;
  expect(text.getBoundingClientRect().height, 'the fallback text is on screen').to.be.greaterThan(0);
  expect(text.assignedSlot, 'the fallback is slotted').to.not.equal(null);
  const noteEl = el.shadowRoot!.querySelector('.fallback-note')!;
  expect(noteEl.textContent).to.match(note);
  const retry = noteEl.querySelector<HTMLButtonElement>('button[part="retry"]')!;
  expect(retry.textContent).to.equal('Try again');
  expect(retry.getBoundingClientRect().height).to.be.greaterThan(0);
  await expect(el).to.be.accessible();
  return retry;
}

describe('<fertility-question>: the snippet\'s fallback text survives errors', () => {
  it('feed at 404: the text stays, with a short note and Retry beside it; Retry tries again and keeps the text', async () => {
    const errors: string[] = [];
    const el = await fixture<HTMLElement>(html`<fertility-question src="/test-server/status/404/demo/feed.json" question="amh-test" @qa-error=${(e: CustomEvent) => errors.push(e.detail.reason)}>${fallback()}</fertility-question>`);
    const retry = await expectFallbackKept(el, /could not be found at their address/);
    expect(errors).to.deep.equal(['http']);
    retry.click();
    await waitUntil(() => errors.length === 2, 'Retry did not try again', { timeout: 8000 });
    await expectFallbackKept(el, /could not be found at their address/);
  });

  it('question missing from the feed: the text stays, with the note', async () => {
    const el = await fixture<HTMLElement>(html`<fertility-question src="/demo/feed.json" question="not-a-question">${fallback()}</fertility-question>`);
    await expectFallbackKept(el, /“not-a-question” is not in this feed/);
  });

  it('without fallback text, the error is shown as before (message and Retry)', async () => {
    const el = await fixture<HTMLElement>(html`<fertility-question src="/test-server/status/404/demo/feed.json" question="amh-test"></fertility-question>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="message"] button'), 'no message', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.fallback-note')).to.equal(null);
  });
});

describe('<expert-answer> snippets keep their text', () => {
  it('the answer text inside the tag shows, with a bad video id dropped (one warning), and the rest renders', async () => {
    const el = await fixture<HTMLElement>(html`<expert-answer expert-name="Dr Demo Rivera" video-id="not-an-id">AMH is a hormone made by the ovaries.</expert-answer>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Dr Demo Rivera');
    const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.contain('AMH is a hormone made by the ovaries.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
