import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { validateFeed } from '../src/feed/validate.js';
import { fallbackHtml } from '../src/snippet/fallback.js';
import ar from '../src/i18n/ar.js';

/**
 * Feed text in its own language (WCAG 3.1.2, language of parts): an English feed on an
 * Arabic page is read in an English voice and laid out left to right, while the widget's own
 * words stay in the page's language. A fresh-eyes check found it all read as Arabic.
 */

const FEED = '/test/fixtures/feed.json'; // "language": "en"
/** The language and direction an element's text is read in: its nearest `lang`, across shadow roots. */
function languageOf(element: Element): string | null {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

describe('feed text in its own language', () => {
  it('an English feed on an Arabic page: the title, summary and answers are marked English, the widget\'s words stay Arabic', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><fertility-question src=${FEED} question="what-is-ivf"></fertility-question></div>`);
    const question = page.querySelector<FertilityQuestion>('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p'), 'not rendered', { timeout: 5000 });
    await question.updateComplete;
    const root = question.shadowRoot!;
    const titleText = root.querySelector('[part="title"] span')!;
    expect(languageOf(titleText)).to.equal('en');
    expect(titleText.getAttribute('dir')).to.equal('auto');
    const summary = root.querySelector('[part="summary"]');
    if (summary) expect(languageOf(summary)).to.equal('en');
    const answer = root.querySelector('expert-answer')!.shadowRoot!;
    expect(languageOf(answer.querySelector('[part="text"] p')!)).to.equal('en');
    // The widget's own words: the page's language.
    expect(languageOf(root.querySelector('[part="meta"]')!)).to.equal('ar');
    expect(languageOf(answer.querySelector('[part="answer-from"]')!)).to.equal('ar');
    // The name and its short credentials are one English run, "Dr Test One, MD", not "MD ,Dr Test One".
    const name = answer.querySelector('[part="expert-name"]')!;
    const run = name.parentElement!;
    expect(run.getAttribute('dir')).to.equal('auto');
    expect(languageOf(name)).to.equal('en');
    expect(run.contains(answer.querySelector('[part="expert-credentials-short"]'))).to.equal(true);
  });

  it('the text copy of an English feed in an Arabic snippet: feed text is marked English, its own words Arabic', async () => {
    const { feed } = validateFeed(await (await fetch(FEED)).json());
    const question = feed.questionsById.get('what-is-ivf')!;
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = fallbackHtml(question, { messages: ar.core, lang: 'ar', feedLanguage: feed.language });
    const copy = holder.firstElementChild!;
    expect(copy.getAttribute('lang')).to.equal('ar');
    const title = copy.querySelector('h2')!;
    expect([languageOf(title), title.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
    const byline = copy.querySelector('.fertility-qa-byline')!;
    const text = byline.nextElementSibling!;
    expect([languageOf(text), text.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
    expect(languageOf(byline.querySelector('h3 > span')!), '"Answer from" in the snippet\'s language').to.equal('ar');
    expect(languageOf(copy.querySelector('.fertility-qa-disclaimer')!)).to.equal('ar');
    // The same feed in an English snippet: nothing marked.
    holder.innerHTML = fallbackHtml(question, { feedLanguage: feed.language });
    expect(holder.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('an English feed on an English page: nothing is marked', async () => {
    const question = await fixture<FertilityQuestion>(html`<fertility-question lang="en-GB" src=${FEED} question="what-is-ivf"></fertility-question>`);
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p'), 'not rendered', { timeout: 5000 });
    expect(question.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
    expect(question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('<qa-search> on an Arabic page: result titles and passages are marked English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><qa-search src=${FEED}></qa-search></div>`);
    const search = page.querySelector<QaSearch>('qa-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('[part="result-title"]'), 'no results', { timeout: 5000 });
    const title = search.shadowRoot!.querySelector('[part="result-title"]')!;
    expect(languageOf(title)).to.equal('en');
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(languageOf(search.shadowRoot!.querySelector('[part="label"]')!)).to.equal('ar');
  });
});
