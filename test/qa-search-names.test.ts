import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';
import { captureWarnings } from './helpers.js';

// Issue 17: <qa-search open> was a question id where <fertility-question open> is a
// boolean. It is now `question` (as on <fertility-question>); `open` still works, with
// one console warning.
const FEED = '/test/fixtures/search-feed.json';

async function expanded(el: QaSearch): Promise<string[]> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="result-control"]'), 'no results', { timeout: 5000 });
  return [...el.shadowRoot!.querySelectorAll('[part="result-control"][aria-expanded="true"]')].map((control) => control.getAttribute('aria-controls')!);
}

describe('<qa-search> names', () => {
  it('opens the question named by the question attribute at start, without a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QaSearch>(html`<qa-search src=${FEED} question="amh"></qa-search>`);
      expect(await expanded(el)).to.deep.equal(['panel-amh']);
      expect(el.question).to.equal('amh');
      expect(warnings.ours).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the old open attribute and property working, with one warning per element', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QaSearch>(html`<qa-search src=${FEED} open="amh"></qa-search>`);
      expect(await expanded(el)).to.deep.equal(['panel-amh']);
      expect(el.question).to.equal('amh');
      el.open = undefined;
      await el.updateComplete;
      expect(el.question).to.equal(undefined);
      const deprecations = warnings.ours.filter((message) => message.includes('open: is deprecated'));
      expect(deprecations).to.deep.equal(['fertility-qa: <qa-search> open: is deprecated and will be removed; use question="…" (the id of the question to open).']);
    } finally {
      warnings.restore();
    }
  });

  it('reflects the opened question to the question attribute', async () => {
    const el = await fixture<QaSearch>(html`<qa-search src=${FEED}></qa-search>`);
    await expanded(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part="result-control"][aria-controls="panel-amh"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('question')).to.equal('amh');
  });
});
