import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { captureWarnings } from './helpers.js';

/**
 * The hostile-feed corpus (test/fixtures/hostile/, made by make-feed.mjs):
 * every payload would set `window.__fqaPwned` if it ever ran.
 */
const HOSTILE = '/test/fixtures/hostile/feed.json';
const RENDERED = [
  'script-in-title',
  'handler-in-summary',
  'svg-in-text',
  'css-in-text',
  'script-urls-in-links',
  'script-url-as-question-url',
  'hostile-experts',
  'proto-keys',
  'bidi-and-zero-width',
  'emoji-and-rtl',
  'duplicate-id',
  'missing-expert',
  'bad-video-ids',
  'unknown-category',
  'proto-expert-refs',
  'line-separators',
];
/** One warning per bad field: [question or expert, field]. */
const EXPECTED_WARNINGS = [
  ['expert "dr-urls"', 'experts[2].profileUrl'],
  ['expert "dr-urls"', 'experts[2].photoUrl'],
  ['expert "dr-vb"', 'experts[3].profileUrl'],
  ['expert "dr-case"', 'experts[4].profileUrl'],
  ['question "script-url-as-question-url"', 'questions[5].url'],
  ['question "duplicate-id"', 'questions[11].id'],
  ['question "missing-expert"', 'questions[12].answers[1].expert'],
  ['question "bad-video-ids"', 'questions[13].answers[0].video.youtubeId'],
  ['question "bad-video-ids"', 'questions[13].answers[1].video.youtubeId'],
  ['question "bad-video-ids"', 'questions[13].answers[2].video.youtubeId'],
  ['question "deeply-nested-title"', 'questions[14].title'],
  ['', 'questions[15].id'],
  ['question "unknown-category"', 'questions[16].category'],
  ['question "proto-expert-refs"', 'questions[17].answers[0].expert'],
  ['question "proto-expert-refs"', 'questions[17].answers[1].expert'],
  ['question "proto-expert-refs"', 'questions[17].answers[2].expert'],
];

const pwned = () => (window as { __fqaPwned?: unknown }).__fqaPwned;

/** The page's head, less the schema.org JSON-LD the elements write there on purpose. */
function headWithoutStructuredData(): string {
  const head = document.head.cloneNode(true) as HTMLHeadElement;
  head.querySelectorAll('script[data-fertility-qa-question]').forEach((script) => script.remove());
  return head.innerHTML;
}

