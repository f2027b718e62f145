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
      await (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
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
      // Four files until then, the tiny entry, the core it loads, then the video panel (issue 16: its own
      // chunk, for the answer with a video) and what a question needs once it shows (issue 25: JSON-LD,
      // deep links, "About this answer"): no search chunk, no lit from elsewhere.
      const scripts = requested.filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
      expect(scripts).to.have.length(4);
      expect(scripts[0]).to.equal('/dist/fertility-qa.js');
      expect(scripts[1]).to.match(/^\/dist\/core-[\w-]+\.js$/);
      expect(scripts.slice(2).sort()).to.satisfy(([afterPaint, video]: string[]) => /^\/dist\/after-paint-[\w-]+\.js$/.test(afterPaint!) && /^\/dist\/video-panel-[\w-]+\.js$/.test(video!));
    } finally {
      frame.remove();
    }
  });

  it('loads <qa-search>, the search index and the stop words and stemmer of its language from beside itself on a page with <qa-search>, and searches', async () => {
    const frame = openPage('/test/fixtures/dist-search-page.html');
    try {
      const search = () => frame.contentDocument?.querySelector('qa-search')?.shadowRoot;
      await waitUntil(() => search()?.querySelector('[part="results"]'), 'search did not render', { timeout: 8000 });
      const field = search()!.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'miscariage';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => search()!.querySelector('[part="result-title"] mark'), 'no highlighted result', { timeout: 8000 });
      expect(search()!.querySelector('[part="result-title"]')!.textContent).to.equal('What is a miscarriage?');
      const requested = requestsOf(frame).filter((url) => url.pathname.endsWith('.js'));
      // <qa-search> shares its feed with the questions opened in it: @lit/context's provider, a chunk of its own (issue 25).
      expect(requested.filter((url) => /^\/dist\/feed-context-[\w-]+\.js$/.test(url.pathname))).to.have.length(1);
      const scripts = requested.filter((url) => !url.pathname.includes('/feed-context-'));
      // The search index, then the English stop words and stemmer (the feed's language; no other language's).
      expect(scripts.map((url) => url.pathname)).to.have.length(6);
      expect(scripts[0]!.pathname).to.equal('/dist/fertility-qa.js');
      expect(scripts[1]!.pathname).to.match(/^\/dist\/core-[\w-]+\.js$/);
      expect(scripts[2]!.pathname).to.match(/^\/dist\/qa-search-[\w-]+\.js$/);
      expect(scripts[3]!.pathname).to.match(/^\/dist\/search-index-[\w-]+\.js$/);
      expect(scripts.slice(4).map((url) => url.pathname)).to.satisfy((paths: string[]) => paths.every((path) => /^\/dist\/en-[\w-]+\.js$/.test(path)));
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
      const answers = () => [...frame.contentDocument!.querySelector('fertility-question')!.shadowRoot!.querySelectorAll('expert-answer')];
      await waitUntil(() => answers().some((answer) => answer.shadowRoot?.querySelector('[part="video-facade"]')), 'no video panel', { timeout: 8000 });
      await (frame.contentDocument!.querySelector('fertility-question') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const scripts = requestsOf(frame).filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
      // The entry, the core, the French messages, the after-paint chunk and (the question has a video) the video panel: no other language.
      expect(scripts).to.have.length(5);
      expect(scripts[0]).to.equal('/dist/fertility-qa.js');
      expect(scripts[1]).to.match(/^\/dist\/core-[\w-]+\.js$/);
      expect(scripts.slice(2).sort()).to.satisfy(
        ([afterPaint, fr, video]: string[]) =>
          /^\/dist\/after-paint-[\w-]+\.js$/.test(afterPaint!) && /^\/dist\/fr-[\w-]+\.js$/.test(fr!) && /^\/dist\/video-panel-[\w-]+\.js$/.test(video!),
      );
    } finally {
      frame.remove();
    }
  });
});

