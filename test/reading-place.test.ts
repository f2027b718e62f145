import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { validateFeed } from '../src/feed/validate.js';
import { fallbackHtml } from '../src/snippet/fallback.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';

/**
 * Issue 25, item 2: when the widget takes over from the snippet's text copy, what
 * the reader is reading stays where it is (≤ 8 px), on a phone, on a styled blog.
 * The feed's answer is held until the test has scrolled, as a slow network would.
 */

const FEED = '/demo/feed.json';
const realFetch = window.fetch.bind(window);
let release = () => {};
let held: Promise<void> = Promise.resolve();
/** A feed served in place of the demo's (for questions the demo has not: many answers, video-only). */
let served: string | undefined;
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  if (String(input instanceof Request ? input.url : input).includes('reading-place')) {
    await held;
    if (served) return new Response(served, { headers: { 'Content-Type': 'application/json' } });
  }
  return realFetch(input, init);
};

const blog = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `<p>Paragraph ${from + i + 1} of the blog post, long enough to wrap over two or three lines on a phone held upright.</p>`).join('');

/** A blog post with the builder's snippet (its text copy inside) after `before` paragraphs; the feed (the demo's, or `raw`) held until `release()`. */
async function post(id: string, attributes = '', before = 3, raw?: object, after = '') {
  served = raw && JSON.stringify(raw);
  const { feed } = validateFeed(raw ?? (await (await realFetch(FEED)).json()));
  const question = feed.questionsById.get(id)!;
  held = new Promise((resolve) => (release = resolve));
  const page = document.createElement('article');
  page.style.cssText = 'font: 18px/1.6 Georgia, serif; padding: 0 16px; max-inline-size: 40em';
  const src = `${FEED}?reading-place=${Math.random()}`;
  page.innerHTML = `${blog(before)}<fertility-question src="${src}" question="${id}" ${attributes}>${fallbackHtml(question)}</fertility-question>${after}${blog(30, before)}`;
  document.body.append(page);
  const element = page.querySelector<FertilityQuestion>('fertility-question')!;
  await waitUntil(() => element.shadowRoot?.querySelector('slot'), 'the copy is not shown while loading');
  return { page, element, question };
}

