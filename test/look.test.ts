import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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

  it('inside a <qa-feed> on a serif blog (its slot drawn after the question connects), links and headings still follow the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div class="blog-in-feed">
      <style>
        .blog-in-feed { font: 19px/1.6 Georgia, serif; }
        .blog-in-feed a { color: rgb(102, 51, 153); }
        .blog-in-feed h2 { font-family: 'Palatino Linotype', Palatino, serif; }
      </style>
      <qa-feed src=${DEMO_FEED}><fertility-question question="ivf"></fertility-question></qa-feed>
    </div>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="expert-name"] a'), 'not rendered', { timeout: 5000 });
    const answer = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!;
    expect(getComputedStyle(answer.querySelector('[part="expert-name"] a')!).color).to.equal('rgb(102, 51, 153)');
    expect(getComputedStyle(question.shadowRoot!.querySelector('[part="title"]')!).fontFamily).to.contain('Palatino');
    expect(question.querySelectorAll('a, h2').length, 'the probe left nothing behind').to.equal(0);
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

/**
 * Issue 31, "a page a clinic is proud to put its name on": the byline, the header's rhythm,
 * the video poster, targets a finger can hit, and nothing breaking at 320 px.
 */
describe('look: a byline that leads with the expert (issue 31)', () => {
  const expert = { id: 'a', name: 'Dr Ada Example (demo)', role: 'Consultant gynaecologist', organisation: 'Example Clinic', credentials: 'MD, FRCOG', registration: 'Reg. DEMO-1' };
  const answerOf = (extra: Record<string, string> = {}) => ({ expert: { ...expert, ...extra }, text: 'Text.' });

  it('reads "Answer from", the name, short credentials, then role · clinic, with initials in place of a photo; the full profile one press away', async () => {
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${answerOf()}></expert-answer>`);
    const root = el.shadowRoot!;
    const order = ['[part="expert-initials"]', '[part="answer-from"]', '[part="expert-name"]', '[part="expert-credentials-short"]', '[part="expert-details"]', '[part="text"]', '[part="about-expert"]'].map(
      (selector) => root.querySelector(selector)!,
    );
    for (let i = 1; i < order.length; i += 1) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.be.above(0);
    expect(root.querySelector('[part="answer-from"]')!.textContent).to.equal('Answer from');
    expect(root.querySelector('[part="expert-initials"]')!.textContent).to.equal('AE');
    expect(root.querySelector('[part="expert-initials"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('[part="expert-credentials-short"]')!.textContent).to.equal(', MD, FRCOG');
    // The name and "Answer from" share the face's row: the face is as tall as a finger's target, the name beside it.
    const face = root.querySelector('[part="expert-initials"]')!.getBoundingClientRect();
    const name = root.querySelector('[part="expert-name"]')!.getBoundingClientRect();
    expect(name.left).to.be.above(face.right);
    expect(name.top).to.be.below(face.bottom);
    const about = root.querySelector<HTMLDetailsElement>('[part="about-expert"]')!;
    expect(about.open).to.equal(false);
    expect(about.querySelector('[part="expert-registration"]')!.textContent).to.equal('Reg. DEMO-1');
    await expect(el).to.be.accessible();
  });

  it('keeps long credentials out of the byline (they stay in "About this expert")', async () => {
    const long = 'MD, PhD, FRCOG, MRCOG, DFSRH, MSc in Reproductive Medicine';
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${answerOf({ credentials: long })}></expert-answer>`);
    expect(el.shadowRoot!.querySelector('[part="expert-credentials-short"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="expert-credentials"]')!.textContent).to.equal(long);
  });

  it('shows a photo that loads, and falls back to the initials (in the byline and on the video panel) when it fails', async () => {
    const good = `${location.origin}/demo/poster-embryology-lab.svg?photo=${Date.now()}`;
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${answerOf({ photoUrl: good })}></expert-answer>`);
    const photo = el.shadowRoot!.querySelector<HTMLImageElement>('[part="expert-photo"]')!;
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'photo not loaded', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="expert-initials"]')).to.equal(null);

    const bad = `${location.origin}/demo/no-such-photo-${Date.now()}.png`;
    const broken = await fixture<HTMLElement>(html`<expert-answer .answer=${{ ...answerOf({ photoUrl: bad }), video: { youtubeId: 'aBcDeFgHiJ0', title: 'V' } }}></expert-answer>`);
    await waitUntil(() => broken.shadowRoot!.querySelector('[part="expert-initials"]'), 'no initials after the photo failed', { timeout: 5000 });
    expect(broken.shadowRoot!.querySelector('[part="expert-photo"]')).to.equal(null);
    await waitUntil(() => broken.shadowRoot!.querySelector('span.panel-photo'), 'the video panel kept the broken photo', { timeout: 5000 });
    expect(broken.shadowRoot!.querySelector('span.panel-photo')!.textContent).to.equal('AE');
  });

  it('in Arabic: "إجابة من", one initial (Arabic letters join), the layout mirrored', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><expert-answer .answer=${{ expert: { id: 'a', name: 'د. سارة التجريبية', role: 'استشارية' }, text: 'نص.' }}></expert-answer></div>`);
    const el = wrapper.querySelector('expert-answer')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="answer-from"]')?.textContent === 'إجابة من', 'not in Arabic', { timeout: 5000 });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="expert-initials"]')!.textContent).to.equal('س');
    expect(root.querySelector('[part="expert-initials"]')!.getBoundingClientRect().left).to.be.above(root.querySelector('[part="expert-name"]')!.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('the text copy (fallback HTML) has the same byline pieces, in the same order', async () => {
    const { fallbackHtml } = await import('../src/snippet/fallback.js');
    const holder = document.createElement('div');
    holder.innerHTML = fallbackHtml({ id: 'q', title: 'Q', category: 'C', answers: [{ id: 'a1', ...answerOf() }], references: [], tags: [] } as never);
    const heading = holder.querySelector('h3')!;
    expect(heading.textContent).to.equal('Answer from Dr Ada Example (demo), MD, FRCOG');
    expect(heading.nextElementSibling!.textContent).to.equal('Consultant gynaecologist\u00a0· Example Clinic');
  });
});