describe('dist/fertility-qa.js: the feed is checked fast, and in full at the first problem (issue 16)', () => {
  it('a feed with problems loads the full validator and warns word for word as the source does; a clean one never loads it', async () => {
    const frame = openPage('/test/fixtures/dist-page-problems.html');
    try {
      const warnings = () => (frame.contentWindow as unknown as { __warnings?: string[] }).__warnings ?? [];
      await waitUntil(() => frame.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('h2'), 'bundle did not render', { timeout: 8000 });
      expect(warnings()).to.include('fertility-qa: trust-feed.json: question "cited": questions[0].references[2].pmid: is not a PubMed id (digits only); it is ignored.');
      expect(warnings().every((warning) => !/: $|: \.$/.test(warning)), 'a warning without its message').to.equal(true);
      const scripts = requestsOf(frame).filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
      expect(scripts.some((path) => /^\/dist\/full-[\w-]+\.js$/.test(path)), 'the full validator was not loaded').to.equal(true);
    } finally {
      frame.remove();
    }
    // The clean feed of the plain page: no full validator (its script list is checked exactly above, too).
    const clean = openPage('/test/fixtures/dist-page.html');
    try {
      await waitUntil(() => clean.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('h2'), 'bundle did not render', { timeout: 8000 });
      expect(requestsOf(clean).filter((url) => /^\/dist\/full-/.test(url.pathname))).to.deep.equal([]);
    } finally {
      clean.remove();
    }
  });
});

describe('dist/fertility-qa.js when the validator cannot load', () => {
  it('a feed with a problem says the connection failed, with Try again, not that the feed is of an unknown format', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.srcdoc = `<!doctype html><html lang="en"><script>window.__warnings = []; const warn = console.warn.bind(console);
      console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };</script>
      <script type="module" src="/test-server/without-validator/dist/fertility-qa.js"></script>
      <fertility-question src="/test/fixtures/trust-feed.json?without-validator" question="cited"></fertility-question></html>`;
    document.body.append(frame);
    try {
      const message = () => frame.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('[part~="message"]');
      await waitUntil(() => message()?.textContent?.trim(), 'no message shown', { timeout: 8000 });
      const shadow = frame.contentDocument!.querySelector('fertility-question')!.shadowRoot!;
      await waitUntil(() => shadow.querySelector('[part="retry"]'), `no Try again: ${shadow.textContent}`, { timeout: 8000 });
      expect(shadow.textContent).to.contain('check your connection');
      expect(shadow.textContent).not.to.contain('format this widget does not know');
      const warnings = (frame.contentWindow as unknown as { __warnings: string[] }).__warnings;
      expect(warnings.filter((warning) => warning.includes('its validator (full-*.js, beside fertility-qa.js) could not load'))).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});

type Trap = { errors: string[]; rejections: string[]; violations: string[]; warnings: string[] };
const trapOf = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __trap: Trap }).__trap;
const headJsonLd = (frame: HTMLIFrameElement) => frame.contentDocument!.head.querySelectorAll('script[type="application/ld+json"]');

/** Opens a page with test/fixtures/trap.js and waits for its <fertility-question> to render. */
async function openRendered(src: string): Promise<HTMLIFrameElement> {
  const frame = openPage(src);
  await waitUntil(() => frame.contentDocument?.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'), `${src} did not render`, {
    timeout: 8000,
  });
  return frame;
}

