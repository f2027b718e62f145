import { html, type TemplateResult } from 'lit';
import type { EditorContext } from './context.js';

/**
 * The question "New feed" asks when there are changes not saved: a modal dialog
 * (focus held inside, Escape closes it, focus back on "New feed" after), whose
 * first button, the one with focus, keeps the work.
 */
export function confirmNewDialog(ctx: EditorContext, fileName: string, start: () => void): TemplateResult {
  const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
  return html`<dialog id="confirm-new" class="confirm" aria-labelledby="confirm-new-heading" aria-describedby="confirm-new-text">
    <h2 id="confirm-new-heading">${ctx.t('confirmNewHeading')}</h2>
    <p id="confirm-new-text">${ctx.t('confirmNewText', { name: fileName })}</p>
    <div class="buttons">
      <button type="button" class="primary" data-role="keep" autofocus @click=${close}>${ctx.t('keepEditing')}</button>
      <button type="button" data-role="discard" @click=${(event: Event) => (close(event), start())}>${ctx.t('confirmNewDiscard')}</button>
    </div>
  </dialog>`;
}
