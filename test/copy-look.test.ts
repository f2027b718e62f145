import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { validateFeed } from '../src/feed/validate.js';
import { fallbackHtml } from '../src/snippet/fallback.js';
import type { Feed } from '../src/feed/types.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';

/**
 * Issue 25, item 2: the text copy (the builder's snippet, `pages`, the iframe) and the widget put the
 * same pieces at the same heights, so the takeover moves nothing under a reader at the top either
 * (the first answer moved 625 -> 437 px in a page's default styles, and the LCP moved to the takeover).
 * Measured on a blog whose own rules for `p`, `h2`, `h3`, lists and `details` would reach the copy.
 */

const BLOG = `
.blog { font: 17px/1.7 'DejaVu Sans', sans-serif; color: #333; max-inline-size: 42em; padding: 0 20px; }
.blog p { margin: 0 0 1.6em; line-height: 1.85; font-size: 1.05rem; letter-spacing: .01em; }
.blog h2 { font: 300 2.3em/1.1 Georgia, serif; margin: 2em 0 .8em; letter-spacing: -.02em; text-transform: uppercase; }
.blog h3 { font: italic 1.6em Georgia, serif; margin: 1.5em 0 .5em; }
/* Headings as many themes draw them (GitHub's markdown, small caps): a rule under, space above it, a colour. */
.blog h2, .blog h3 { font-variant: small-caps; padding-bottom: .3em; border-bottom: 2px solid #ddd; color: #0b6565; }
.blog ul, .blog ol { padding-left: 1.1em; margin: 0 0 2em; }
.blog li { margin-bottom: .6em; line-height: 1.9; }
.blog details { margin: 2em 0; }
.blog summary { font-size: 1.2em; padding: 1em; }
`;

let feed: Feed;
before(async () => {
  feed = validateFeed(await (await fetch('/demo/feed.json')).json()).feed;
  const style = document.createElement('style');
  style.textContent = BLOG;
  document.head.append(style);
});
after(() => setViewport({ width: 800, height: 600 }));

/** Tops of the copy's answer text blocks, video places, "About" disclosures and disclaimer, and its height, from its top. */
function copyPieces(copy: Element): string[] {
  const top = copy.getBoundingClientRect().top;
  const rows: string[] = [];
  let inText = false;
  for (const piece of copy.children) {
    // A disclosure by its summary (its contents are the widget's after-paint chunk's).
    const row = (label: string) => rows.push(`${label} "${(piece.querySelector('summary') ?? piece).textContent!.trim().slice(0, 24)}" ${Math.round(piece.getBoundingClientRect().top - top)}`);
    const kind = ['fertility-qa-video', 'fertility-qa-about-expert', 'fertility-qa-references', 'fertility-qa-about', 'fertility-qa-disclaimer'].find((name) => piece.classList.contains(name));
    if (piece.matches('.fertility-qa-byline')) inText = true;
    else if (!kind && inText && /^(p|ul|ol)$/.test(piece.localName)) row(piece.localName);
    else {
      inText = false;
      if (kind) row(kind);
    }
  }
  return [...rows, `height ${Math.round(copy.getBoundingClientRect().height)}`];
}

/** The same rows for the widget's parts. */
function widgetPieces(element: FertilityQuestion): string[] {
  const root = element.shadowRoot!;
  const base = root.querySelector('[part~="base"]')!;
  const top = base.getBoundingClientRect().top;
  const at = (node: Element) => Math.round(node.getBoundingClientRect().top - top);
  const rows: string[] = [];
  for (const answer of root.querySelectorAll('expert-answer')) {
    const inside = answer.shadowRoot!;
    for (const block of inside.querySelectorAll('[part~="text"] > :not(slot)')) rows.push(`${block.localName} "${block.textContent!.trim().slice(0, 24)}" ${at(block)}`);
    const video = inside.querySelector('[part~="video"]');
    if (video) rows.push(`fertility-qa-video "${(video.querySelector('.panel-title')?.textContent ?? '').trim().slice(0, 24)}" ${at(video)}`);
    const about = inside.querySelector('[part~="about-expert"]');
    if (about) rows.push(`fertility-qa-about-expert "About this expert" ${at(about)}`);
  }
  const references = root.querySelector('[part~="references"]');
  if (references) rows.push(`fertility-qa-references "References" ${at(references)}`);
  rows.push(`fertility-qa-about "About this answer" ${at(root.querySelector('[part~="about"]')!)}`);
  rows.push(`fertility-qa-disclaimer "${root.querySelector('[part~="disclaimer"]')!.textContent!.trim().slice(0, 24)}" ${at(root.querySelector('[part~="disclaimer"]')!)}`);
  return [...rows, `height ${Math.round(base.getBoundingClientRect().height)}`];
}

/** Pairs the rows and returns those more than 2 px apart. */
function apart(copy: string[], widget: string[]): string[] {
  const position = (row: string) => Number(row.slice(row.lastIndexOf(' ') + 1));
  const label = (row: string) => row.slice(0, row.lastIndexOf(' '));
  expect(copy.map(label), 'the copy and the widget show the same pieces in the same order').to.deep.equal(widget.map(label));
  return copy.filter((row, i) => Math.abs(position(row) - position(widget[i]!)) > 2).map((row, i) => `${row} vs ${position(widget[i]!)}`);
}

for (const [width, height] of [
  [390, 844],
  [1280, 900],
] as const) {
  describe(`the text copy and the widget put their pieces at the same heights (${width} px, a styled blog)`, () => {
    before(() => setViewport({ width, height }));
    afterEach(() => document.querySelectorAll('.blog').forEach((blog) => blog.remove()));

    for (const id of ['nk-cells', 'ivf', 'miscarriage-is-it-anyones-fault', 'first-fertility-appointment', 'amh-test']) {
      it(`"${id}"`, async () => {
        const question = feed.questionsById.get(id)!;
        const blog = document.createElement('article');
        blog.className = 'blog';
        blog.innerHTML = `<div class="copy">${fallbackHtml(question)}</div><fertility-question src="/demo/feed.json" question="${id}"></fertility-question>`;
        document.body.append(blog);
        const element = blog.querySelector<FertilityQuestion>('fertility-question')!;
        await waitUntil(() => element.shadowRoot?.querySelector('[part~="disclaimer"]') && element.shadowRoot.querySelector('expert-answer')?.shadowRoot?.querySelector('[part~="text"]'), 'the widget did not render', { timeout: 5000 });
        await element.updateComplete;
        // The video panel is a chunk of its own: measured once it has replaced its 16:9 place.
        await waitUntil(() => [...element.shadowRoot!.querySelectorAll('expert-answer')].every((answer) => !answer.shadowRoot!.querySelector('[part~="video"]:empty')), 'the video panel did not load', { timeout: 5000 });
        for (const answer of element.shadowRoot!.querySelectorAll('expert-answer')) await (answer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const copy = copyPieces(blog.querySelector('.fertility-qa-fallback')!);
        const widget = widgetPieces(element);
        expect(copy.length, 'pieces measured').to.be.above(4);
        expect(apart(copy, widget), `copy:\n${copy.join('\n')}\nwidget:\n${widget.join('\n')}`).to.deep.equal([]);
      });
    }
  });
}
