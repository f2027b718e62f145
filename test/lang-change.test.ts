import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { shadowMatch } from './helpers.js';

// Issue 17: lang and dir were read once, on connect. Now a change on the element,
// an ancestor or <html> re-renders it in the new language (as Shoelace's localize does).
const FEED = '/test/fixtures/feed.json';
const copyLink = (el: Element) => el.shadowRoot!.querySelector('[part="copy-link"]')?.textContent?.trim();
const inLanguage = (el: Element, text: string) => waitUntil(() => copyLink(el) === text, `not "${text}" but "${copyLink(el)}"`, { timeout: 5000 });

describe('lang and dir changes after connect', () => {
  it('follows a change of the element’s own lang', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="what-is-ivf"></fertility-question>`);
    await shadowMatch(el, '[part="copy-link"]');
    expect(copyLink(el)).to.equal('Copy link');
    el.lang = 'es';
    await inLanguage(el, 'Copiar enlace');
    el.removeAttribute('lang');
    await inLanguage(el, 'Copy link');
  });

  it('follows a change of the nearest ancestor’s lang, and an ancestor that gains one', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><section><fertility-question src=${FEED} question="what-is-ivf"></fertility-question></section></div>`,
    );
    const el = wrapper.querySelector('fertility-question')!;
    await shadowMatch(el, '[part="copy-link"]');
    wrapper.lang = 'fr';
    await inLanguage(el, 'Copier le lien');
    wrapper.querySelector('section')!.lang = 'es';
    await inLanguage(el, 'Copiar enlace');
  });

  it('follows <html lang>', async () => {
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED} question="what-is-ivf"></fertility-question>`);
    await shadowMatch(el, '[part="copy-link"]');
    try {
      page.lang = 'es';
      await inLanguage(el, 'Copiar enlace');
    } finally {
      if (before === null) page.removeAttribute('lang');
      else page.setAttribute('lang', before);
    }
    await inLanguage(el, 'Copy link');
  });

  it('reaches a question opened inside <qa-search> when the search’s lang changes', async () => {
    const search = await fixture<QaSearch>(html`<qa-search src=${FEED} question="what-is-ivf"></qa-search>`);
    const question = (await shadowMatch(search, 'fertility-question')) as FertilityQuestion;
    await shadowMatch(question, '[part="copy-link"]');
    search.lang = 'es';
    await inLanguage(question, 'Copiar enlace');
  });

  it('re-renders when an ancestor’s dir changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><fertility-question src=${FEED} question="what-is-ivf"></fertility-question></div>`);
    const el = wrapper.querySelector('fertility-question')!;
    await shadowMatch(el, '[part="copy-link"]');
    await el.updateComplete;
    let updates = 0;
    const update = (el as unknown as { update(changed: unknown): void }).update.bind(el);
    (el as unknown as { update(changed: unknown): void }).update = (changed) => {
      updates += 1;
      update(changed);
    };
    wrapper.dir = 'rtl';
    await waitUntil(() => updates > 0, 'no re-render after dir changed', { timeout: 2000 });
  });
});
