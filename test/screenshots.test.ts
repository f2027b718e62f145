import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/define.js';

/**
 * Visual regression: a question in each look, compared with the baselines in
 * test/screenshots/baseline/ (0.05% of pixels may differ, for anti-aliasing).
 * After an intended change: UPDATE_SCREENSHOTS=1 npx wtr test/screenshots.test.ts
 */
async function shot(name: string, attributes: { theme?: string; lang?: string; dir?: string; page?: string }) {
  const wrapper = await fixture<HTMLElement>(html`<div
    style="inline-size: 480px; padding: 16px; font: 16px/1.5 'DejaVu Sans', sans-serif; ${attributes.page ?? 'background: #ffffff; color: #1f2328'}"
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
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('default, on a white page', () => shot('default', {}));
  it('dark theme', () => shot('dark', { theme: 'dark', page: 'background: #121212; color: #e8e8e8' }));
  it('calm preset', () => shot('calm', { theme: 'calm' }));
  it('right to left, in Arabic', () => shot('rtl-arabic', { lang: 'ar', dir: 'rtl' }));
  it('forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    await shot('forced-colors', {});
  });
});
