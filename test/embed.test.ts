import { expect, waitUntil } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';
import { questionPages } from '../src/snippet/pages.js';

/**
 * demo/embed.html under hostile links: anyone can link to a clinic's embed page
 * with any ?feed=, so it shows only feeds from its own origin or from origins
 * the page lists (<meta name="fertility-qa-feed-origins">), and says so
 * visibly for anything else.
 */
async function openEmbed(page: string, feed: string) {
  const frame = document.createElement('iframe');
  frame.src = `${page}?feed=${encodeURIComponent(feed)}&question=amh-test`;
  frame.style.cssText = 'inline-size: 600px; block-size: 400px';
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount,
    `${feed}: embed page did not settle`,
    { timeout: 8000 },
  );
  return frame;
}

/** This test server under its other host name: another origin, still this machine. */
const otherOrigin = () => {
  const url = new URL(location.href);
  url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
};

const fakeFeed = {
  version: 1,
  experts: [{ id: 'fake', name: 'Dr Fake Expert', credentials: 'FAKE' }],
  questions: [{ id: 'amh-test', title: 'URGENT: call this number now', category: 'x', urgent: 'Go to https://evil.example now', answers: [{ expert: 'fake', text: '[Click](https://evil.example)' }] }],
};

describe('embed.html: feed origins', () => {
  const refused = () => [
    `data:application/json,${encodeURIComponent(JSON.stringify(fakeFeed))}`,
    `data:application/json;base64,${btoa(JSON.stringify(fakeFeed))}`,
    `blob:${location.origin}/0a1b2c3d-0000-4000-8000-000000000000`,
    'javascript:alert(1)',
    'ftp://ftp.invalid/feed.json',
    'https://evil.invalid/feed.json',
    '//evil.invalid/feed.json',
    `${otherOrigin()}/demo/feed.json`, // another origin, not listed
  ];

  it('refuses data:, blob:, other schemes and other origins, with a visible message and no widget', async () => {
    for (const feed of refused()) {
      const frame = await openEmbed('/demo/embed.html', feed);
      try {
        const doc = frame.contentDocument!;
        const message = doc.querySelector<HTMLElement>('[role="alert"]');
        expect(message, feed).to.exist;
        expect(message!.textContent).to.contain('cannot be shown');
        expect(message!.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
        expect(doc.querySelector('fertility-question, qa-search'), feed).to.equal(null);
        expect(doc.body.textContent).to.not.contain('Dr Fake Expert');
        expect(doc.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
        const requested = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.name);
        expect(requested.filter((name) => name.includes('feed.json') || name.startsWith('data:') || name.startsWith('blob:')), feed).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });

  it('shows feeds from its own origin, as a relative or an absolute address', async () => {
    for (const feed of ['feed.json', '/demo/feed.json', `${location.origin}/demo/feed.json`]) {
      const frame = await openEmbed('/demo/embed.html', feed);
      try {
        const question = frame.contentDocument!.querySelector('fertility-question')!;
        expect(question.getAttribute('src')).to.equal(`${location.origin}/demo/feed.json`);
        await waitUntil(() => question.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() === 'What is an AMH test?', `${feed} did not render`, { timeout: 8000 });
        expect(frame.contentDocument!.querySelector('[role="alert"]')).to.equal(null);
      } finally {
        frame.remove();
      }
    }
  });

  it('takes feeds from the origins a clinic lists in its page, and from no others', async () => {
    // The fixture is embed.html with <meta name="fertility-qa-feed-origins"> listing this server's other host name.
    const listed = `${otherOrigin()}/demo/feed.json`;
    let frame = await openEmbed('/test/fixtures/embed-feed-origins.html', listed);
    try {
      expect(frame.contentDocument!.querySelector('[role="alert"]')).to.equal(null);
      // Handed to the widget (which then meets this test server's missing CORS headers: its own message, not ours).
      expect(frame.contentDocument!.querySelector('fertility-question')!.getAttribute('src')).to.equal(listed);
    } finally {
      frame.remove();
    }
    // The listed "javascript:alert(1)" entry is ignored; unlisted origins and schemes are still refused.
    for (const feed of ['javascript:alert(1)', 'https://evil.invalid/feed.json', `data:application/json,${encodeURIComponent(JSON.stringify(fakeFeed))}`]) {
      frame = await openEmbed('/test/fixtures/embed-feed-origins.html', feed);
      try {
        expect(frame.contentDocument!.querySelector('[role="alert"]'), feed).to.exist;
        expect(frame.contentDocument!.querySelector('fertility-question'), feed).to.equal(null);
      } finally {
        frame.remove();
      }
    }
  });
});

/** The question's embed.html as `fertility-qa pages` writes it (for oEmbed), loading the widget from this server. */
async function pagesEmbed(question: string) {
  const { feed } = validateFeed(await (await fetch('/demo/feed.json')).json());
  const files = questionPages(feed!, { baseUrl: 'https://clinic.example/qa/', script: { src: `${location.origin}/src/fertility-qa.ts` } });
  return files.get(`${question}/embed.html`)!;
}

// The demo's page, the one `npm run build` writes to dist/embed/ (demo/embed.js bundled with
// the fit it shares with `pages`), and the pages command's.
for (const kind of ['embed.html (the iframe snippet)', 'dist/embed/embed.html (the built iframe page)', "the pages command's embed.html (oEmbed)"]) describe(`${kind}: reads well in the frame the builder gives it, with no script on the host`, () => {
  const pages = kind.startsWith('the pages');
  const page = kind.startsWith('dist/') ? '/dist/embed/embed.html' : '/demo/embed.html';
  async function frameAt(width: number, height: number, question: string) {
    const frame = document.createElement('iframe');
    if (pages) frame.srcdoc = await pagesEmbed(question);
    else frame.src = `${page}?feed=/demo/feed.json&question=${question}`;
    frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
    document.body.append(frame);
    await waitUntil(() => (frame.contentDocument?.querySelector('fertility-question') as HTMLElement & { questionData?: unknown })?.questionData, 'no question', { timeout: 8000 });
    // Rendered and laid out: the element's update, its answers', then two frames.
    const element = frame.contentDocument!.querySelector('fertility-question') as HTMLElement & { updateComplete: Promise<unknown> };
    await element.updateComplete; // the question in place of the page's text copy (pages), its chunks loaded
    await Promise.all([...element.shadowRoot!.querySelectorAll('expert-answer')].map((answer) => (answer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    // A video's panel is a chunk of its own: in place, the frame fits its final layout.
    await waitUntil(() => [...element.shadowRoot!.querySelectorAll('expert-answer')].every((answer) => !answer.shadowRoot!.querySelector('.video:empty')), 'video panel not loaded', { timeout: 5000 });
    // Laid out for good: the frame's height the same over three frames in a row (fitInFrame refits on every resize).
    const win = frame.contentWindow!;
    let same = 0;
    let last = -1;
    await waitUntil(
      () =>
        new Promise<boolean>((resolve) =>
          win.requestAnimationFrame(() => {
            const clip = win.document.querySelector('.fertility-qa-embed-clip');
            const height = win.document.documentElement.scrollHeight + (clip?.getBoundingClientRect().height ?? 0);
            same = height === last ? same + 1 : 0;
            last = height;
            resolve(same >= 3);
          }),
        ),
      'the frame never settled',
      { timeout: 5000 },
    );
    return frame;
  }

  /** Text nodes of the first answer's text, across shadow roots. */
  const firstAnswerText = (question: Element) => {
    const answer = question.shadowRoot!.querySelector('expert-answer')!;
    return answer.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;
  };
  /** Whether `node` is out of the accessibility tree and the tab order (inert itself or inside an inert part, across shadow roots). */
  const isInert = (node: Element) => {
    // The frame's nodes come from its own realm: no `instanceof` with this page's classes.
    for (let at: Node | null = node; at; at = at.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (at as ShadowRoot).host : at.parentNode) if ((at as Element).hasAttribute?.('inert')) return true;
    return false;
  };

  // The builder's heights (Small, Medium, Large: 32, 40, 56 rem) at a phone's and a desktop's width.
  for (const width of [390, 1280]) {
    for (const rem of [32, 40, 56]) {
      const height = rem * 16;
      it(`at ${width}x${height}: title, summary, who answered and the first answer's start, cut cleanly, then "Read all answers"; no scrolling`, async () => {
        const messages: Array<{ source: MessageEventSource | null; height: number }> = [];
        const listener = (event: MessageEvent) => {
          if (event.data?.type === 'fertility-qa:height') messages.push({ source: event.source, height: event.data.height });
        };
        addEventListener('message', listener);
        const frame = await frameAt(width, height, 'nk-cells');
        const heights = () => messages.filter((m) => m.source === frame.contentWindow).map((m) => m.height);
        try {
          const doc = frame.contentDocument!;
          const win = frame.contentWindow!;
          expect(doc.documentElement.scrollHeight, 'content taller than the frame').to.be.at.most(height);
          await waitUntil(() => heights().length, 'no height posted');
          // The height the frame last posted: its settled layout (the text copy it showed while loading, taller, posted first).
          if (heights().at(-1)! <= height) {
            // The whole question fits (a wide, tall frame): all of it, nothing inert, no link.
            expect(doc.querySelector<HTMLElement>('.fertility-qa-embed-more')!.hidden).to.equal(true);
            expect(doc.querySelector('fertility-question')!.shadowRoot!.querySelector('[inert]')).to.equal(null);
            expect(doc.querySelector('fertility-question')!.getBoundingClientRect().bottom).to.be.at.most(height);
            return;
          }
          expect(doc.documentElement.scrollWidth, 'content wider than the frame').to.be.at.most(width);
          win.scrollTo(0, 1000);
          expect(win.scrollY, 'the frame scrolls').to.equal(0);
          const question = doc.querySelector('fertility-question')!;
          // The end of what is shown: the clipping box's, else where "Read all answers" starts.
          const bottom = (doc.querySelector('.fertility-qa-embed-clip') ?? doc.querySelector('.fertility-qa-embed-more')!).getBoundingClientRect()[doc.querySelector('.fertility-qa-embed-clip') ? 'bottom' : 'top'];
          const root = question.shadowRoot!;
          // Answer first (issue 15): the title, the "N experts answered" line, then who
          // answers first (name, role · clinic), each shown whole and readable.
          const firstAnswer = root.querySelector('expert-answer')!.shadowRoot!;
          const shownParts = [
            ...['title', 'meta'].map((part) => [part, root.querySelector(`[part="${part}"]`)!] as const),
            ...['expert-name', 'expert-role'].map((part) => [part, firstAnswer.querySelector(`[part~="${part}"]`)!] as const),
          ];
          for (const [part, element] of shownParts) {
            expect(element, `${part} rendered`).to.exist;
            const box = element.getBoundingClientRect();
            expect(box.height, `${part} shown`).to.be.greaterThan(0);
            expect(box.bottom, `${part} inside the shown part`).to.be.at.most(bottom);
            expect(isInert(element), `${part} inert`).to.equal(false);
          }
          expect(root.querySelector('[part="meta"]')!.textContent).to.match(/2 experts answered/);
          expect(firstAnswer.querySelector('[part~="expert-name"]')!.textContent).to.match(/Dr Mira Mock \(demo\)/);
          // The first answer's first line is shown, whole, and readable by a screen reader.
          const text = firstAnswerText(question);
          const range = doc.createRange();
          range.selectNodeContents(text.firstElementChild!);
          const firstLine = range.getClientRects()[0]!;
          expect(firstLine.top, 'the first answer starts in the frame').to.be.at.least(0);
          expect(firstLine.bottom, 'its first line is shown whole').to.be.at.most(bottom);
          expect(isInert(text.firstElementChild!), 'first paragraph inert').to.equal(false);
          // Nothing is cut through a line: every line box is wholly above the cut or wholly below it.
          const lines = [...root.querySelectorAll('expert-answer')].flatMap((answer) => {
            const walker = doc.createTreeWalker(answer.shadowRoot!, NodeFilter.SHOW_TEXT);
            const boxes: DOMRect[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const line = doc.createRange();
              line.selectNodeContents(node);
              boxes.push(...[...line.getClientRects()].filter((box) => box.height));
            }
            return boxes;
          });
          expect(lines.filter((box) => box.top < bottom - 0.5 && box.bottom > bottom + 0.5).map((box) => [box.top, box.bottom]), 'a line cut through').to.deep.equal([]);
          // What is below the cut is out of the accessibility tree and the tab order, but for the
          // rest of one paragraph cut after a whole line (read whole, as one paragraph).
          const readableBelow = new Set(
            [...root.querySelectorAll('expert-answer')]
              .flatMap((answer) => [...answer.shadowRoot!.querySelectorAll('article *')])
              // Rendered nodes only: the closed "About this expert" holds paragraphs nobody can read until it opens.
              .filter((node) => !node.children.length && node.checkVisibility() && node.getBoundingClientRect().top >= bottom && !isInert(node))
              .map((node) => node.closest('p, li, h3, header')),
          );
          expect(readableBelow.size, 'readable blocks below the cut').to.be.at.most(1);
          for (const block of readableBelow) expect(block!.getBoundingClientRect().top, 'a readable block wholly below the cut').to.be.below(bottom);
          // Never cut right after a heading: an expert's name (and details) shown means the start of their answer is shown too.
          for (const answer of root.querySelectorAll('expert-answer')) {
            const header = answer.shadowRoot!.querySelector('header')!;
            const start = answer.shadowRoot!.querySelector('[part="text"] > *, [part="video"]');
            if (header.getBoundingClientRect().bottom <= bottom && start) expect(start.getBoundingClientRect().top, `${header.textContent!.trim().slice(0, 40)}: a name is the last thing shown`).to.be.below(bottom - 1);
          }
          expect(isInert(root.querySelector('[part="references"]')!), 'the references (hidden) are not inert').to.equal(true);
          expect(isInert(root.querySelector('[part="disclaimer"]')!), 'the disclaimer (hidden) is not inert').to.equal(true);
          const focusable = [...root.querySelectorAll('expert-answer')].flatMap((answer) => [...answer.shadowRoot!.querySelectorAll<HTMLElement>('a, button')]);
          for (const control of focusable) if (control.getBoundingClientRect().top >= bottom) expect(isInert(control), `${control.textContent} below the cut, in the tab order`).to.equal(true);
          // "Read all answers": shown, in the frame, opening in a new tab.
          const more = doc.querySelector<HTMLAnchorElement>('.fertility-qa-embed-more a')!;
          expect(more.closest('p')!.hidden).to.equal(false);
          expect(more.target).to.equal('_blank');
          expect(more.getBoundingClientRect().bottom, 'link in the frame').to.be.at.most(height);
          expect(more.getBoundingClientRect().top, 'link below the cut').to.be.at.least(bottom);
          expect(more.href, 'no url in the feed: this page, on its own').to.equal(pages ? 'https://clinic.example/qa/nk-cells/' : frame.src);
          // Little blank space: the question fills the frame down to the link, but for an expert's whole header
          // when the cut moved above it (never right after a heading; since issue 31 a header holds the face,
          // "Answer from", the name with credentials and role · clinic: up to about 80 px at 390 px).
          const movedHeader = [...root.querySelectorAll('expert-answer')].map((answer) => answer.shadowRoot!.querySelector('header')!).find((header) => Math.abs(header.getBoundingClientRect().top - bottom) < 1);
          expect(height - more.getBoundingClientRect().bottom - (movedHeader?.getBoundingClientRect().height ?? 0), 'blank space under the link, less a header moved below the cut').to.be.below(80);
        } finally {
          removeEventListener('message', listener);
          frame.remove();
        }
      });
    }

    it(`at ${width} px, the host's one-line listener grows the frame to the whole question, shown whole`, async () => {
      const messages: Array<{ source: MessageEventSource | null; height: number }> = [];
      const listener = (event: MessageEvent) => {
        if (event.data?.type === 'fertility-qa:height') messages.push({ source: event.source, height: event.data.height });
      };
      addEventListener('message', listener);
      const frame = await frameAt(width, 640, 'nk-cells');
      const heights = () => messages.filter((m) => m.source === frame.contentWindow).map((m) => m.height);
      try {
        const doc = frame.contentDocument!;
        const question = doc.querySelector('fertility-question')!;
        await waitUntil(() => heights().length, 'no height');
        expect(Math.max(...heights())).to.be.greaterThan(640);
        frame.style.blockSize = `${Math.max(...heights())}px`;
        await waitUntil(() => doc.querySelector<HTMLElement>('.fertility-qa-embed-more')!.hidden, 'still cut when the frame grew', { timeout: 3000 });
        await (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
        expect(doc.documentElement.scrollHeight).to.be.at.most(frame.clientHeight + 1);
        const answers = question.shadowRoot!.querySelectorAll('expert-answer');
        expect(answers).to.have.length(2);
        expect(answers[1]!.getBoundingClientRect().bottom).to.be.at.most(frame.clientHeight);
        expect([...answers].some(isInert) || !!question.shadowRoot!.querySelector('[inert]'), 'inert left behind').to.equal(false);
      } finally {
        removeEventListener('message', listener);
        frame.remove();
      }
    });
  }

  it('"Read all answers" links to the question\'s own page when the feed gives its url', async () => {
    const frame = await frameAt(390, 320, 'ivf');
    try {
      const more = frame.contentDocument!.querySelector<HTMLAnchorElement>('.fertility-qa-embed-more a')!;
      expect(more.closest('p')!.hidden).to.equal(false);
      expect(more.href).to.equal('https://example.org/qa/ivf');
    } finally {
      frame.remove();
    }
  });
});

describe("embed.html at home on the host: the host's font, size, text and link colour (issue 29)", () => {
  /** The embed page in a frame `height` px tall, with `look` as its parameters; its warnings (the page's console) collected. */
  async function framed(look: string, height = 640) {
    const frame = document.createElement('iframe');
    frame.src = `/demo/embed.html?feed=/demo/feed.json&question=amh-test${look}`;
    frame.style.cssText = `inline-size: 600px; block-size: ${height}px; border: 0`;
    const warnings: string[] = [];
    document.body.append(frame);
    await waitUntil(() => frame.contentWindow && frame.contentDocument?.readyState !== 'loading', 'no frame');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const warn = win.console.warn.bind(win.console);
    win.console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
      warn(...args);
    };
    await waitUntil(() => (frame.contentDocument!.querySelector('fertility-question') as HTMLElement & { questionData?: unknown })?.questionData, 'no question', { timeout: 8000 });
    return { frame, doc: frame.contentDocument!, win, warnings };
  }

  it("the builder's picks are applied inside: the question's text, its links and the frame's own link", async () => {
    // 320 px: the question is cut, so the frame's own "Read all answers" link shows.
    const { frame, doc, win } = await framed(`&font=${encodeURIComponent('Georgia, "Times New Roman", serif')}&size=18px&color=%232b2118&link=%235b2a86`, 320);
    try {
      const question = doc.querySelector('fertility-question')!;
      const title = question.shadowRoot!.querySelector('[part="title"]')!;
      expect(win.getComputedStyle(title).fontFamily).to.equal('Georgia, "Times New Roman", serif');
      expect(win.getComputedStyle(title).color).to.equal('rgb(43, 33, 24)');
      const answer = question.shadowRoot!.querySelector('expert-answer')!.shadowRoot!.querySelector('[part="text"] p')!;
      expect(win.getComputedStyle(answer).fontSize).to.equal('18px');
      await waitUntil(() => doc.querySelector<HTMLElement>('.fertility-qa-embed-more')?.hidden === false, 'no cut at 320 px: the frame\'s own link is not shown');
      const more = doc.querySelector('.fertility-qa-embed-more a')!;
      expect(win.getComputedStyle(more).color).to.equal('rgb(91, 42, 134)');
      expect(win.getComputedStyle(question).getPropertyValue('--fqa-color-accent').trim()).to.equal('#5b2a86');
    } finally {
      frame.remove();
    }
  });

  it('untrusted parameters: anything but family names, a bounded size and #hex colours is ignored, with one warning each; no CSS gets in', async () => {
    const hostile: Array<[string, string]> = [
      ['font', 'x;} body { display: none'],
      ['font', 'a, url(https://evil.invalid/f.woff)'],
      ['size', '400px'],
      ['size', '1em;background:red'],
      ['color', 'red;background:url(https://evil.invalid/)'],
      ['link', 'expression(alert(1))'],
    ];
    for (const [name, value] of hostile) {
      const { frame, doc, win, warnings } = await framed(`&${name}=${encodeURIComponent(value)}`);
      try {
        expect(doc.body.getAttribute('style') ?? '', `${name}=${value}`).to.equal('');
        expect(win.getComputedStyle(doc.body).display).to.equal('block');
        expect(warnings.filter((w) => w.includes(`?${name}=`)), `${name}=${value}`).to.have.length(1);
      } finally {
        frame.remove();
      }
    }
  });
});
