import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';

/**
 * Issue 15, "a page a worried patient trusts at first sight": measured in the
 * browser, on the demo's own feed and pages.
 */
const DEMO_FEED = '/demo/feed.json';

async function questionOn(style: string, id: string, src = DEMO_FEED) {
  const wrapper = await fixture<HTMLElement>(html`<div style=${style}><fertility-question src=${src} question=${id}></fertility-question></div>`);
  const question = wrapper.querySelector<FertilityQuestion>('fertility-question')!;
  await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"]'), `${id}: no answer`, { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return question;
}

describe('look: answer first', () => {
  it('at 390 px, every demo question’s first answer text starts ≤ 320 px below the widget top (≤ 480 under an urgent notice)', async () => {
    const feed = (await (await fetch(DEMO_FEED)).json()) as { questions: Array<{ id: string; urgent?: string }> };
    expect(feed.questions.length).to.be.above(10);
    const report: string[] = [];
    // A phone page: 390 px wide, with the usual 16 px margins.
    for (const { id, urgent } of feed.questions) {
      const question = await questionOn('inline-size: 390px; padding-inline: 16px; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif', id);
      const text = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelector('[part="text"]')!;
      const offset = Math.round(text.getBoundingClientRect().top - question.getBoundingClientRect().top);
      const limit = urgent ? 480 : 320;
      if (offset > limit) report.push(`${id}: ${offset} px (limit ${limit})`);
      else report.push(`${id}: ok`);
    }
    expect(report.filter((line) => !line.endsWith('ok'))).to.deep.equal([]);
  });

  it('keeps credentials, registration, interests, review dates and Copy link in the DOM, inside "About this …" disclosures', async () => {
    const question = await questionOn('inline-size: 390px', 'ivf');
    const root = question.shadowRoot!;
    const about = root.querySelector<HTMLDetailsElement>('details[part="about"]')!;
    expect(about.querySelector('summary')!.textContent).to.equal('About this answer');
    expect(about.open).to.equal(false);
    expect(about.textContent).to.contain('Next review due').and.to.contain('Copy link');
    expect(root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^3 experts answered · Reviewed \w{3} \d{1,2}, \d{4}$/);
    const answer = root.querySelector('expert-answer')!.shadowRoot!;
    const expert = answer.querySelector<HTMLDetailsElement>('details[part="about-expert"]')!;
    expect(expert.querySelector('summary')!.textContent).to.equal('About this expert');
    expect(expert.querySelector('[part="expert-registration"]')!.textContent).to.contain('Registration');
    expect(expert.querySelector('[part="expert-interests"]')).to.exist;
    // Header order: name, then "role · clinic", then the answer.
    const order = ['[part="expert-name"]', '[part="expert-details"]', '[part="text"]', 'details[part="about-expert"]'].map((s) => answer.querySelector(s)!);
    for (let i = 1; i < order.length; i += 1) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    await expect(question).to.be.accessible();
  });
});

describe('look: at home on the host page', () => {
  it('on a serif blog (Georgia 19 px, purple links), text size, link colour and heading font follow the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div class="blog">
      <style>
        .blog { font: 19px/1.6 Georgia, serif; color: #222; background: #fff; inline-size: 640px; }
        .blog a { color: rgb(102, 51, 153); }
        .blog h2, .blog h3 { font-family: 'Palatino Linotype', Palatino, serif; }
      </style>
      <fertility-question src=${DEMO_FEED} question="ivf"></fertility-question>
    </div>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p'), 'not rendered', { timeout: 5000 });
    const root = question.shadowRoot!;
    const answer = root.querySelector('expert-answer')!.shadowRoot!;
    expect(getComputedStyle(answer.querySelector('[part="text"] p')!).fontSize).to.equal('19px');
    expect(getComputedStyle(answer.querySelector('[part="text"] p')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(root.querySelector('details[part="about"] summary')!).color).to.equal('rgb(102, 51, 153)');
    expect(getComputedStyle(root.querySelector('[part="expert-link"]')!).color).to.equal('rgb(102, 51, 153)');
    expect(getComputedStyle(root.querySelector('[part="title"]')!).fontFamily).to.contain('Palatino');
    // A token or a theme still wins over the page.
    question.style.setProperty('--fqa-color-accent', 'rgb(0, 100, 0)');
    expect(getComputedStyle(root.querySelector('[part="expert-link"]')!).color).to.equal('rgb(0, 100, 0)');
    question.style.removeProperty('--fqa-color-accent');
    question.setAttribute('theme', 'calm');
    expect(getComputedStyle(root.querySelector('[part="expert-link"]')!).color).to.equal('rgb(11, 101, 101)');
    // The probe left nothing behind in the page's element.
    expect(question.children.length).to.equal(0);
  });

  it('on a bare page, links keep the browser’s link colour', async () => {
    const question = await questionOn('font: 16px serif', 'ivf');
    expect(getComputedStyle(question.shadowRoot!.querySelector('[part="expert-link"]')!).color).to.equal('rgb(0, 0, 238)');
  });
});

describe('look: rhythm', () => {
  it('shows the disclaimer once per page, on the first question, and keeps stacked questions apart', async () => {
    const wrapper = await fixture<HTMLElement>(html`<qa-feed src=${DEMO_FEED}>
      <fertility-question question="ivf"></fertility-question>
      <fertility-question question="miscarriage-is-it-anyones-fault"></fertility-question>
      <fertility-question question="amh-test"></fertility-question>
    </qa-feed>`);
    const questions = [...wrapper.querySelectorAll('fertility-question')];
    await waitUntil(() => questions.every((q) => q.shadowRoot?.querySelector('[part="title"]')), 'not rendered', { timeout: 5000 });
    const disclaimers = (from = 0) => questions.slice(from).map((q) => q.shadowRoot!.querySelectorAll('[part="disclaimer"]').length).join();
    await waitUntil(() => disclaimers() === '1,0,0', `disclaimers: ${disclaimers()}`, { timeout: 3000 });
    // The urgent notice stays with its own question, right under its title.
    expect(questions[1]!.shadowRoot!.querySelector('[part="urgent"]')!.previousElementSibling!.getAttribute('part')).to.equal('title');
    const gap = (a: Element, b: Element) => b.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().top - a.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().bottom;
    expect(gap(questions[0]!, questions[1]!)).to.be.at.least(16);
    expect(gap(questions[1]!, questions[2]!)).to.be.at.least(16);
    // The first one leaves: the next one takes the disclaimer.
    questions[0]!.remove();
    await waitUntil(() => disclaimers(1) === '1,0', `after removal: ${disclaimers(1)}`, { timeout: 3000 });
  });
});
