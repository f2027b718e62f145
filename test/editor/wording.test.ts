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

describe('feed editor: the preview’s choices', () => {
  /** WCAG relative luminance of a computed `rgb()` colour. */
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };

  it('the checked radio of a pill stands out from the pill (3:1)', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    const preview = editor.shadowRoot!.querySelector('fqa-editor-preview')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const checked = [...preview.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((input) => input.checked);
    expect(checked).to.have.length(2);
    for (const input of checked) {
      const mark = getComputedStyle(input).backgroundColor;
      const pill = getComputedStyle(input.closest('label')!).backgroundColor;
      expect(mark, 'the checked mark is drawn opaque').to.match(/^rgb\(/);
      expect(contrast(mark, pill)).to.be.at.least(3);
    }
  });
});
