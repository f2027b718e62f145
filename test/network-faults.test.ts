import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import { forgetLoadedFeeds } from '../src/feed/load.js';
import { captureWarnings, freshUrl, shadowMatch } from './helpers.js';

/** Every uncaught error or rejection that reaches the page while a test runs. */
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

const otherOrigin = () => {
  const url = new URL('/test/fixtures/feed.json', location.href);
  url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
};

const faults = [
  { name: 'HTTP 404', src: () => freshUrl('/test-server/status/404/feed.json'), reason: 'http', status: 404, shows: 'could not be found at their address' },
  { name: 'HTTP 500', src: () => freshUrl('/test-server/status/500/feed.json'), reason: 'http', status: 500, shows: 'having a problem' },
  { name: 'HTTP 403', src: () => freshUrl('/test-server/status/403/feed.json'), reason: 'http', status: 403, shows: 'could not be loaded from the server' },
  { name: 'a response that is not JSON', src: () => freshUrl('/test/fixtures/not-json.json'), reason: 'not-json', shows: 'damaged or incomplete' },
  { name: 'truncated JSON', src: () => freshUrl('/test/fixtures/truncated.json'), reason: 'not-json', shows: 'damaged or incomplete' },
  { name: 'a web page instead of a feed (text/html)', src: () => freshUrl('/test-server/as-html/test/fixtures/feed.json'), reason: 'content-type', shows: 'leads to a web page' },
  { name: 'a feed of another format version', src: () => freshUrl('/test/fixtures/wrong-version.json'), reason: 'format', shows: 'format this widget does not know' },
  { name: 'a CORS failure (another origin without CORS headers)', src: otherOrigin, reason: 'network', shows: 'check your connection' },
  { name: 'a server that never answers', src: () => freshUrl('/test-server/hang/feed.json'), reason: 'timeout', shows: 'taking too long', timeout: '0.4' },
];

describe('network faults', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const fault of faults) {
    it(`${fault.name}: a human message, Retry, a qa-error event with its reason, one warning, nothing uncaught`, async () => {
      const el = document.createElement('fertility-question');
      el.src = fault.src();
      el.question = 'what-is-ivf';
      if (fault.timeout) el.setAttribute('timeout', fault.timeout);
      const errorEvent = oneEvent(el, 'qa-error');
      await fixture(el);
      const { detail } = await errorEvent;
      expect(detail.reason).to.equal(fault.reason);
      expect(detail.status).to.equal(fault.status);
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[part~="message"]')!;
      expect(message.textContent).to.contain(fault.shows);
      expect(message.textContent).not.to.match(/Error|HTTP|JSON|\.[jt]s:\d+/);
      expect(el.shadowRoot!.querySelector('[part="retry"]')!.textContent).to.equal('Try again');
      expect(warnings.ours, warnings.ours.join('\n')).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('abandons a request that hangs after the default 10 seconds is replaced by the timeout attribute', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src=${freshUrl('/test-server/hang/feed.json')} question="q" timeout="0.3"></fertility-question>`);
    await shadowMatch(el, '[part="retry"]');
    // The request was abandoned at the attribute's 0.3 s, not the default 10 s (the warning names the wait).
    const abandoned = warnings.ours.filter((warning) => warning.includes('did not answer'));
    expect(abandoned).to.have.length(1);
    expect(abandoned[0]).to.match(/: the feed did not answer within 300 ms; the request was abandoned\.$/);
  });

  describe('the session cache (cache="session")', () => {
    afterEach(() => sessionStorage.clear());

    it('shows the copy saved earlier, with a note, when a later load fails', async () => {
      const src = `/test-server/once/${Date.now()}/test/fixtures/feed.json`;
      const first = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question="what-is-amh" cache="session"></fertility-question>`);
      await shadowMatch(first, 'h2');
      expect(first.shadowRoot!.querySelector('[part="note"]')).to.equal(null);

      forgetLoadedFeeds(); // as on the next page of the visit
      const second = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question="what-is-amh" cache="session"></fertility-question>`);
      const title = await shadowMatch(second, 'h2');
      expect(title.textContent).to.equal('What is an AMH test?');
      expect(second.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('could not be updated just now');
      expect(warnings.ours.some((w) => w.includes('HTTP 500'))).to.equal(true);
      await expect(second).to.be.accessible();
    });

    it('revalidates the saved copy with its ETag (HTTP 304)', async () => {
      const src = freshUrl('/test/fixtures/feed.json');
      const first = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question="what-is-amh" cache="session"></fertility-question>`);
      await shadowMatch(first, 'h2');
      const key = `fertility-qa:feed:${new URL(src, location.href).href}`;
      expect(JSON.parse(sessionStorage.getItem(key)!).etag).to.be.a('string');

      forgetLoadedFeeds();
      const second = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question="what-is-amh" cache="session"></fertility-question>`);
      await shadowMatch(second, 'h2');
      const entries = performance.getEntriesByName(new URL(src, location.href).href) as PerformanceResourceTiming[];
      expect(entries.map((entry) => entry.responseStatus)).to.deep.equal([200, 304]);
      expect(second.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
    });

    it('keeps nothing in storage without the cache attribute', async () => {
      const el = await fixture<FertilityQuestion>(html`<fertility-question src=${freshUrl('/test/fixtures/feed.json')} question="what-is-amh"></fertility-question>`);
      await shadowMatch(el, 'h2');
      expect(sessionStorage.length).to.equal(0);
    });
  });
});
