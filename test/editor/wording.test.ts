import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';

const $ = (editor: FqaFeedEditor, selector: string) => editor.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('feed editor: what it tells the content person', () => {
  it('the feed title’s hint says readers see it, as the published site’s name, in every full language', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    expect($(editor, '#f-title-hint').textContent).to.match(/^Shown publicly: .*site’s name.*--site-name/);
    const words = { es: /^Se muestra en público: .*nombre del sitio.*--site-name/, ar: /^يظهر للعموم: .*اسمًا للموقع.*--site-name/ };
    for (const [lang, expected] of Object.entries(words)) {
      editor.setAttribute('lang', lang);
      await waitUntil(() => expected.test($(editor, '#f-title-hint').textContent ?? ''), `the ${lang} hint says the title is public`);
    }
  });

  it('an empty feed says there are no questions yet, not that readers will see everything', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    editor.startNew();
    await editor.updateComplete;
    expect($(editor, '#problems').textContent).to.equal('No questions yet: add one under Questions, or import a spreadsheet.');
    $(editor, '[data-add="questions"]').click();
    await editor.updateComplete;
    expect($(editor, '#problems').textContent).to.not.contain('No questions yet');
  });
});
