import { expect, fixture, html } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';

/** Every feed fixture the project has (and the demo's): opened and saved without edits, each gives the same JSON. */
const FEEDS = [
  '/demo/feed.json',
  '/demo/feed.es.json',
  '/test/fixtures/feed.json',
  '/test/fixtures/broken-question.json',
  '/test/fixtures/long-answer-feed.json',
  '/test/fixtures/paged-feed.json',
  '/test/fixtures/search-feed.json',
  '/test/fixtures/trust-feed.json',
  '/test/fixtures/wrong-version.json',
  '/test/fixtures/hostile/feed.json',
  '/test/fixtures/split/index.json',
];

async function open(path: string) {
  const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
  const text = await (await fetch(path)).text();
  expect(editor.openText(text, path.split('/').pop())).to.equal(true);
  await editor.updateComplete;
  return { editor, text };
}

describe('feed editor: round trip', () => {
  for (const path of FEEDS) {
    it(`${path}: opened, every entry shown open, and saved without edits gives the same JSON`, async () => {
      const { editor, text } = await open(path);
      // Draw every form: opening each entry (and each answer and reference inside) writes nothing.
      for (let round = 0; round < 3; round++) {
        for (const toggle of editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle[aria-expanded="false"]')) toggle.click();
        await editor.updateComplete;
      }
      // Compared as compact JSON (a hostile feed nests 5,000 lists, deeper than a deep-equal walks): the same keys in the same order.
      expect(JSON.stringify(JSON.parse(editor.feedText))).to.equal(JSON.stringify(JSON.parse(text)));
    });
  }

  it('a file that is not JSON, or not an object, is not opened, and says why', async () => {
    const { editor } = await open('/demo/feed.json');
    const before = editor.feedText;
    expect(editor.openText(await (await fetch('/test/fixtures/not-json.json')).text(), 'not-json.json')).to.equal(false);
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('.status')!.textContent).to.match(/not-json\.json could not be opened: it is not a JSON file/);
    expect(editor.openText('[1, 2]', 'list.json')).to.equal(false);
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('.status')!.textContent).to.contain('list.json could not be opened: it is not a feed');
    expect(editor.feedText).to.equal(before);
  });

  it('a feed the widget cannot read at all (wrong version) opens, with that one problem at the top', async () => {
    const { editor } = await open('/test/fixtures/wrong-version.json');
    const summary = editor.shadowRoot!.querySelector('#problems')!;
    expect(summary.textContent).to.match(/format version/);
  });
});