describe('dist/fertility-qa.js under Trusted Types (real CSP headers from the test server)', () => {
  it('with `trusted-types lit-html` only and `no-structured-data`: renders, no violation, no error, no JSON-LD', async () => {
    const frame = await openRendered('/test-server/csp/test/fixtures/tt-no-json-ld-page.html?tt=lit-html');
    try {
      // The element's update is done: a JSON-LD writer, had it been asked to, has run (it runs with the first render).
      await (frame.contentDocument!.querySelector('fertility-question') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const trap = trapOf(frame);
      expect(trap.violations).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
      expect(headJsonLd(frame)).to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  it('with `trusted-types lit-html` only and structured data on: exactly what docs/security.md says (one report naming our policy, nothing thrown, no JSON-LD)', async () => {
    const frame = await openRendered('/test-server/csp/test/fixtures/tt-once-page.html?tt=lit-html');
    try {
      await waitUntil(() => trapOf(frame).violations.length > 0, 'no violation report', { timeout: 5000 });
      // The render that asked for the policy is done: anything it threw or reported has reached the trap.
      await (frame.contentDocument!.querySelector('fertility-question') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
      const trap = trapOf(frame);
      expect(trap.violations).to.deep.equal(['trusted-types trusted-types-policy fertility-qa-json-ld']);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
      expect(headJsonLd(frame)).to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  it('with `trusted-types lit-html fertility-qa-json-ld`: writes the JSON-LD, no violation', async () => {
    const frame = await openRendered('/test-server/csp/test/fixtures/tt-once-page.html?tt=lit-html%20fertility-qa-json-ld');
    try {
      await waitUntil(() => headJsonLd(frame).length === 1, 'no JSON-LD', { timeout: 5000 });
      expect(JSON.parse(headJsonLd(frame)[0]!.textContent!).name).to.equal('What is IVF?');
      const trap = trapOf(frame);
      expect(trap.violations).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("included twice (two URLs) under a `trusted-types` list without 'allow-duplicates': the second copy never evaluates Lit; one warning, no error", async () => {
    const frame = await openRendered('/test-server/csp/test/fixtures/tt-page.html?tt=lit-html%20fertility-qa-json-ld');
    try {
      await waitUntil(() => trapOf(frame).warnings.length > 0, 'no warning', { timeout: 5000 });
      const trap = trapOf(frame);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
      expect(trap.violations).to.deep.equal([]);
      expect(trap.warnings).to.have.length(1);
      expect(trap.warnings[0]).to.contain('already defined by another copy').and.to.contain('/test-server/copy/dist/fertility-qa.js');
      // Only the first copy's core (Lit and the elements) was requested.
      const scripts = requestsOf(frame).filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
      expect(scripts.filter((path) => path.includes('/core-'))).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/fertility-qa.single.js twice under Trusted Types', () => {
  it("two URLs under a `trusted-types` list without 'allow-duplicates': one warning, no error, no violation", async () => {
    const frame = await openRendered('/test-server/csp/test/fixtures/tt-single-page.html?tt=lit-html%20fertility-qa-json-ld');
    try {
      await waitUntil(() => trapOf(frame).warnings.length > 0, 'no warning', { timeout: 5000 });
      const trap = trapOf(frame);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
      expect(trap.violations).to.deep.equal([]);
      expect(trap.warnings).to.have.length(1);
      expect(trap.warnings[0]).to.contain('already defined by another copy').and.to.contain('/test-server/copy/dist/fertility-qa.single.js');
    } finally {
      frame.remove();
    }
  });
});

describe('dist/fertility-qa.js loaded WordPress-style (?ver=6.4)', () => {
  it('requests each file once on a search page, with no duplicate warning, and searches', async () => {
    const frame = await openRendered('/test/fixtures/dist-search-ver-page.html');
    try {
      const search = () => frame.contentDocument!.querySelector('qa-search')!.shadowRoot;
      await waitUntil(() => search()?.querySelector('[part="results"]'), 'search did not render', { timeout: 8000 });
      const field = search()!.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'miscariage';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => search()!.querySelector('[part="result-title"] mark'), 'no highlighted result', { timeout: 8000 });
      const paths = requestsOf(frame).map((url) => url.pathname);
      expect(paths.filter((path, index) => paths.indexOf(path) !== index), paths.join(' ')).to.deep.equal([]);
      const scripts = paths.filter((path) => path.startsWith('/dist/'));
      expect(scripts[0]).to.equal('/dist/fertility-qa.js');
      for (const chunk of ['core', 'qa-search', 'search-index', 'fr']) expect(scripts.some((path) => path.startsWith(`/dist/${chunk}-`)), chunk).to.equal(true);
      const trap = trapOf(frame);
      expect(trap.warnings.filter((warning) => warning.includes('already defined'))).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/fertility-qa.single.js (no chunks, for SRI on everything)', () => {
  it('shows a French question and searches, requesting no other script', async () => {
    const frame = await openRendered('/test/fixtures/dist-single-page.html');
    try {
      const meta = () => frame.contentDocument!.querySelector('fertility-question')!.shadowRoot!.querySelector('[part="meta"]');
      await waitUntil(() => meta()?.textContent?.includes('3 experts ont répondu'), 'not in French', { timeout: 8000 });
      const search = () => frame.contentDocument!.querySelector('qa-search')!.shadowRoot;
      await waitUntil(() => search()?.querySelector('[part="results"]'), 'search did not render', { timeout: 8000 });
      const field = search()!.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'miscariage';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => search()!.querySelector('[part="result-title"] mark'), 'no highlighted result', { timeout: 8000 });
      const scripts = requestsOf(frame).filter((url) => url.pathname.startsWith('/dist/')).map((url) => url.pathname);
      expect(scripts).to.deep.equal(['/dist/fertility-qa.single.js']);
      const trap = trapOf(frame);
      expect(trap.errors).to.deep.equal([]);
      expect(trap.rejections).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
