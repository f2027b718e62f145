import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';

const demo = fetch('/demo/feed.json').then((response) => response.text());
const $ = <T extends Element = HTMLElement>(editor: FqaFeedEditor, selector: string) => editor.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

/** Saves as a browser without the File System Access API does (a download): a headless test cannot answer Chromium's picker. */
async function withoutPicker<T>(run: () => Promise<T>): Promise<T> {
  Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  try {
    return await run();
  } finally {
    delete (window as unknown as Record<string, unknown>)['showSaveFilePicker'];
  }
}

async function openDemo() {
  const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
  editor.openText(await demo, 'feed.json');
  await editor.updateComplete;
  return editor;
}

describe('feed editor: the action bar', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('Ctrl+S saves from a field, the id being typed committed first, and says so; the shortcut is announced on Save', async () => {
    const editor = await openDemo();
    const saveButton = $(editor, 'button.primary');
    expect(saveButton.getAttribute('aria-keyshortcuts')).to.match(/^(Control|Meta)\+S$/);
    $(editor, '#f-experts-1').click();
    await editor.updateComplete;
    const id = $<HTMLInputElement>(editor, '#f-experts-1-id');
    id.focus();
    id.select();
    await sendKeys({ type: 'sam' });
    const saved = new Promise<{ text: string; to: string }>((resolve) => editor.addEventListener('fqa-saved', (event) => resolve((event as unknown as { detail: { text: string; to: string } }).detail), { once: true }));
    await withoutPicker(async () => {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 's' });
      await sendKeys({ up: 'Control' });
      return saved;
    });
    const { text, to } = await saved;
    expect(to).to.equal('download');
    const feed = JSON.parse(text) as { experts: Array<{ id: string }>; questions: Array<{ answers: Array<{ expert: string }> }> };
    expect(feed.experts[1]!.id).to.equal('sam');
    expect(feed.questions.flatMap((question) => question.answers).filter((answer) => answer.expert === 'sam-sample')).to.deep.equal([]);
    await editor.updateComplete;
    expect($(editor, '.status').textContent).to.contain('Downloaded feed.json.');
    expect(editor.shadowRoot!.activeElement, 'focus stays in the field').to.equal(id);
  });

  it('stays in view while the form scrolls, and a field reached by Shift+Tab is not hidden under it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const editor = await openDemo();
    for (const index of [0, 1, 2]) {
      $(editor, `#f-questions-${index}`).click();
      await editor.updateComplete;
    }
    const last = editor.shadowRoot!.querySelectorAll<HTMLElement>('.form input, .form textarea, .form select, .form button');
    last[last.length - 1]!.focus();
    last[last.length - 1]!.scrollIntoView({ block: 'end' });
    expect(window.scrollY).to.be.greaterThan(1000);
    const bar = $(editor, '.bar').getBoundingClientRect();
    const save = $(editor, 'button.primary').getBoundingClientRect();
    expect(bar.top).to.equal(0);
    expect(save.top).to.be.at.least(0);
    expect(save.bottom).to.be.at.most(bar.bottom);
    // Back up the form by keyboard: each field reached shows below the bar.
    await sendKeys({ down: 'Shift' });
    for (let n = 0; n < 80; n++) {
      await sendKeys({ press: 'Tab' });
      const focused = editor.shadowRoot!.activeElement as HTMLElement;
      if (!focused.closest('.form')) continue;
      expect(focused.getBoundingClientRect().top, `${focused.id || focused.tagName} below the bar`).to.be.at.least($(editor, '.bar').getBoundingClientRect().bottom);
    }
    await sendKeys({ up: 'Shift' });
  });
});
