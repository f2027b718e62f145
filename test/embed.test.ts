import { expect, waitUntil } from '@open-wc/testing';

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

describe('embed.html: reads well in the frame the builder gives it, with no script on the host', () => {
  async function frameAt(width: number, height: number, question: string) {
    const frame = document.createElement('iframe');
    frame.src = `/demo/embed.html?feed=/demo/feed.json&question=${question}`;
    frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
    document.body.append(frame);
    await waitUntil(() => (frame.contentDocument?.querySelector('fertility-question') as HTMLElement & { questionData?: unknown })?.questionData, 'no question', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return frame;
  }

  for (const width of [390, 1280]) {
    it(`fits a 40rem frame at ${width} px: nothing cut, a "Read all answers" link when collapsed, whole once the host's listener sizes it`, async () => {
      const messages: Array<{ source: MessageEventSource | null; height: number }> = [];
      const listener = (event: MessageEvent) => {
        if (event.data?.type === 'fertility-qa:height') messages.push({ source: event.source, height: event.data.height });
      };
      addEventListener('message', listener);
      const frame = await frameAt(width, 640, 'nk-cells');
      const heights = () => messages.filter((m) => m.source === frame.contentWindow).map((m) => m.height);
      try {
        const doc = frame.contentDocument!;
        expect(doc.documentElement.scrollHeight, 'content taller than the frame').to.be.at.most(640);
        expect(doc.documentElement.scrollWidth, 'content wider than the frame').to.be.at.most(width);
        const question = doc.querySelector('fertility-question') as HTMLElement & { open: boolean };
        const more = doc.querySelector<HTMLAnchorElement>('.fertility-qa-embed-more a')!;
        if (!question.open) {
          expect(more.closest('p')!.hidden).to.equal(false);
          expect(more.target).to.equal('_blank');
          expect(more.getBoundingClientRect().bottom).to.be.at.most(640);
        }
        expect(doc.body.innerText + question.shadowRoot!.textContent).to.contain('What are natural killer cells and are they tested?');
        // The one-line listener: the frame grows to the whole question, which then shows whole.
        await waitUntil(() => heights().length, 'no height');
        frame.style.blockSize = `${Math.max(...heights())}px`;
        await waitUntil(() => question.open, 'not opened when the frame grew', { timeout: 3000 });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(doc.documentElement.scrollHeight).to.be.at.most(frame.clientHeight + 1);
        expect(question.shadowRoot!.querySelectorAll('expert-answer')).to.have.length(2);
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
