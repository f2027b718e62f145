import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/editor/define.js';
import type { FqaFeedEditor } from '../../src/editor/feed-editor/feed-editor.js';

const demo = fetch('/demo/feed.json').then((response) => response.text());
const $ = <T extends Element = HTMLElement>(editor: FqaFeedEditor, selector: string) => editor.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

async function openDemoAndEdit() {
  const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
  editor.openText(await demo, 'clinic.json');
  await editor.updateComplete;
  const title = $<HTMLInputElement>(editor, '#f-title');
  title.focus();
  title.select();
  await sendKeys({ type: 'Changed, not saved' });
  await editor.updateComplete;
  return editor;
}

describe('feed editor: New feed', () => {
  it('asks first when there are unsaved changes; Keep editing (and Escape) keep them, focus back on New feed', async () => {
    const editor = await openDemoAndEdit();
    const before = editor.feedText;
    const newButton = $<HTMLButtonElement>(editor, 'button[data-role="new"]');
    newButton.focus();
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    const dialog = $<HTMLDialogElement>(editor, '#confirm-new');
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Your changes to clinic.json are not saved.');
    expect(editor.shadowRoot!.activeElement?.getAttribute('data-role'), 'the safe choice has focus').to.equal('keep');
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(false);
    expect(editor.feedText).to.equal(before);
    expect(editor.shadowRoot!.activeElement).to.equal(newButton);
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(editor.feedText).to.equal(before);
  });

  it('discards and starts a new feed only when asked to', async () => {
    const editor = await openDemoAndEdit();
    $<HTMLButtonElement>(editor, 'button[data-role="new"]').click();
    await editor.updateComplete;
    $<HTMLButtonElement>(editor, '#confirm-new [data-role="discard"]').click();
    await editor.updateComplete;
    expect($<HTMLDialogElement>(editor, '#confirm-new').open).to.equal(false);
    expect(JSON.parse(editor.feedText)).to.deep.include({ title: '', questions: [] });
    expect($(editor, '.status').textContent).to.contain('New feed started.');
  });

  it('starts at once when nothing is unsaved', async () => {
    const editor = await fixture<FqaFeedEditor>(html`<fqa-feed-editor></fqa-feed-editor>`);
    editor.openText(await demo, 'clinic.json');
    await editor.updateComplete;
    $<HTMLButtonElement>(editor, 'button[data-role="new"]').click();
    await editor.updateComplete;
    expect($<HTMLDialogElement>(editor, '#confirm-new').open).to.equal(false);
    expect(JSON.parse(editor.feedText).questions).to.deep.equal([]);
  });
});