describe('look: rhythm, targets and narrow screens (issue 31)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 390 px: the category is a small label, the summary a panel, and every disclosure and button a reader taps is ≥ 44 px high', async () => {
    await setViewport({ width: 390, height: 844 });
    const question = await questionOn('inline-size: 390px; padding-inline: 16px; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif', 'ivf');
    await question.updateComplete;
    const root = question.shadowRoot!;
    const category = root.querySelector('[part="category"]')!;
    expect(category.getBoundingClientRect().width, 'the label fits its word').to.be.below(root.querySelector('[part="title"]')!.getBoundingClientRect().width / 2);
    expect(getComputedStyle(category).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(root.querySelector('[part="summary"]')!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    const answers = [...root.querySelectorAll('expert-answer')].map((answer) => answer.shadowRoot!);
    const video = answers.find((answer) => answer.querySelector('[part="video-facade"]'))!;
    const about = root.querySelector<HTMLDetailsElement>('[part="about"]')!;
    about.open = true;
    const targets: Array<[string, Element]> = [
      ['About this answer', about.querySelector('summary')!],
      ['Copy link', root.querySelector('[part="copy-link"]')!],
      ['About this expert', answers[0]!.querySelector('[part="about-expert"] summary')!],
      ['Transcript', video.querySelector('[part="transcript"] summary')!],
      ['Watch on YouTube', video.querySelector('[part="video-link"]')!],
    ];
    const small = targets.map(([name, element]) => [name, Math.round(element.getBoundingClientRect().height)] as const).filter(([, height]) => height < 44);
    expect(small).to.deep.equal([]);
    // One disclosure style: the three look alike (size, colour, underline).
    const looks = [targets[0]!, targets[2]!, targets[3]!].map(([, element]) => {
      const style = getComputedStyle(element);
      return `${style.fontSize} ${style.color} ${style.textDecorationLine}`;
    });
    expect(new Set(looks).size, looks.join(' | ')).to.equal(1);
    // "About this answer" sits in a footer under the answers, with the disclaimer.
    expect(about.closest('footer')).to.exist;
    expect(about.closest('footer')!.querySelector('[part="disclaimer"]')).to.exist;
  });

  it('at 320 px: no date breaks inside, and no role line starts with "·"', async () => {
    await setViewport({ width: 320, height: 700 });
    const feed = (await (await fetch(DEMO_FEED)).json()) as { questions: Array<{ id: string }> };
    const broken: string[] = [];
    for (const { id } of feed.questions) {
      const question = await questionOn('inline-size: 320px; padding-inline: 12px; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif', id);
      const time = question.shadowRoot!.querySelector('[part="meta"] time');
      if (time && time.getClientRects().length > 1) broken.push(`${id}: the date breaks`);
      for (const answer of question.shadowRoot!.querySelectorAll('expert-answer')) {
        const spans = [...answer.shadowRoot!.querySelectorAll('[part="expert-details"] > span')];
        for (let i = 1; i < spans.length; i++) {
          // The dot belongs to the next span (::before): it must stay on the line where the one before ends.
          const end = [...spans[i - 1]!.getClientRects()].at(-1)!;
          const start = spans[i]!.getClientRects()[0]!;
          if (start.top > end.top + 2) broken.push(`${id}: a line starts with "·" before "${spans[i]!.textContent}"`);
        }
      }
    }
    expect(broken).to.deep.equal([]);
  });
});

