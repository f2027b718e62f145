import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built one-file bundle, as a clinic would use it: a page with nothing but
 * `<script type="module" src="dist/fertility-qa.js">` and one element. Needs
 * `npm run build` first (the test script runs it).
 */
/** Opens a page in an iframe; the caller removes it. */
function openPage(src: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1200px';
  document.body.append(frame);
  return frame;
}

/** What a page requested, less the test server's own reload socket. */
function requestsOf(frame: HTMLIFrameElement): URL[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => !url.pathname.startsWith('/__web-dev-server'));
}

describe('dist/fertility-qa.js on a plain page', () => {
  it('renders a question with all of its answers and requests nothing from another host', async () => {
    const frame = openPage('/test/fixtures/dist-page.html');
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('h2'), 'bundle did not render', {
        timeout: 8000,
      });
      const doc = frame.contentDocument!;
      const question = doc.querySelector('fertility-question')!;
      expect(question.shadowRoot!.querySelector('h2')!.textContent).to.equal('What is IVF?');
      const answers = question.shadowRoot!.querySelectorAll('expert-answer');
      expect(answers).to.have.length(3);
      await waitUntil(() => answers[2]!.shadowRoot?.querySelector('[part="video-facade"]'), 'answers did not render');
      const requested = requestsOf(frame);
      expect(requested.map((url) => url.pathname)).to.include.members(['/dist/fertility-qa.js', '/test/fixtures/feed.json']);
      expect(requested.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
      // <qa-search> is registered only when the page uses it: here, once one is added.
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(win.customElements.get('qa-search')).to.equal(undefined);
      frame.contentDocument!.body.append(frame.contentDocument!.createElement('section'));
      frame.contentDocument!.querySelector('section')!.innerHTML = '<qa-search src="feed.json"></qa-search>';
      await waitUntil(() => frame.contentDocument!.querySelector('qa-search')!.shadowRoot, 'qa-search was not registered when added', { timeout: 5000 });
      frame.contentDocument!.querySelector('section')!.remove();
      // One file until then: no search chunk (fuse.js), no lit from elsewhere.
      expect(requested.filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname)).to.deep.equal(['/dist/fertility-qa.js']);
    } finally {
      frame.remove();
    }
  });

  it('loads <qa-search> and the search index (with fuse.js) from beside itself on a page with <qa-search>, and searches', async () => {
    const frame = openPage('/test/fixtures/dist-search-page.html');
    try {
      const search = () => frame.contentDocument?.querySelector('qa-search')?.shadowRoot;
      await waitUntil(() => search()?.querySelector('[part="results"]'), 'search did not render', { timeout: 8000 });
      const field = search()!.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'miscariage';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => search()!.querySelector('[part="result-title"] mark'), 'no highlighted result', { timeout: 8000 });
      expect(search()!.querySelector('[part="result-title"]')!.textContent).to.equal('What is a miscarriage?');
      const scripts = requestsOf(frame).filter((url) => url.pathname.endsWith('.js'));
      expect(scripts.map((url) => url.pathname)).to.have.length(3);
      expect(scripts[0]!.pathname).to.equal('/dist/fertility-qa.js');
      expect(scripts[1]!.pathname).to.match(/^\/dist\/qa-search-[\w-]+\.js$/);
      expect(scripts[2]!.pathname).to.match(/^\/dist\/search-index-[\w-]+\.js$/);
      expect(requestsOf(frame).filter((url) => url.origin !== location.origin)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads only the French messages on a French page (each language is its own small file)', async () => {
    const frame = openPage('/test/fixtures/dist-page-fr.html');
    try {
      const meta = () => frame.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('[part="meta"]');
      await waitUntil(() => meta()?.textContent?.includes('3 experts ont répondu'), 'not in French', { timeout: 8000 });
      const scripts = requestsOf(frame).filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
      expect(scripts).to.have.length(2);
      expect(scripts[0]).to.equal('/dist/fertility-qa.js');
      expect(scripts[1]).to.match(/^\/dist\/fr-[\w-]+\.js$/);
    } finally {
      frame.remove();
    }
  });
});
