// The search index in one place (issue 17): loads on intent only, once per feed,
// answers every search, and a failure to load gives one warning, no unhandled
// rejection, and a "Try again" in <qa-search> (before, "Preparing search…" stayed for good).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { validateFeed } from '../src/feed/validate.js';
import type { Feed } from '../src/feed/types.js';
import { SearchIndex } from '../src/search/search-index.js';
import { SearchIndexController } from '../src/qa-search/search-index-controller.js';
import { captureWarnings } from './helpers.js';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

const raw = await (await fetch('/test/fixtures/search-feed.json')).json();
const { feed } = validateFeed(raw);

/** A host element whose controller builds indexes with `build`, counting the builds. */
class IndexHost extends LitElement {
  feedShown?: Feed = feed;
  builds = 0;
  failures = 1;
  fail = false;
  readonly index = new SearchIndexController(this, () => this.feedShown);
  constructor() {
    super();
    this.index.build = async (feed) => {
      this.builds += 1;
      if (this.fail && this.failures-- > 0) throw new Error('chunk failed to load');
      return SearchIndex.build(feed);
    };
  }
}
customElements.define('index-host-test', IndexHost);

describe('SearchIndexController', () => {
  it('builds nothing until the reader shows intent, then one index per feed', async () => {
    const host = await fixture<IndexHost>(html`<index-host-test></index-host-test>`);
    // A build starts in an update (hostUpdate), synchronously: two updates have run, and none began one.
    host.requestUpdate();
    await host.updateComplete;
    expect(host.builds).to.equal(0);
    expect(host.index.ready).to.equal(false);
    expect(host.index.search('ivf', {})).to.deep.equal({ total: 0, results: [] });
    await Promise.all([host.index.want(), host.index.want()]);
    expect(host.builds).to.equal(1);
    expect(host.index.ready).to.equal(true);
    expect(host.index.search('natural killer', {}).results[0]!.question.id).to.equal('nk-cells');
    // A new feed: not ready (no answers from the old index), then built on the next update.
    host.feedShown = validateFeed(raw).feed; // the same content, a new feed (as after a refresh)
    expect(host.index.ready).to.equal(false);
    host.requestUpdate();
    await waitUntil(() => host.index.ready, 'no index for the new feed');
    expect(host.builds).to.equal(2);
  });

  it('keeps a failure (one warning, nothing unhandled) until the next intent, which tries again', async () => {
    const warnings = captureWarnings();
    const unhandled: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const host = await fixture<IndexHost>(html`<index-host-test></index-host-test>`);
      host.fail = true;
      await host.index.want();
      host.requestUpdate(); // updates do not try again by themselves
      await host.updateComplete; // a build would start in that update, synchronously
      expect(host.index.ready).to.equal(false);
      expect(String(host.index.error)).to.contain('chunk failed to load');
      expect(host.builds).to.equal(1);
      expect(warnings.ours).to.deep.equal(['fertility-qa: <qa-search>: could not prepare the search: Error: chunk failed to load']);
      await host.index.want();
      expect(host.index.ready).to.equal(true);
      expect(host.index.error).to.equal(undefined);
      expect(unhandled).to.deep.equal([]);
    } finally {
      warnings.restore();
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<qa-search> when the search cannot be prepared', () => {
  it('says the search could not be loaded in place of "Preparing search…", and tries again as the reader types on', async () => {
    const el = await fixture<QaSearch>(html`<qa-search src="/test/fixtures/search-feed.json"></qa-search>`);
    await customElements.whenDefined('qa-search');
    const root = el.shadowRoot!;
    const message = () => root.querySelector('[part="message"]')?.textContent ?? '';
    await waitUntil(() => root.querySelector('[part="results"]'), 'no results list', { timeout: 5000 });
    // The element's own controller, made to fail once as a lost chunk request would.
    const controller = (el as unknown as { searchIndex: SearchIndexController }).searchIndex;
    let failures = 3;
    controller.build = (feed) => (failures-- > 0 ? Promise.reject(new Error('offline')) : SearchIndex.build(feed));
    const warnings = captureWarnings();
    try {
      const field = root.querySelector<HTMLInputElement>('[part="search-field"]')!;
      field.value = 'natural killer';
      field.dispatchEvent(new Event('input'));
      await waitUntil(() => message().includes('could not be loaded'), 'no message for the failure', { timeout: 5000 });
      expect(message()).to.not.contain('Preparing search');
      expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(warnings.ours).to.deep.equal(['fertility-qa: <qa-search>: could not prepare the search: Error: offline']);
      for (const typed of ['natural killer c', 'natural killer ce', 'natural killer cel']) {
        field.value = typed;
        field.dispatchEvent(new Event('input'));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await waitUntil(() => root.querySelector('[part="result-title"]')?.textContent?.includes('natural killer'), 'no search after typing on', { timeout: 5000 });
      expect(warnings.ours).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
