import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListPath } from './context.js';

/**
 * Reordering by drag: an entry's handle starts a drag, another entry of the same list
 * takes the drop, and `move(list, from, to)` does the rest (the same call as the
 * keyboard's Move up / Move down buttons and Alt+Arrow keys, which are the way for
 * readers who do not drag). Only within one list: a question cannot be dropped among answers.
 */
export class ReorderController implements ReactiveController {
  /** The entry being dragged: its list's key and index. */
  dragging?: { list: string; index: number };
  /** Where it would land. */
  over?: { list: string; index: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly move: (list: ListPath, from: number, to: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  start(event: DragEvent, list: ListPath, index: number): void {
    this.dragging = { list: list.join('.'), index };
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      // Some browsers start a drag only with data; text that says what moves, never markup.
      event.dataTransfer.setData('text/plain', `${list.join('.')}#${index}`);
    }
    this.host.requestUpdate();
  }

  /** Over an entry: accepts the drop when it is of the dragged entry's list. */
  enter(event: DragEvent, list: ListPath, index: number): void {
    if (this.dragging?.list !== list.join('.')) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.over?.list !== this.dragging.list || this.over.index !== index) {
      this.over = { list: this.dragging.list, index };
      this.host.requestUpdate();
    }
  }

  drop(event: DragEvent, list: ListPath, index: number): void {
    const from = this.dragging;
    this.end();
    if (from?.list !== list.join('.')) return;
    event.preventDefault();
    this.move(list, from.index, index);
  }

  end(): void {
    this.dragging = undefined;
    this.over = undefined;
    this.host.requestUpdate();
  }

  /** Whether the entry is where a drop would land (drawn with a line). */
  isTarget(list: ListPath, index: number): boolean {
    return this.over?.list === list.join('.') && this.over.index === index && this.dragging?.index !== index;
  }
}