describe('look: a poster worth pressing (issue 31)', () => {
  const withPoster = (poster: string) => ({
    expert: { id: 'a', name: 'Dr Ada Example (demo)' },
    text: 'Text.',
    video: { youtubeId: 'aBcDeFgHiJ0', title: 'Inside the laboratory', duration: 'PT2M5S', poster },
  });

  it('is 16:9, with the title and the expert on it, a centred play button and a slim control line', async () => {
    const el = await fixture<HTMLElement>(html`<div style="inline-size: 358px"><expert-answer .answer=${withPoster(`${location.origin}/demo/poster-embryology-lab.svg`)}></expert-answer></div>`);
    const root = el.querySelector('expert-answer')!.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="video-facade"]'), 'no facade', { timeout: 5000 });
    const facade = root.querySelector('[part="video-facade"]')!.getBoundingClientRect();
    expect(facade.width / facade.height).to.be.closeTo(16 / 9, 0.05);
    expect(root.querySelector('.panel-title')!.textContent).to.equal('Inside the laboratory');
    expect(root.querySelector('.panel-expert')!.textContent).to.equal('Dr Ada Example (demo)');
    const play = root.querySelector('.play')!.getBoundingClientRect();
    expect(play.left + play.width / 2).to.be.closeTo(facade.left + facade.width / 2, 2);
    expect(play.top + play.height / 2).to.be.closeTo(facade.top + facade.height / 2, 2);
    expect(root.querySelector('.bar')!.getBoundingClientRect().height, 'the control line').to.be.below(facade.height / 5);
  });

  it('shows its focus ring on a pale poster: the page’s ring outside, a dark band and a white ring inside', async () => {
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${withPoster(`${location.origin}/demo/poster-embryology-lab.svg`)}></expert-answer>`);
    const facade = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
    facade.focus();
    await sendKeys({ press: 'Shift' }); // keyboard modality
    const style = getComputedStyle(facade);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.boxShadow, 'a ring outside the poster').to.match(/0px 0px 0px 3px/);
    expect(getComputedStyle(facade, '::after').boxShadow, 'a dark band inside').to.match(/inset/);
  });

  it('when the poster fails to load: the panel (initials, title, expert) in place of a broken image', async () => {
    const el = await fixture<HTMLElement>(html`<expert-answer .answer=${withPoster(`${location.origin}/demo/no-such-poster-${Date.now()}.png`)}></expert-answer>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector<HTMLImageElement>('[part="video-poster"]')?.hidden, 'the broken poster still shows', { timeout: 5000 });
    expect(getComputedStyle(root.querySelector('[part="video-poster"]')!).display).to.equal('none');
    expect(root.querySelector('span.panel-photo')!.textContent).to.equal('AE');
    expect(root.querySelector('.panel-title')!.getBoundingClientRect().height).to.be.above(0);
  });
});

