import { expect, waitUntil } from '@open-wc/testing';

/**
 * Issue 25: what a reader feels in the first second, with the built bundle on a
 * blog post, in a 390 × 844 frame. Layout shifts are counted in the page itself
 * (as web-vitals counts CLS); the times are in the benchmark (bench/first-second.mjs).
 * Needs `npm run build` first.
 */

type FramePage = Window & typeof globalThis & { __shifts: number[] };

async function open(fixture: string, ready: (doc: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 390px; block-size: 844px; border: 0';
  frame.src = `/test/fixtures/${fixture}?${Math.random()}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument && ready(frame.contentDocument), `${fixture} did not render`, { timeout: 10_000 });
  const widget = frame.contentDocument!.querySelector('fertility-question, qa-search') as HTMLElement & { updateComplete: Promise<unknown> };
  await widget.updateComplete;
  // Two frames: whatever the render moved has been laid out and reported.
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
  return frame;
}

const cls = (frame: HTMLIFrameElement) => (frame.contentWindow as FramePage).__shifts.reduce((sum, value) => sum + value, 0);

describe('the first second, with the built bundle (390 × 844)', () => {
  it('a script-only question near the top of a post moves nothing: the entry holds its place from the first paint (CLS ≤ 0.05)', async () => {
    const frame = await open('first-second-question.html', (doc) => doc.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'));
    try {
      expect(cls(frame), `shifts: ${(frame.contentWindow as FramePage).__shifts.join(', ')}`).to.be.at.most(0.05);
      // The place is let go once the question shows.
      const question = frame.contentDocument!.querySelector('fertility-question')!;
      expect(question.hasAttribute('data-fqa-reserved')).to.equal(false);
      expect((question as HTMLElement).style.minHeight).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('a script-only search near the top of a post, its feed late: the field and list area hold their place, nothing in them moves (CLS ≤ 0.05)', async () => {
    const frame = await open('first-second-search.html', (doc) => doc.querySelector('qa-search')?.shadowRoot?.querySelector('[part="result"]'));
    try {
      expect(cls(frame), `shifts: ${(frame.contentWindow as FramePage).__shifts.join(', ')}`).to.be.at.most(0.05);
      expect(frame.contentDocument!.querySelector('qa-search')!.hasAttribute('data-fqa-reserved')).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('the feed is asked for at once, beside the core, and once', async () => {
    const frame = await open('first-second-question.html', (doc) => doc.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer'));
    try {
      const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const feed = entries.filter((entry) => new URL(entry.name).pathname === '/test/fixtures/feed.json');
      const core = entries.find((entry) => /\/dist\/core-[\w-]+\.js$/.test(new URL(entry.name).pathname))!;
      expect(feed, 'one request for the feed').to.have.length(1);
      // Asked for before the core had arrived: not after it, as a chain.
      expect(feed[0]!.startTime).to.be.below(core.responseEnd);
      expect(feed[0]!.initiatorType).to.equal('link');
    } finally {
      frame.remove();
    }
  });

  it('the place is never held for a widget the page hides or sizes itself, and the page\'s own styles are kept', async () => {
    const frame = await open('first-second-hidden.html', (doc) => doc.querySelectorAll('fertility-question')[4]?.shadowRoot?.querySelector('expert-answer'));
    try {
      const [byClass, byHidden, byStyle, sized, plain] = [...frame.contentDocument!.querySelectorAll<HTMLElement>('fertility-question')];
      for (const hidden of [byClass!, byHidden!, byStyle!]) expect(hidden.getClientRects().length, hidden.outerHTML).to.equal(0);
      expect(byStyle!.getAttribute('style')).to.equal('display: none');
      expect(sized!.getAttribute('style')).to.equal('min-height: 1200px');
      // The one it held is let go, leaving no style of its own behind.
      expect(plain!.hasAttribute('style') ? plain!.getAttribute('style') : '').to.equal('');
    } finally {
      frame.remove();
    }
  });
});
