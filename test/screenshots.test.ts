import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateForcedColors } from './helpers.js';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/define.js';

/**
 * Visual regression: a question in each look, compared with the baselines in
 * test/screenshots/baseline/ (0.05% of pixels may differ, for anti-aliasing).
 * After an intended change: UPDATE_SCREENSHOTS=1 npx wtr test/screenshots.test.ts
 */
async function shot(name: string, attributes: { theme?: string; lang?: string; dir?: string; page?: string; font?: string; className?: string }) {
  const wrapper = await fixture<HTMLElement>(html`<div
    class=${attributes.className ?? ''}
    style="inline-size: 480px; padding: 16px; font: ${attributes.font ?? "16px/1.5 'DejaVu Sans', sans-serif"}; ${attributes.page ?? 'background: #ffffff; color: #1f2328'}"
    lang=${attributes.lang ?? 'en'}
    dir=${attributes.dir ?? 'ltr'}
  >
    <fertility-question src="/test/fixtures/feed.json" question="what-is-ivf" theme=${attributes.theme ?? ''}></fertility-question>
  </div>`);
  const question = wrapper.querySelector('fertility-question')!;
  if (!attributes.theme) question.removeAttribute('theme');
  await waitUntil(() => question.shadowRoot?.querySelectorAll('expert-answer')[2]?.shadowRoot?.querySelector('[part="video-facade"]'), 'not rendered', { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await visualDiff(wrapper, name);
}

describe('screenshots', () => {
  afterEach(() => emulateForcedColors(false));

  it('default, on a white page', () => shot('default', {}));
  it('dark theme', () => shot('dark', { theme: 'dark', page: 'background: #121212; color: #e8e8e8' }));
  it('calm preset', () => shot('calm', { theme: 'calm' }));
  it('right to left, in Arabic', () => shot('rtl-arabic', { lang: 'ar', dir: 'rtl' }));
  it('on a serif blog (19 px, purple links): the page’s size, font and link colour', async () => {
    const style = document.createElement('style');
    style.textContent = '.serif-blog a { color: #663399; } .serif-blog h2 { font-family: "DejaVu Serif", serif; }';
    document.head.append(style);
    try {
      await shot('serif-host', { font: "19px/1.6 'DejaVu Serif', Georgia, serif", className: 'serif-blog', page: 'background: #fffdf8; color: #2b2b2b' });
    } finally {
      style.remove();
    }
  });
  it('forced colours', async () => {
    await emulateForcedColors(true);
    await shot('forced-colors', {});
  });
});
