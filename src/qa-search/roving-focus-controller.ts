/** What the element gives the controller: where its items and its field are. */
export interface RovingFocusOptions {
  /** The items, in order (each carries its position in `data-index`). */
  items(): HTMLElement[];
  /** Where Escape, and Up Arrow on the first item, go. */
  field(): HTMLElement | null;
}

/**
 * Roving focus over a list of results (one of them in the tab order): Up/Down
 * Arrow move between items, Home/End go to the first/last, Up Arrow on the
 * first and Escape return to the field. The element renders
 * `tabindex=${controller.tabIndexOf(i)}` on each item, `@keydown=${controller.onKeydown}`
 * on the list, and calls `focusItem()` for Down Arrow in its field. It needs
 * no lifecycle (as material-web's `ListController`): it reads the items when a key comes.
 */
export class RovingFocusController {
  /** Which item is in the tab order. */
  #active = 0;

  readonly #options: RovingFocusOptions;

  constructor(options: RovingFocusOptions) {
    this.#options = options;
  }

  /** The item in the tab order from now on (0 or more: the list changed, or the reader used one). */
  set activeIndex(index: number) {
    this.#active = index;
  }

  /** The tabindex of the item at `index` in a list of `count`. */
  /** Moves focus to the field: from a control that goes away once pressed ("Search all categories"). */
  focusField(): void {
    this.#options.field()?.focus();
  }

  tabIndexOf(index: number, count: number): '0' | '-1' {
    return index === Math.min(this.#active, count - 1) ? '0' : '-1';
  }

  /** Moves focus to the item at `index` (clamped), and it into the tab order. */
  focusItem(index = this.#active): void {
    const items = this.#options.items();
    if (items.length === 0) return;
    this.#active = Math.max(0, Math.min(index, items.length - 1));
    items.forEach((item, i) => (item.tabIndex = i === this.#active ? 0 : -1));
    items[this.#active]!.focus();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const item = event.composedPath()[0] as HTMLElement;
    const items = this.#options.items();
    if (!items.includes(item)) return; // keys inside an opened question are its own
    const index = Number(item.dataset.index);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const target = moves[event.key]!;
      if (target < 0) this.#options.field()?.focus();
      else this.focusItem(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#options.field()?.focus();
    }
  };
}