/** Every element inside `root`, through every shadow root on the way. */
function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Checks that nothing rendered inside `root` can run or load anything it should not. */
function expectInert(root: Element) {
  const elements = allElements(root).filter((element) => !(element.localName === 'script' && element.parentElement?.closest('fertility-question, qa-feed, qa-search')));
  const tags = new Set(elements.map((element) => element.localName));
  for (const tag of ['script', 'iframe', 'object', 'embed', 'link', 'style', 'math']) {
    expect(tags.has(tag), `a <${tag}> was rendered`).to.equal(false);
  }
  // Expert photos (http(s) only, checked below) load lazily and send no referrer.
  for (const img of elements.filter((element): element is HTMLImageElement => element.localName === 'img')) {
    expect([img.loading, img.referrerPolicy]).to.deep.equal(['lazy', 'no-referrer']);
  }
  // The only <svg> is our own play icon, which has exactly one path and no attributes from the feed.
  for (const svg of elements.filter((element) => element.localName === 'svg')) expect(svg.outerHTML).to.match(/^<svg viewBox="0 0 24 24" focusable="false">/);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${element.localName} has ${attribute.name}`).not.to.match(/^on/);
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attribute.name)) {
        expect(new URL(attribute.value, location.href).protocol, `${element.localName} ${attribute.name}=${attribute.value}`).to.match(/^https?:$/);
      }
    }
  }
}

describe('a hostile feed', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let headBefore: string;
  let sheetsBefore: number;

  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warnings = captureWarnings();
    headBefore = headWithoutStructuredData();
    sheetsBefore = document.styleSheets.length;
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('renders every usable question as text: nothing runs, nothing escapes, one precise warning per bad field', async () => {
    const src = `${HOSTILE}?render`;
    const wrapper = await fixture<HTMLElement>(html`<qa-feed src=${src}>
      ${RENDERED.map((id) => html`<fertility-question question=${id}></fertility-question>`)}
    </qa-feed>`);
    const questions = [...wrapper.querySelectorAll('fertility-question')];
    for (const question of questions) {
      await waitUntil(() => question.shadowRoot?.querySelector('h2'), `${question.getAttribute('question')} did not render`, { timeout: 5000 });
      await question.updateComplete; // its JSON-LD comes with the after-paint chunk
      await Promise.all([...question.shadowRoot!.querySelectorAll('expert-answer')].map((answer) => answer.updateComplete));
    }
    expect(questions.map((question) => question.shadowRoot!.querySelector('h2')!.textContent)).to.include.members([
      '<script>window.__fqaPwned=true</script>Script in title',
      'First with this id',
      'ما هو أطفال الأنابيب؟ 👶🏽',
    ]);
    expectInert(wrapper);
    expect(pwned()).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'title')).to.equal(false);

    // Nothing left the shadow roots: the page's head, styles and body are as they were.
    expect(headWithoutStructuredData()).to.equal(headBefore);
    // What the elements did write there is inert data: JSON-LD whose text cannot end its script element.
    const structured = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-fertility-qa-question]')];
    expect(structured.length).to.be.greaterThan(0);
    for (const script of structured) {
      expect(script.type).to.equal('application/ld+json');
      expect(script.textContent).not.to.contain('</');
      expect(() => JSON.parse(script.textContent!)).not.to.throw();
    }
    expect(document.styleSheets.length).to.equal(sheetsBefore);
    expect(getComputedStyle(document.body).display).to.equal('block');
    expect(wrapper.children.length).to.equal(RENDERED.length);

    // One warning per bad field, naming the question (or expert) and the field.
    const ours = warnings.ours;
    expect(ours, ours.join('\n')).to.have.length(EXPECTED_WARNINGS.length);
    EXPECTED_WARNINGS.forEach(([subject, field], index) => {
      expect(ours[index]).to.contain(`fertility-qa: ${src}: ${subject ? `${subject}: ` : ''}${field}: `);
    });
    expect(errors).to.deep.equal([]);
  });

  it('keeps only http(s) links, and loads expert photos lazily without a referrer', async () => {
    const wrapper = await fixture<HTMLElement>(html`<qa-feed src=${HOSTILE}>
      <fertility-question question="script-urls-in-links"></fertility-question>
    </qa-feed>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer'), 'not rendered', { timeout: 5000 });
    const answer = question.shadowRoot!.querySelector('expert-answer')!;
    await answer.updateComplete;
    const links = [...answer.shadowRoot!.querySelectorAll('[part="text"] a')] as HTMLAnchorElement[];
    expect(links.map((link) => link.href)).to.deep.equal(['https://example.org/ok']);
    // Unsafe links keep their text and lose their link.
    expect(answer.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim()).to.equal('a b c d **e** f');

    // The one expert with an http(s) photo: lazy, no referrer.
    const photo = await fixture<HTMLElement>(html`<expert-answer
      .answer=${{ expert: { id: 'a', name: 'A', photoUrl: 'https://example.org/photo.jpg' }, text: 'x' }}
    ></expert-answer>`);
    const img = photo.shadowRoot!.querySelector('img')!;
    expect(img.loading).to.equal('lazy');
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(img.alt).to.equal('');
  });

  it('keeps a bidi override in a category from reordering the text after it', async () => {
    const search = await fixture<QaSearch>(html`<qa-search src=${HOSTILE} categories="bidi"></qa-search>`);
    await customElements.whenDefined('qa-search'); // registered when first used
    await search.updateComplete;
    await waitUntil(() => search.shadowRoot!.querySelector('[part="result-meta"]'), 'no result', { timeout: 5000 });
    const meta = search.shadowRoot!.querySelector('[part="result-meta"]')!;
    const category = meta.querySelector('bdi')!;
    const count = meta.querySelector('span')!;
    expect(category.textContent).to.equal('\u202eTrap category');
    // Left to right: the count stays after (to the right of) the category.
    expect(count.getBoundingClientRect().left).to.be.at.least(category.getBoundingClientRect().right - 1);
  });

  it('searches with a hostile query without running it', async () => {
    const search = await fixture<QaSearch>(html`<qa-search src=${HOSTILE}></qa-search>`);
    await customElements.whenDefined('qa-search'); // registered when first used
    await search.updateComplete;
    await waitUntil(() => search.shadowRoot!.querySelector('[part="results"]'), 'no results', { timeout: 5000 });
    const field = search.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!;
    field.value = '<img src=x onerror=window.__fqaPwned=true> script';
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => search.shadowRoot!.querySelector('[part="result-title"] mark'), 'no match', { timeout: 5000 });
    expectInert(search);
    expect(pwned()).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('survives megabyte strings: the field is refused with a warning, the rest renders', async () => {
    const huge = 'x'.repeat(1_000_000);
    const feed = JSON.stringify({
      version: 1,
      experts: [{ id: 'e', name: 'E' }],
      questions: [
        { id: 'huge-title', title: huge, category: 'A', answers: [{ expert: 'e', text: 'x' }] },
        { id: 'huge-text', title: 'Huge text', category: 'A', summary: huge, answers: [{ expert: 'e', text: huge }, { expert: 'e', text: 'Short.' }] },
      ],
    });
    const el = await fixture<HTMLElement>(html`<fertility-question question="huge-text"><script type="application/json">${feed}</script></fertility-question>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'not rendered', { timeout: 5000 });
    // Nothing of the megabyte reaches the page: the refused fields are not rendered (what bounds the work).
    expect(el.shadowRoot!.textContent!.length).to.be.below(10_000);
    expect(el.shadowRoot!.querySelectorAll('expert-answer')).to.have.length(1);
    expect(warnings.ours).to.deep.equal([
      'fertility-qa: inline JSON: question "huge-title": questions[0].title: is longer than 1000 characters; this question is skipped.',
      'fertility-qa: inline JSON: question "huge-text": questions[1].answers[0].text: is longer than 100000 characters; it is ignored.',
      'fertility-qa: inline JSON: question "huge-text": questions[1].answers[0]: has neither text nor a valid video; this answer is skipped.',
      'fertility-qa: inline JSON: question "huge-text": questions[1].summary: is longer than 100000 characters; it is ignored.',
    ]);
  });

  it('reads an inline feed whose text holds an escaped </script>, and shows it as text', async () => {
    const el = document.createElement('div');
    // As a page's HTML would carry it: "<\/script>" inside the JSON string.
    el.innerHTML = `<fertility-question question="q"><script type="application/json">{"version":1,"experts":[{"id":"e","name":"E"}],"questions":[{"id":"q","title":"A <\\/script><b>bold</b> title","category":"A","answers":[{"expert":"e","text":"x"}]}]}</script></fertility-question>`;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    const question = el.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('h2'), 'not rendered', { timeout: 5000 });
    expect(question.shadowRoot!.querySelector('h2')!.textContent).to.equal('A </script><b>bold</b> title');
  });
});

/** Opens a page in an iframe and waits until `ready(doc)` holds. */
async function openPage(src: string, ready: (doc: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1000px';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.URL.endsWith(src) && ready(frame.contentDocument), `${src} did not get ready`, { timeout: 10_000 });
  return frame;
}
type Trap = { errors: string[]; rejections: string[]; violations: string[]; warnings: string[] };
const trapOf = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __trap: Trap }).__trap;

describe('strict and odd host pages (the built bundle)', () => {
  it('works under a strict CSP with Trusted Types required, with no violation and no error', async () => {
    const frame = await openPage('/test-server/csp/test/fixtures/csp-page.html', (doc) => {
      const questions = [...doc.querySelectorAll('fertility-question')];
      return questions.length === 5 && questions.every((el) => el.shadowRoot?.querySelector('h2'));
    });
    try {
      const doc = frame.contentDocument!;
      const search = doc.querySelector('qa-search')!;
      await waitUntil(() => search.shadowRoot?.querySelector('[part="results"]'), 'search did not render', { timeout: 5000 });
      const field = search.shadowRoot!.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'script';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => search.shadowRoot!.querySelector('[part="result-title"] mark'), 'no search result', { timeout: 5000 });
      (search.shadowRoot!.querySelector('[part="result-control"]') as HTMLElement).click();
      await waitUntil(() => search.shadowRoot!.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'), 'not opened', { timeout: 5000 });
      const inline = doc.querySelectorAll('fertility-question')[4]!;
      expect(inline.shadowRoot!.querySelector('h2')!.textContent).to.equal('Inline </script><img src=x onerror=window.__fqaPwned=true>');
      const trap = trapOf(frame);
      expect('trustedTypes' in frame.contentWindow!).to.equal(true);
      expect(trap.violations).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
      expect((frame.contentWindow as unknown as { __fqaPwned?: unknown }).__fqaPwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('shrugs off the script included twice, or a second copy: no error, one warning, still works', async () => {
    // Loaded: every copy of the script has run (module scripts run before the load event). The question can
    // render before the second copy has even arrived (its feed is requested at once).
    const frame = await openPage('/test/fixtures/twice-page.html', (doc) => doc.readyState === 'complete' && doc.querySelector('fertility-question')?.shadowRoot?.querySelector('h2'));
    try {
      const trap = trapOf(frame);
      expect(trap.errors).to.deep.equal([]);
      const clashes = trap.warnings.filter((warning) => warning.includes('already defined'));
      expect(clashes, JSON.stringify(trap) + JSON.stringify(frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name))).to.have.length(1);
      expect(clashes[0]).to.contain('<fertility-question>').and.to.contain('<expert-answer>');
    } finally {
      frame.remove();
    }
  });

  it('stays visible and readable under hostile page CSS, still inheriting the page font', async () => {
    const frame = await openPage('/test/fixtures/hostile-css-page.html', (doc) =>
      doc.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"]'),
    );
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      const question = doc.querySelector('fertility-question')!;
      const title = question.shadowRoot!.querySelector('h2')!;
      const titleStyle = win.getComputedStyle(title);
      expect(titleStyle.display).to.equal('block');
      expect(titleStyle.visibility).to.equal('visible');
      expect(titleStyle.textIndent).to.equal('0px');
      expect(titleStyle.textTransform).to.equal('none');
      expect(titleStyle.fontFamily).to.contain('Georgia');
      expect(win.getComputedStyle(question.shadowRoot!.querySelector('section')!).boxSizing).to.equal('border-box');
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      // No horizontal overflow: the question fits the 600px body even with 40px root text.
      expect(question.scrollWidth).to.be.at.most(question.clientWidth + 1);
      // The slotted answer text of a snippet stays visible despite `p { display: none !important }`.
      const slotted = doc.querySelector('expert-answer p')!;
      const slottedStyle = win.getComputedStyle(slotted);
      expect(slottedStyle.display).to.equal('block');
      expect(slottedStyle.visibility).to.equal('visible');
      expect(slotted.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(trapOf(frame).errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
