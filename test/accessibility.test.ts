import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { emulateForcedColors, shadowMatch } from './helpers.js';

/** Beyond axe: the accessibility tree, keyboard, zoom and reflow, reduced motion, forced colours. */

type A11yNode = { role: string; name: string; level?: number; expanded?: boolean; children?: A11yNode[] };
const has = (tree: A11yNode, match: Partial<A11yNode>) =>
  findAccessibilityNode(tree as never, (node: A11yNode) => Object.entries(match).every(([key, value]) => node[key as keyof A11yNode] === value));

async function renderedQuestion(template = html`<fertility-question src="/test/fixtures/feed.json" question="what-is-ivf"></fertility-question>`) {
  const el = await fixture<FertilityQuestion>(template);
  await waitUntil(() => el.shadowRoot?.querySelectorAll('expert-answer')[2]?.shadowRoot?.querySelector('[part="video-facade"]'), 'not rendered', { timeout: 5000 });
  return el;
}

describe('accessibility beyond axe', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await emulateForcedColors(false);
  });

  it('exposes the question as headings, names and roles in the accessibility tree', async () => {
    await renderedQuestion();
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(has(tree, { role: 'heading', name: 'What is IVF?', level: 2 }), 'question heading').to.exist;
    const headings: string[] = [];
    findAccessibilityNode(tree as never, (node: A11yNode) => (node.role === 'heading' && headings.push(`${node.level}:${node.name}`), false));
    for (const expert of ['Test Two', 'Test Three']) {
      expect(has(tree, { role: 'heading', name: expert, level: 3 }), `${expert} heading in ${headings.join(' | ')}`).to.exist;
    }
    // Each answer is a region a screen reader announces as the seed says it: "Answer from <expert>".
    for (const expert of ['Test Two', 'Test Three']) expect(has(tree, { role: 'article', name: `Answer from ${expert}` }), `article of ${expert}`).to.exist;
    // A heading whose whole content is a link is folded into the link in the snapshot; the DOM shows the h3.
    expect(has(tree, { role: 'link', name: 'Dr Test One' }), 'profile link').to.exist;
    const first = document.querySelector('fertility-question')!.shadowRoot!.querySelector('expert-answer')!.shadowRoot!;
    expect(first.querySelector('h3 > a')!.textContent).to.equal('Dr Test One');
    const buttons: string[] = [];
    findAccessibilityNode(tree as never, (node: A11yNode) => (node.role === 'button' && buttons.push(node.name), false));
    expect(has(tree, { role: 'button', name: 'Play video: IVF explained, by Test Two' }), `video button in ${buttons.join(' | ')}`).to.exist;
    expect(has(tree, { role: 'link', name: 'Watch on YouTube (opens in a new tab)' }), 'watch link').to.exist;
  });

  it('collapsible: a disclosure button in the heading, operated from the keyboard', async () => {
    const el = await renderedQuestion(html`<fertility-question collapsible src="/test/fixtures/feed.json" question="what-is-ivf"></fertility-question>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const body = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    let tree = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(has(tree, { role: 'button', name: 'What is IVF?', expanded: false })).to.exist;
    expect(body.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(body.hidden).to.equal(false);
    tree = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(has(tree, { role: 'button', name: 'What is IVF?', expanded: true })).to.exist;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(body.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('reflows at 320 CSS px (400% zoom of a 1280 px window) without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
      <fertility-question src="/test/fixtures/feed.json" question="what-is-ivf"></fertility-question>
      <qa-search src="/test/fixtures/search-feed.json"></qa-search>
    </div>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelectorAll('expert-answer')[2]?.shadowRoot?.querySelector('[part="video-facade"]'), 'not rendered', { timeout: 5000 });
    await customElements.whenDefined('qa-search');
    const search = wrapper.querySelector('qa-search')!;
    await shadowMatch(search, '[part="results"]');
    let measured = 0;
    for (const element of [question, search, ...question.shadowRoot!.querySelectorAll('expert-answer')]) {
      expect(element.scrollWidth, element.localName).to.be.at.most(320);
      for (const child of element.shadowRoot!.querySelectorAll('*')) {
        const box = child.getBoundingClientRect();
        if (box.width === 0) continue; // hidden: takes no room
        measured++;
        expect(box.right - wrapper.getBoundingClientRect().left, `${child.localName}.${child.className}`).to.be.at.most(321);
      }
    }
    // The check above ran on what a reader sees (it would pass on nothing at all): title, answers, video, field, results.
    expect(measured, 'elements measured').to.be.at.least(40);
  });

  it('turns every animation off under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<FertilityQuestion>(html`<fertility-question src="/test-server/slow/test/fixtures/feed.json?ms=800&motion" question="what-is-amh"></fertility-question>`);
    const bar = el.shadowRoot!.querySelector('.placeholder .bar')!;
    expect(getComputedStyle(bar).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(bar).animationName).to.equal('pulse');
  });

  it('keeps borders, focus rings and the video button visible in forced-colors mode', async () => {
    await emulateForcedColors(true);
    const el = await renderedQuestion();
    const answer = el.shadowRoot!.querySelectorAll('expert-answer')[1]!;
    const facade = answer.shadowRoot!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
    const style = getComputedStyle(facade);
    expect(style.borderStyle).to.equal('solid');
    expect(parseFloat(style.borderWidth)).to.be.greaterThan(0);
    expect(style.borderColor).not.to.equal(style.backgroundColor);
    facade.focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(facade).outlineStyle).to.equal('solid');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.question')!).borderStyle).to.equal('solid');
  });
});
