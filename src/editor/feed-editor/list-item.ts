import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, type EditorContext, type ListPath } from './context.js';
import type { ReorderController } from './reorder-controller.js';

/** What one entry of a list shows: its heading, its fields when open, and where it is. */
export interface ListItemOptions {
  list: ListPath;
  index: number;
  count: number;
  /** "Question 2: What is AMH?" */
  heading: string;
  /** The entry's name alone, for the buttons' names ("Move “What is AMH?” up"). */
  name: string;
  body: () => TemplateResult;
  /** Extra attributes' worth: which question the entry belongs to (the preview follows it). */
  question?: number;
}

/**
 * One entry of a list (category, expert, question, answer, reference): a disclosure
 * button with its heading and problem count, Move up / Move down buttons (also
 * Alt+Up / Alt+Down on the heading), a drag handle, and its fields when open.
 */
export function listItem(ctx: EditorContext, reorder: ReorderController, options: ListItemOptions): TemplateResult {
  const { list, index, count } = options;
  const key = [...list, index].join('.');
  const id = fieldId(key);
  const open = ctx.isOpen(key);
  const problems = ctx.problems.within(key);
  const keys = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    ctx.move(list, index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  return html`<li
    class="item ${reorder.isTarget(list, index) ? 'drop-target' : ''} ${reorder.dragging?.list === list.join('.') && reorder.dragging.index === index ? 'dragged' : ''}"
    data-key=${key}
    data-question=${options.question ?? nothing}
    @dragover=${(event: DragEvent) => reorder.enter(event, list, index)}
    @drop=${(event: DragEvent) => reorder.drop(event, list, index)}
  >
    <div class="item-head">
      <span
        class="handle"
        draggable="true"
        title=${ctx.t('dragHint')}
        aria-hidden="true"
        @dragstart=${(event: DragEvent) => reorder.start(event, list, index)}
        @dragend=${() => reorder.end()}
        >⠿</span
      >
      <button type="button" class="toggle" data-role="toggle" id=${id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-body`} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" @click=${() => ctx.toggle(key)} @keydown=${keys}>
        <span class="heading" dir="auto">${options.heading}</span>
        ${problems ? html`<span class="badge">${ctx.t('problemCount', { count: problems })}</span>` : nothing}
      </button>
      <button type="button" class="icon" data-role="up" ?disabled=${index === 0} aria-label=${ctx.t('moveUp', { name: options.name })} title=${ctx.t('moveUp', { name: options.name })} @click=${() => ctx.move(list, index, index - 1)}>↑</button>
      <button type="button" class="icon" data-role="down" ?disabled=${index === count - 1} aria-label=${ctx.t('moveDown', { name: options.name })} title=${ctx.t('moveDown', { name: options.name })} @click=${() => ctx.move(list, index, index + 1)}>↓</button>
    </div>
    <div class="item-body" id=${`${id}-body`} ?hidden=${!open}>
      ${open ? options.body() : nothing}
      ${open ? html`<button type="button" class="remove" @click=${() => ctx.removeEntry(list, index)}>${ctx.t('remove', { name: options.name })}</button>` : nothing}
    </div>
  </li>`;
}
