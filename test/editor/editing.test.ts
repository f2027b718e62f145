import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';
import type { FqaEditorPreview } from '../../src/editor/editor-preview/editor-preview.js';

const demo = fetch('/demo/feed.json').then((response) => response.text());

async function openDemo() {
  const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
  editor.openText(await demo, 'feed.json');
  await editor.updateComplete;
  return editor;
}
const $ = <T extends Element = HTMLElement>(editor: FqaFeedEditor, selector: string) => editor.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const type = async (input: HTMLInputElement | HTMLTextAreaElement, text: string) => {
  input.focus();
  input.select();
  await sendKeys({ type: text });
};

describe('feed editor: editing', () => {
  it('is accessible with the demo feed open, a question and its answer open, and with problems shown', async () => {
    const editor = await openDemo();
    $(editor, '#f-questions-0').click();
    await editor.updateComplete;
    $(editor, '#f-questions-0-answers-0').click();
    await editor.updateComplete;
    await type($<HTMLInputElement>(editor, '#f-questions-0-title'), ' ');
    await editor.updateComplete;
    await expect(editor).to.be.accessible();
  });

  it('a bad address: the problem beside its field, tied to it, in the summary; the summary jumps to it', async () => {
    const editor = await openDemo();
    $(editor, '#f-experts-0').click();
    await editor.updateComplete;
    const profile = $<HTMLInputElement>(editor, '#f-experts-0-profileUrl');
    await type(profile, 'www.clinic.example/dr');
    await editor.updateComplete;
    const problems = $(editor, '#f-experts-0-profileUrl-problems');
    expect(problems.textContent).to.contain('Profile address is not a full web address (starting with https://)');
    expect(profile.getAttribute('aria-invalid')).to.equal('true');
    expect(profile.getAttribute('aria-describedby')).to.contain('f-experts-0-profileUrl-problems');
    // The entry's heading counts it, and the summary lists it with where it is.
    expect($(editor, '#f-experts-0 .badge').textContent).to.equal('1 problem');
    const jump = $(editor, '#problems button');
    expect(jump.textContent).to.match(/Expert 1: Dr Demo Rivera › Profile address: is not a full web address/);
    // Closed, then reached from the summary.
    $(editor, '#f-experts-0').click();
    await editor.updateComplete;
    jump.click();
    await waitUntil(() => editor.shadowRoot!.activeElement?.id === 'f-experts-0-profileUrl', 'the summary moves focus to the field');
    await type($<HTMLInputElement>(editor, '#f-experts-0-profileUrl'), 'https://clinic.example/dr');
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
    expect($(editor, '#problems').textContent).to.contain('No problems');
  });

  it('an emptied required field says what readers lose, and saving with problems is allowed but says so', async () => {
    const editor = await openDemo();
    $(editor, '#f-questions-1').click();
    await editor.updateComplete;
    const title = $<HTMLInputElement>(editor, '#f-questions-1-title');
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    await editor.updateComplete;
    expect($(editor, '#f-questions-1-title-problems').textContent!.trim()).to.equal('Question is missing; this question is skipped.');
    expect(JSON.parse(editor.feedText).questions[1]).to.not.have.property('title');
    // Saved as a browser without the File System Access API saves (Firefox, Safari: a download; a headless
    // test cannot answer Chromium's file picker): allowed, and said.
    let saved: { problems: number; to: string } | undefined;
    editor.addEventListener('fqa-saved', (event) => (saved = (event as unknown as { detail: { problems: number; to: string } }).detail));
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    try {
      await editor.save();
    } finally {
      delete (window as unknown as Record<string, unknown>)['showSaveFilePicker'];
    }
    expect(saved).to.deep.include({ problems: 2, to: 'download' }); // the title, and the featured list naming a question readers no longer get
    await editor.updateComplete;
    expect($(editor, '.status').textContent).to.contain('Downloaded feed.json. It has 2 problems: readers will not see the parts listed under Problems.');
  });

  it('everything typed is data: markup in a title stays text in the form and in the preview', async () => {
    const editor = await openDemo();
    $(editor, '#f-questions-0').click();
    await editor.updateComplete;
    const hostile = '<img src=x onerror="window.__editorPwned=1"><b>bold</b>';
    await type($<HTMLInputElement>(editor, '#f-questions-0-title'), hostile);
    await editor.updateComplete;
    const preview = $<FqaEditorPreview>(editor, 'fqa-editor-preview') as unknown as FqaEditorPreview;
    await preview.settled;
    const question = preview.shadowRoot!.querySelector('fertility-question')!;
    await waitUntil(() => question.shadowRoot?.querySelector('h2, h3, [part~="title"]')?.textContent?.includes('<img'), 'the preview shows the title as text');
    expect(question.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    expect(editor.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect($(editor, '#f-questions-0 .heading').textContent).to.contain(hostile);
    expect((window as unknown as { __editorPwned?: number }).__editorPwned).to.equal(undefined);
    expect(JSON.parse(editor.feedText).questions[0].title).to.equal(hostile);
  });

  it('the preview follows the question being edited, and switches to search and to desktop width', async () => {
    const editor = await openDemo();
    const preview = $(editor, 'fqa-editor-preview') as unknown as FqaEditorPreview;
    const ids = JSON.parse(await demo).questions.map((question: { id: string }) => question.id);
    $(editor, '#f-questions-2').click();
    await editor.updateComplete;
    $<HTMLInputElement>(editor, '#f-questions-2-summary').focus();
    await editor.updateComplete;
    await preview.settled;
    expect(preview.shadowRoot!.querySelector('fertility-question')!.getAttribute('question')).to.equal(ids[2]);
    const frame = preview.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.getBoundingClientRect().width).to.be.at.most(390);
    preview.shadowRoot!.querySelector<HTMLInputElement>('input[value="search"]')!.click();
    preview.shadowRoot!.querySelector<HTMLInputElement>('input[value="desktop"]')!.click();
    await preview.settled;
    expect(preview.shadowRoot!.querySelector('qa-search')).to.not.equal(null);
    expect(frame.classList.contains('phone')).to.equal(false);
  });

  it('reorders questions with Alt+Down and the move buttons, keeps focus on the moved entry and says where it went', async () => {
    const editor = await openDemo();
    const before = JSON.parse(editor.feedText).questions.map((question: { id: string }) => question.id);
    $(editor, '#f-questions-0').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await editor.updateComplete;
    const after = JSON.parse(editor.feedText).questions.map((question: { id: string }) => question.id);
    expect(after.slice(0, 2)).to.deep.equal([before[1], before[0]]);
    expect(editor.shadowRoot!.activeElement?.id).to.equal('f-questions-1');
    expect($(editor, '.status').textContent).to.match(/^Moved “When should we see a fertility specialist\?” to position 2 of \d+\./);
    // The Move up button of the moved entry, twice: back to the top, focus kept on a button of it.
    $(editor, 'li[data-key="questions.1"] [data-role="up"]').focus();
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    expect(JSON.parse(editor.feedText).questions.map((question: { id: string }) => question.id)).to.deep.equal(before);
    expect(editor.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-key')).to.equal('questions.0');
  });

  it('reorders by drag and drop, only within one list', async () => {
    const editor = await openDemo();
    const before = JSON.parse(editor.feedText).experts.map((expert: { id: string }) => expert.id);
    const drag = (from: Element, to: Element) => {
      const data = new DataTransfer();
      from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
      to.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
      to.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
      from.dispatchEvent(new DragEvent('dragend', { bubbles: true, composed: true, dataTransfer: data }));
    };
    drag($(editor, 'li[data-key="experts.0"] .handle'), $(editor, 'li[data-key="experts.2"]'));
    await editor.updateComplete;
    expect(JSON.parse(editor.feedText).experts.map((expert: { id: string }) => expert.id)).to.deep.equal([before[1], before[2], before[0], ...before.slice(3)]);
    // An expert dropped among the questions moves nothing.
    const text = editor.feedText;
    drag($(editor, 'li[data-key="experts.0"] .handle'), $(editor, 'li[data-key="questions.1"]'));
    await editor.updateComplete;
    expect(editor.feedText).to.equal(text);
  });

  it('a new expert’s id follows their name, and renaming an id renames what refers to it', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    editor.startNew();
    await editor.updateComplete;
    $(editor, '[data-add="experts"]').click();
    await editor.updateComplete;
    await sendKeys({ type: 'Dr Zoë Example' });
    await editor.updateComplete;
    $(editor, '[data-add="questions"]').click();
    await editor.updateComplete;
    let feed = JSON.parse(editor.feedText);
    expect(feed.experts[0]).to.deep.equal({ id: 'dr-zoe-example', name: 'Dr Zoë Example' });
    expect(feed.questions[0].answers[0].expert).to.equal('dr-zoe-example');
    await type($<HTMLInputElement>(editor, '#f-experts-0-id'), 'dr-zoe');
    await editor.updateComplete;
    // Renamed when the field is committed (test/editor/typing.test.ts types ids key by key).
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    feed = JSON.parse(editor.feedText);
    expect(feed.questions[0].answers[0].expert).to.equal('dr-zoe');
  });

  it('the formatting toolbar writes the feed’s own markup around the selection', async () => {
    const editor = await openDemo();
    $(editor, '#f-questions-0').click();
    await editor.updateComplete;
    $(editor, '#f-questions-0-answers-0').click();
    await editor.updateComplete;
    const area = $<HTMLTextAreaElement>(editor, '#f-questions-0-answers-0-text');
    await type(area, 'Ask sooner');
    area.setSelectionRange(4, 10);
    const toolbar = area.closest('.field')!.querySelector('[role="toolbar"]')!;
    toolbar.querySelector<HTMLButtonElement>('button[data-format="bold"]')!.click();
    await editor.updateComplete;
    expect(JSON.parse(editor.feedText).questions[0].answers[0].text).to.equal('Ask **sooner**');
    expect(area.selectionStart).to.equal(6);
    // Arrow keys move between the toolbar's buttons (one tab stop).
    toolbar.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(editor.shadowRoot!.activeElement?.getAttribute('data-format')).to.equal('emphasis');
  });

  it('speaks the interface languages the widget has: Spanish, and Arabic right to left', async () => {
    const editor = await openDemo();
    editor.setAttribute('lang', 'es');
    await waitUntil(() => $(editor, '#feed-heading').textContent !== 'Feed', 'the Spanish table loads');
    expect($(editor, 'button.primary').textContent).to.equal('Guardar');
    editor.setAttribute('lang', 'ar');
    await waitUntil(() => $(editor, 'button.primary').textContent !== 'Guardar', 'the Arabic table loads');
    expect($(editor, '.editor').getAttribute('dir')).to.equal('rtl');
  });
});