describe('look: a search that feels like the clinic, by keyboard (issue 31, item 5)', () => {
  type Search = HTMLElement & { updateComplete: Promise<boolean> };
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  const rgb = (value: string) => value.match(/[\d.]+/g)!.map(Number);
  /** A colour with alpha over an opaque one ('color(srgb …)' from color-mix has 0-1 channels). */
  const over = (value: string, below: number[]) => {
    const parts = rgb(value);
    const [r, g, b, a = 1] = value.startsWith('color(') ? [parts[0]! * 255, parts[1]! * 255, parts[2]! * 255, parts[3] ?? 1] : parts;
    return [r!, g!, b!].map((c, i) => c * a + below[i]! * (1 - a));
  };

  async function searchFor(query: string, theme?: string) {
    await setViewport({ width: 1280, height: 800 });
    const wrapper = await fixture<HTMLElement>(html`<div style="background: #ffffff; color: #1f2328; font: 16px/1.5 system-ui, sans-serif">
      <qa-search src=${DEMO_FEED} theme=${theme ?? ''}></qa-search>
    </div>`);
    const el = wrapper.querySelector<Search>('qa-search')!;
    if (!theme) el.removeAttribute('theme');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!.focus();
    await sendKeys({ type: query });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result-title"] mark'), 'no highlight', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }

  it('highlights matches softly, in the accent’s tint (the theme’s in a theme), the text on it ≥ 4.5:1', async () => {
    for (const theme of [undefined, 'calm']) {
      const el = await searchFor('ivf', theme);
      const mark = el.shadowRoot!.querySelector('[part="result-excerpt"] mark')!;
      const page = theme ? over(getComputedStyle(el).backgroundColor, [255, 255, 255]) : [255, 255, 255];
      const background = over(getComputedStyle(mark).backgroundColor, page);
      expect(background.join(), `${theme}: not the bright yellow of a search engine`).not.to.equal('255,255,0');
      const [light, dark] = [luminance(over(getComputedStyle(mark).color, background)), luminance(background)].sort((a, b) => b - a);
      expect((light! + 0.05) / (dark! + 0.05), `${theme}: contrast`).to.be.at.least(4.5);
      if (theme === 'calm') {
        // The theme's accent, never the browser's blue, on titles and the chosen category.
        const title = getComputedStyle(el.shadowRoot!.querySelector('[part="result-title"]')!).color;
        expect(title).to.equal('rgb(11, 101, 101)');
      }
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('Tab goes from the field past the categories (one stop; arrows move among them) to the results', async () => {
    const el = await searchFor('ivf');
    const root = el.shadowRoot!;
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.getAttribute('part')).to.equal('category');
    expect(root.activeElement!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    expect(root.activeElement!.textContent!.trim()).to.equal('Getting started');
    await sendKeys({ press: 'ArrowLeft' });
    expect(root.activeElement!.textContent!.trim()).to.equal('All');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.getAttribute('part')).to.equal('result-control');
    await setViewport({ width: 800, height: 600 });
  });

  it('Escape inside an opened answer closes it and returns to its result', async () => {
    const el = await searchFor('ivf');
    const root = el.shadowRoot!;
    await sendKeys({ press: 'ArrowDown' });
    const control = root.activeElement as HTMLElement;
    expect(control.getAttribute('part')).to.equal('result-control');
    await sendKeys({ press: 'Enter' });
    const question = await waitUntil(() => root.querySelector('fertility-question'), 'not opened', { timeout: 5000 }).then(() => root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('fertility-question')!);
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="about-expert"] summary, [part="text"]'), 'no answer', { timeout: 5000 });
    await question.updateComplete;
    const inside = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelector<HTMLElement>('[part="about-expert"] summary')!;
    inside.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(control);
    await setViewport({ width: 800, height: 600 });
  });
});