/** Waits for the widget's answers, rendered in place of the copy. */
async function takenOver(element: FertilityQuestion) {
  release();
  await waitUntil(() => element.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p'), 'the widget did not take over', { timeout: 5000 });
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The paragraph of the widget's answers whose text starts with `start`. */
function widgetParagraph(element: FertilityQuestion, start: string): Element {
  for (const answer of element.shadowRoot!.querySelectorAll('expert-answer')) {
    for (const p of answer.shadowRoot!.querySelectorAll('[part="text"] > *')) if (p.textContent!.trim().startsWith(start)) return p;
  }
  throw new Error(`no paragraph "${start}"`);
}

describe('the reader keeps their place when the widget takes over from the text copy (390 x 844)', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('article').forEach((article) => article.remove());
  });

  for (const attributes of ['', 'collapsible']) {
    it(`a reader halfway down the first answer sees it stay put${attributes ? ` (${attributes}: it stays open)` : ''}`, async () => {
      const { element, question } = await post('nk-cells', attributes);
      // The second paragraph of the first answer, 120 px below the window's top.
      const copyParagraph = [...element.querySelectorAll('.fertility-qa-fallback > p')].find((p) => p.textContent!.startsWith('Some clinics offer'))!;
      window.scrollBy(0, copyParagraph.getBoundingClientRect().top - 120);
      const before = copyParagraph.getBoundingClientRect().top;
      expect(before).to.be.closeTo(120, 1);
      await takenOver(element);
      const after = widgetParagraph(element, 'Some clinics offer').getBoundingClientRect().top;
      expect(Math.abs(after - before), `moved from ${before} to ${after} px`).to.be.at.most(8);
      if (attributes) expect(element.open, 'the answers being read stay open').to.equal(true);
      expect(question.answers.length).to.be.above(1);
    });
  }

  it('collapsible, its copy in view as the page opens: it stays open, the first answer still on screen', async () => {
    const { element } = await post('nk-cells', 'collapsible', 1);
    const copyParagraph = [...element.querySelectorAll('.fertility-qa-fallback > p')].find((p) => p.textContent!.startsWith('Natural killer'))!;
    const before = copyParagraph.getBoundingClientRect().top;
    expect(before, 'the first answer starts in the window').to.be.below(844);
    await takenOver(element);
    expect(element.open, 'what the reader sees is not collapsed away').to.equal(true);
    const after = widgetParagraph(element, 'Natural killer').getBoundingClientRect().top;
    // The copy wears the widget's metrics: the first answer stays where the reader at the top saw it start (it moved 625 -> 437 px).
    expect(Math.abs(after - before), `the first answer moved from ${before} to ${after} px`).to.be.at.most(8);
  });

  it('collapsible, its copy wholly below the window: it collapses, and nothing the reader sees moves', async () => {
    const { element } = await post('nk-cells', 'collapsible', 40);
    expect(element.getBoundingClientRect().top).to.be.above(844);
    await takenOver(element);
    expect(element.open).to.equal(false);
    expect(window.scrollY).to.equal(0);
  });

  it('a reader who has scrolled past the question sees the text after it stay put', async () => {
    const { page, element } = await post('nk-cells');
    const after = page.querySelector('fertility-question + p')!;
    window.scrollBy(0, after.getBoundingClientRect().top - 50);
    const before = after.getBoundingClientRect().top;
    // The question is wholly above the window... or the paragraph after it is the one in view.
    await takenOver(element);
    expect(Math.abs(after.getBoundingClientRect().top - before), 'the paragraph after the question moved').to.be.at.most(8);
  });

  it('while it loads, the copy inside the widget looks exactly as the same copy outside it (the upgrade moves nothing)', async () => {
    const { page, element } = await post('nk-cells');
    const outside = document.createElement('div');
    outside.innerHTML = element.querySelector('.fertility-qa-fallback')!.outerHTML;
    page.append(outside);
    try {
      expect(element.hasAttribute('data-fqa-copy')).to.equal(true);
      const inside = element.querySelector('.fertility-qa-fallback')!;
      // The widget's own text settings (line height 1.5, its font) are off while the copy shows: it moved 33 px.
      expect(inside.getBoundingClientRect().height).to.be.closeTo(outside.firstElementChild!.getBoundingClientRect().height, 1);
      expect(getComputedStyle(inside).lineHeight).to.equal(getComputedStyle(outside.firstElementChild!).lineHeight);
    } finally {
      release();
    }
  });

  it('a reader past the builder\'s snippet (its scripts after the question) sees the post stay put', async () => {
    // The builder's snippet: the element, then its script and its JSON-LD, which take no room.
    const { page, element } = await post('nk-cells', '', 3, undefined, '<script type="text/plain">/* the snippet\'s script */</script><script type="application/ld+json">{}</script>');
    const after = [...page.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Paragraph 5'))!;
    window.scrollBy(0, after.getBoundingClientRect().top - 100);
    expect(element.getBoundingClientRect().bottom, 'the question is wholly above the window').to.be.below(0);
    const before = after.getBoundingClientRect().top;
    await takenOver(element);
    expect(Math.abs(after.getBoundingClientRect().top - before), 'the paragraph in view moved').to.be.at.most(8);
  });

  it('a reader at the end of an answer, where the disclaimer starts (no references), stays there', async () => {
    const { element, question } = await post('when-to-see-a-fertility-specialist');
    expect(question.references).to.have.length(0);
    const disclaimer = element.querySelector('.fertility-qa-fallback > p:last-child')!;
    window.scrollBy(0, disclaimer.getBoundingClientRect().top - 10); // the first thing that starts in the window
    const before = disclaimer.getBoundingClientRect().top;
    await takenOver(element);
    const shown = element.shadowRoot!.querySelector('[part~="disclaimer"]')!;
    expect(Math.abs(shown.getBoundingClientRect().top - before), `moved from ${before} to ${shown.getBoundingClientRect().top}`).to.be.at.most(8);
  });

  it('a reader in the 23rd of 25 answers: it is shown (past the first 20) and stays where it was', async () => {
    const raw = {
      version: 1,
      experts: Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, name: `Dr Example ${i + 1}`, role: 'Consultant' })),
      questions: [{ id: 'many', title: 'A question with many answers', category: 'General', answers: Array.from({ length: 25 }, (_, i) => ({ expert: `e${i}`, text: `Answer ${i + 1}, first paragraph.\n\nAnswer ${i + 1}, second paragraph, long enough to wrap on a phone held upright.` })) }],
    };
    const { element } = await post('many', '', 3, raw);
    const copyParagraph = [...element.querySelectorAll('.fertility-qa-fallback > p')].find((p) => p.textContent!.startsWith('Answer 23, second'))!;
    window.scrollBy(0, copyParagraph.getBoundingClientRect().top - 10); // the first thing that starts in the window
    const before = copyParagraph.getBoundingClientRect().top;
    await takenOver(element);
    const after = widgetParagraph(element, 'Answer 23, second').getBoundingClientRect().top;
    expect(Math.abs(after - before), `moved from ${before} to ${after} px`).to.be.at.most(8);
  });

  it('a reader at a video-only answer\'s video sees it stay put', async () => {
    const raw = {
      version: 1,
      experts: [{ id: 'e', name: 'Dr Video', role: 'Consultant' }],
      questions: [{ id: 'video', title: 'A question answered on video', category: 'General', answers: [{ expert: 'e', text: 'A first answer, in words.\n\nIts second paragraph.' }, { expert: 'e', video: { youtubeId: 'aBcDeFgHiJ0', title: 'The video', transcript: 'What is said in the video, first paragraph.\n\nWhat is said next.' } }] }],
    };
    const { element } = await post('video', '', 3, raw);
    // The copy shows the video's place (16:9) and its transcript behind a disclosure, as the widget does.
    const copyVideo = element.querySelector('.fertility-qa-fallback > .fertility-qa-video')!;
    expect(element.querySelector('.fertility-qa-fallback > details.fertility-qa-transcript')!.textContent).to.contain('What is said in the video');
    window.scrollBy(0, copyVideo.getBoundingClientRect().top - 200);
    const before = copyVideo.getBoundingClientRect().top;
    await takenOver(element);
    const video = element.shadowRoot!.querySelectorAll('expert-answer')[1]!.shadowRoot!.querySelector('[part~="video"]')!;
    const after = video.getBoundingClientRect().top;
    expect(Math.abs(after - before), `moved from ${before} to ${after} px`).to.be.at.most(8);
  });

  it('a reader who has not reached the question: nothing is scrolled', async () => {
    const { element } = await post('nk-cells', '', 40);
    expect(element.getBoundingClientRect().top).to.be.above(844);
    await takenOver(element);
    expect(window.scrollY).to.equal(0);
  });
});
