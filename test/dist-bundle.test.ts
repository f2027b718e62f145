import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built one-file bundle, as a clinic would use it: a page with nothing but
 * `<script type="module" src="dist/fertility-qa.js">` and one element. Needs
 * `npm run build` first (the test script runs it).
 */
describe('dist/fertility-qa.js on a plain page', () => {
  it('renders a question with all of its answers and requests nothing from another host', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/dist-page.html';
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '1200px';
    document.body.append(frame);
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
      const win = frame.contentWindow!;
      const requested = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        // The test server injects its own reload socket into every HTML page it serves.
        .filter((url) => !url.pathname.startsWith('/__web-dev-server'));
      expect(requested.map((url) => url.pathname)).to.include.members(['/dist/fertility-qa.js', '/test/fixtures/feed.json']);
      expect(requested.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
      // One file: no chunk, no lit from elsewhere.
      expect(requested.filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname)).to.deep.equal(['/dist/fertility-qa.js']);
    } finally {
      frame.remove();
    }
  });
});
