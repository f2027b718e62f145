import { expect, waitUntil } from '@open-wc/testing';

/** Issue 15: every demo page at a 320 px wide viewport, and the API page's one Lit. */
const PAGES = ['index.html', 'themes.html', 'api.html', 'ar.html', 'trust.html', 'search.html', 'builder.html', 'embed.html'];

async function openPage(page: string, width: number) {
  const frame = document.createElement('iframe');
  frame.src = `/demo/${page}`;
  frame.style.cssText = `inline-size: ${width}px; block-size: 700px; border: 0`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => [...doc.querySelectorAll('fertility-question, qa-search, api-viewer')].every((el) => el.shadowRoot?.childElementCount),
    `${page}: elements not rendered`,
    { timeout: 8000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return frame;
}

describe('demo pages', () => {
  for (const page of PAGES) {
    it(`${page} is no wider than a 320 px viewport`, async function () {
      this.timeout(20000);
      const frame = await openPage(page, 320);
      try {
        const doc = frame.contentDocument!;
        const wide = [...doc.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > 320.5).map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}.${el.className}`);
        expect(doc.documentElement.scrollWidth, `wider than the viewport: ${wide.slice(0, 5).join(', ')}`).to.be.at.most(320);
      } finally {
        frame.remove();
      }
    });
  }

  it('the API page opens on <fertility-question>, with one Lit', async function () {
    this.timeout(20000);
    const frame = await openPage('api.html', 1000);
    try {
      const win = frame.contentWindow as Window & { litElementVersions?: string[]; litHtmlVersions?: string[] };
      const viewer = frame.contentDocument!.querySelector('api-viewer')!;
      await waitUntil(() => viewer.shadowRoot?.querySelector('select')?.value === 'fertility-question', 'the picker is not on fertility-question', { timeout: 8000 });
      const text = viewer.shadowRoot!.textContent!;
      expect(text).to.contain('qa-toggle').and.to.contain('collapsible');
      expect(win.litHtmlVersions, 'lit-html versions').to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});
