import { expect, waitUntil } from '@open-wc/testing';

/**
 * The pages `fertility-qa pages` writes (src/snippet/pages.ts), opened as a reader opens
 * them: the question's own page (index.html) and its oEmbed iframe page (embed.html),
 * served by the test server from the built library (web-test-runner.config.mjs,
 * `/test-server/pages/`), loading the built widget.
 */
type QuestionElement = HTMLElement & { questionData?: { id: string } };

async function open(path: string, width = 1280, height = 900, scripts = true) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  const errors: string[] = [];
  frame.src = `/test-server/pages/${path}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('fertility-question'), 'page did not load', { timeout: 8000 });
  frame.contentWindow!.addEventListener('error', (event) => errors.push(String(event.message)));
  if (scripts) await waitUntil(() => (frame.contentDocument!.querySelector('fertility-question') as QuestionElement).questionData, 'the widget showed no question', { timeout: 8000 });
  return { frame, doc: frame.contentDocument!, errors };
}

/** The headings a reader's outline gives, across the element's shadow roots, in order. */
function outline(doc: Document): string[] {
  const found: string[] = [];
  const walk = (root: Document | ShadowRoot | Element) => {
    for (const node of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(node.tagName) && (node as HTMLElement).offsetParent !== null) found.push(`${node.tagName.toLowerCase()} ${node.textContent!.trim()}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(doc);
  return found;
}

describe('fertility-qa pages: the pages as readers open them', () => {
  it('index.html: the question is the page heading (h1) before and after the widget upgrades it; one JSON-LD block; nothing thrown', async () => {
    const { frame, doc, errors } = await open('feed/nk-cells/index.html');
    try {
      const headings = outline(doc);
      expect(headings[0]).to.equal('h1 What are natural killer cells and are they tested?');
      expect(headings.filter((h) => h.startsWith('h1')), 'one h1').to.have.length(1);
      // Each level follows the one before it (no jump from h1 to h3).
      const levels = headings.map((h) => Number(h[1]));
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, headings.join(' / ')).to.be.at.most(1);
      expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
    // Without JavaScript, the same page reads as text with the same h1.
    const still = await open('feed/nk-cells/index.html', 1280, 900, false);
    try {
      expect(outline(still.doc)[0]).to.equal('h1 What are natural killer cells and are they tested?');
      expect(still.doc.body.innerText).to.contain('not personal medical advice');
    } finally {
      still.frame.remove();
    }
  });

  it("a Spanish feed's pages are Spanish: the widget takes the page's language", async () => {
    const spanish = await (await fetch('/demo/feed.es.json')).json();
    const id = spanish.questions[0].id;
    const { frame, doc } = await open(`feed.es/${id}/index.html`, 390, 844);
    try {
      expect(doc.documentElement.lang).to.equal('es');
      const question = doc.querySelector('fertility-question')!;
      await waitUntil(() => /experto/.test(question.shadowRoot!.textContent ?? ''), 'the widget is not in Spanish', { timeout: 5000 });
      expect(question.shadowRoot!.textContent).to.not.match(/experts? answered/);
      expect(doc.documentElement.scrollWidth, 'wider than a phone').to.be.at.most(390);
    } finally {
      frame.remove();
    }
  });
});
