import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';

/**
 * WCAG 2.2 AA contrast, computed from the colours the browser actually
 * rendered: text 4.5:1, focus rings 3:1, in every theme on light and dark pages.
 */
type RGBA = [number, number, number, number];

function parseColor(value: string): RGBA {
  const numbers = value.match(/[\d.]+/g)!.map(Number);
  if (value.startsWith('color(srgb')) {
    const [r, g, b, a = 1] = numbers;
    return [r! * 255, g! * 255, b! * 255, a];
  }
  const [r, g, b, a = 1] = numbers;
  return [r!, g!, b!, a];
}
const over = ([r, g, b, a]: RGBA, [br, bg, bb]: RGBA): RGBA => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: RGBA, b: RGBA): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
/** The colour behind an element: the first opaque-ish background up the tree, through shadow roots. */
function backgroundOf(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
const textContrast = (element: Element) => {
  const background = backgroundOf(element);
  return contrast(over(parseColor(getComputedStyle(element).color), background), background);
};

const PAGES = {
  light: 'background: #ffffff; color: #1f2328; color-scheme: light',
  dark: 'background: #121212; color: #e8e8e8; color-scheme: dark',
};
const CASES: Array<[keyof typeof PAGES, string | undefined]> = [
  ['light', undefined],
  ['dark', undefined],
  ['light', 'dark'],
  ['dark', 'light'],
  ['light', 'calm'],
  ['light', 'calm dark'],
  ['light', 'warm'],
  ['dark', 'warm dark'],
  ['light', 'contrast'],
  ['light', 'contrast dark'],
];

describe('themes: contrast of what is rendered', () => {
  for (const [page, theme] of CASES) {
    it(`${theme ?? 'no theme'} on a ${page} page: text ≥ 4.5:1, focus ring ≥ 3:1`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style=${PAGES[page]}>
        <fertility-question src="/test/fixtures/feed.json" question="what-is-ivf" theme=${theme ?? ''}></fertility-question>
      </div>`);
      const question = wrapper.querySelector('fertility-question')!;
      if (!theme) question.removeAttribute('theme');
      await waitUntil(() => question.shadowRoot?.querySelectorAll('expert-answer')[2]?.shadowRoot?.querySelector('[part="video-facade"]'), 'not rendered', { timeout: 5000 });
      const root = question.shadowRoot!;
      const [first, second] = [...root.querySelectorAll('expert-answer')].map((answer) => answer.shadowRoot!);
      const texts: Array<[string, Element]> = [
        ['title', root.querySelector('[part="title"]')!],
        ['category', root.querySelector('[part="category"]')!],
        ['meta', root.querySelector('[part="meta"]')!],
        ['expert name link', first!.querySelector('[part="expert-name"] a')!],
        ['expert details', first!.querySelector('[part="expert-details"]')!],
        ['answer text', first!.querySelector('[part="text"] p')!],
        ['link in answer text', first!.querySelector('[part="text"] a')!],
        ['video button', second!.querySelector('.facade-label')!],
        ['video note', second!.querySelector('.facade-note')!],
        ['watch on YouTube link', second!.querySelector('[part="video-link"]')!],
      ];
      const failures = texts
        .map(([name, element]) => [name, textContrast(element)] as const)
        .filter(([, ratio]) => ratio < 4.5)
        .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
      expect(failures).to.deep.equal([]);

      // Focus rings: on the profile link (against the answer's background) and the video button (inside it).
      const link = first!.querySelector<HTMLAnchorElement>('[part="expert-name"] a')!;
      link.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
      const ring = getComputedStyle(link);
      expect(ring.outlineStyle).to.equal('solid');
      expect(contrast(parseColor(ring.outlineColor), backgroundOf(link))).to.be.at.least(3);
      const facade = second!.querySelector<HTMLButtonElement>('[part="video-facade"]')!;
      facade.focus();
      const facadeRing = getComputedStyle(facade);
      expect(contrast(parseColor(facadeRing.outlineColor), parseColor(facadeRing.backgroundColor))).to.be.at.least(3);
    });
  }

  it('lets tokens on an ancestor win over the theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--fqa-color-accent: rgb(128, 0, 64)">
      <fertility-question src="/test/fixtures/feed.json" question="what-is-ivf" theme="calm"></fertility-question>
    </div>`);
    const question = wrapper.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="expert-name"] a'), 'not rendered', { timeout: 5000 });
    const link = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelector('[part="expert-name"] a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(128, 0, 64)');
  });
});
