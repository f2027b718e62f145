import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
    await setViewport({ width: 390, height: 844 });
    for (const { id, urgent } of feed.questions) {
      const question = await questionOn('inline-size: 390px; padding-inline: 16px; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif', id);
      const text = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelector('[part="text"]')!;
      // The summary is shown, under the count (every demo question has one).
      expect(question.shadowRoot!.querySelector('[part="summary"]')?.textContent, `${id}: no summary`).to.match(/\S/);
      const offset = Math.round(text.getBoundingClientRect().top - question.getBoundingClientRect().top);
      const limit = urgent ? 480 : 320;
      if (offset > limit) report.push(`${id}: ${offset} px (limit ${limit})`);
      else report.push(`${id}: ok`);
    }
    await setViewport({ width: 800, height: 600 });
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
    await question.updateComplete; // "About this answer"'s contents come with the after-paint chunk
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

describe('look: a video worth pressing', () => {
  const answer = (video: Record<string, string>, photoUrl?: string) => ({
    expert: { id: 'a', name: 'Dr Ada Example (demo)', ...(photoUrl && { photoUrl }) },
    text: 'Text.',
    video: { youtubeId: 'aBcDeFgHiJ0', ...video },
  });
  const thirdParty = () => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin).map((entry) => entry.name);

  it('shows a panel with the expert’s initials, the title and the length, and names all of it: "Play video: title, length, by expert"', async () => {
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${answer({ title: 'Inside the laboratory', duration: 'PT2M30S' })}></expert-answer>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
    expect(button.querySelector('.panel-photo')!.textContent).to.equal('AE');
    expect(button.querySelector('.panel-title')!.textContent).to.equal('Inside the laboratory');
    expect(button.querySelector('.length')!.textContent).to.equal('2:30');
    const { a11ySnapshot, findAccessibilityNode } = await import('@web/test-runner-commands');
    const tree = (await a11ySnapshot({})) as never;
    const node = findAccessibilityNode(tree, (n: { role: string }) => n.role === 'button') as { name: string } | null;
    expect(node!.name).to.equal('Play video: Inside the laboratory, 2 minutes, 30 seconds, by Dr Ada Example (demo)');
    await expect(el).to.be.accessible();
  });

  it('shows a self-hosted poster, and still requests nothing from a third party before the press', async () => {
    const before = thirdParty().length;
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${answer({ poster: `${location.origin}/demo/poster-embryology-lab.svg`, duration: 'PT45S' })}></expert-answer>`);
    const poster = el.shadowRoot!.querySelector<HTMLImageElement>('[part="video-poster"]')!;
    await waitUntil(() => poster.complete && poster.naturalWidth > 0, 'poster not loaded', { timeout: 5000 });
    expect(poster.getBoundingClientRect().width).to.be.above(100);
    expect(thirdParty().slice(before)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('validates the new fields: a duration that is not ISO 8601 and a poster on YouTube are dropped, each with one warning naming the field', async () => {
    const { validateFeed } = await import('../src/feed/validate.js');
    const feed = {
      version: 1,
      experts: [{ id: 'a', name: 'A' }],
      questions: [
        {
          id: 'q',
          title: 'Q',
          category: 'C',
          answers: [{ expert: 'a', text: 'T', video: { youtubeId: 'aBcDeFgHiJ0', duration: '2 minutes', poster: 'https://i.ytimg.com/vi/aBcDeFgHiJ0/hqdefault.jpg', title: 'V' } }],
        },
        { id: 'r', title: 'R', category: 'C', answers: [{ expert: 'a', text: 'T', video: { youtubeId: 'aBcDeFgHiJ0', duration: 'PT1H2M3S', poster: 'javascript:alert(1)' } }] },
      ],
    };
    const { feed: valid, problems } = validateFeed(feed);
    expect(problems.map((p) => p.field)).to.deep.equal(['questions[0].answers[0].video.duration', 'questions[0].answers[0].video.poster', 'questions[1].answers[0].video.poster']);
    expect(valid.questions[0]!.answers[0]!.video).to.deep.equal({ youtubeId: 'aBcDeFgHiJ0', title: 'V' });
    expect(valid.questions[1]!.answers[0]!.video).to.deep.equal({ youtubeId: 'aBcDeFgHiJ0', duration: 'PT1H2M3S' });
  });

  it('while consent is needed: the notice and its way out (a link), no play icon; the facade stays visible on a dark page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div video-consent="required"><expert-answer .answer=${answer({ title: 'V' })}></expert-answer></div>`);
    const waiting = wrapper.querySelector('expert-answer')!.shadowRoot!;
    expect(waiting.querySelector('.play, svg')).to.equal(null);
    expect(waiting.querySelector('[part="video-consent"] a[part="video-link"]')!.textContent).to.contain('Watch on YouTube');
    const dark = await fixture<HTMLElement>(html`<div style="background: #121212; color: #e8e8e8; color-scheme: dark; padding: 8px"><expert-answer theme="dark" .answer=${answer({ title: 'V' })}></expert-answer></div>`);
    const facade = dark.querySelector('expert-answer')!.shadowRoot!.querySelector('[part="video-facade"]')!;
    const [r, g, b] = getComputedStyle(facade).backgroundColor.match(/\d+/g)!.map(Number);
    // Far from the page's near-black: the panel is a clear blue, with a light border.
    expect(Math.max(r!, g!, b!) - 0x16).to.be.above(40);
    expect(getComputedStyle(facade).borderTopStyle).to.equal('solid');
  });
});

describe('look: category names in the reader’s language', () => {
  it('shows a category’s Arabic name on an Arabic page, in the question and in the search’s category buttons', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
      <fertility-question src=${DEMO_FEED} question="ivf"></fertility-question>
      <qa-search src=${DEMO_FEED}></qa-search>
    </div>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('[part="category"]'), 'no category', { timeout: 5000 });
    expect(question.shadowRoot!.querySelector('[part="category"]')!.textContent).to.equal('العلاجات');
    const search = wrapper.querySelector('qa-search')!;
    await waitUntil(() => search.shadowRoot?.querySelectorAll('[part~="categories"] button').length, 'no category buttons', { timeout: 5000 });
    const labels = [...search.shadowRoot!.querySelectorAll('[part~="categories"] button')].map((button) => button.textContent!.trim());
    expect(labels).to.include('العلاجات').and.to.include('فقدان الحمل');
    expect(labels).not.to.include('Treatments');
  });
});
