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
  // Rendered and laid out: every element's update, then two frames.
  await Promise.all([...doc.querySelectorAll('fertility-question, qa-search')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
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

  it('the snippet builder, opened with no parameters, defaults to the script beside it on this site (the package is not on npm yet), and its snippet renders', async function () {
    this.timeout(30000);
    // Issue 27: the CDN default pointed at nothing (no package on npm); a fresh clone showed a red error and no snippet.
    const frame = document.createElement('iframe');
    frame.src = '/demo/builder.html';
    frame.style.cssText = 'inline-size: 390px; block-size: 844px; border: 0';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('<fertility-question'), 'no snippet', { timeout: 8000 });
      const doc = frame.contentDocument!;
      expect(doc.querySelector<HTMLInputElement>('input[name="host"][value="self"]')!.checked, 'I host it myself is the default').to.equal(true);
      expect([...doc.querySelectorAll('.problem')].map((problem) => problem.textContent).join('')).to.equal('');
      const beside = new URL('/dist/fertility-qa.single.js', location.href).href;
      expect(doc.querySelector<HTMLInputElement>('#script')!.value).to.equal(beside);
      const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script[src]')!;
      expect(script.getAttribute('src')).to.equal(beside);
      expect(script.hasAttribute('integrity'), 'no hash pinned on a self-hosted copy that its owner may update').to.equal(false);
      // The self-host hint says what another origin needs (module scripts are fetched with CORS).
      expect(doc.querySelector('#script-hint')!.textContent).to.contain('Access-Control-Allow-Origin');
      // The snippet, pasted as it is into a fresh page, renders the question from that script.
      const page = document.createElement('iframe');
      page.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh page</title></head><body>${snippet}</body></html>`;
      document.body.append(page);
      try {
        await waitUntil(() => page.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'), 'the snippet did not render', { timeout: 15000 });
        const title = page.contentDocument!.querySelector('fertility-question')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
        expect(title).to.equal(doc.querySelector<HTMLSelectElement>('#question')!.selectedOptions[0]!.textContent!.trim());
      } finally {
        page.remove();
      }
    } finally {
      frame.remove();
    }
  });
});
