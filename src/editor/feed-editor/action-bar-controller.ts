import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the keyboard's shortcuts use Cmd (a Mac, an iPad) rather than Ctrl. */
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
/** Save's shortcut, for `aria-keyshortcuts`, and as shown beside the button. */
export const SAVE_KEYS = MAC ? 'Meta+S' : 'Control+S';
export const SAVE_KEYS_SHOWN = MAC ? '⌘S' : 'Ctrl+S';

/**
 * The editor's action bar, kept in reach: Ctrl+S (Cmd+S on a Mac) saves from anywhere
 * on the page, the field being typed in committed first, and the browser's own "Save
 * page" never opens; and the bar's height, as `--bar-size` on the host, for the sticky
 * preview's place and the room a focused field scrolls to below the sticky bar.
 */
export class ActionBarController implements ReactiveController {
  private readonly size = new ResizeObserver(([entry]) => {
    if (entry) this.host.style.setProperty('--bar-size', `${Math.ceil(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height)}px`);
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    /** Saves; false when saving is not possible now (a dialog is open). */
    private readonly save: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
    // On the shadow root: focus moving inside it is not seen from the host.
    this.host.renderRoot.addEventListener('focusin', this.onFocus as EventListener);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
    this.host.renderRoot.removeEventListener('focusin', this.onFocus as EventListener);
    this.size.disconnect();
  }

  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector('.bar');
    if (bar && bar !== this.observed) {
      this.size.disconnect();
      this.size.observe(bar);
      this.observed = bar;
    }
  }

  private observed?: Element;

  /**
   * A field reached by the keyboard under the sticky bar (the browser scrolls only what
   * is wholly out of view, and knows nothing of the bar) is scrolled to just below it
   * (WCAG 2.4.11): `scrollIntoView` keeps the field's scroll-margin, the bar's height.
   */
  private readonly onFocus = (event: FocusEvent) => {
    const bar = this.observed;
    const target = event.composedPath()[0];
    if (!bar || !(target instanceof HTMLElement) || bar.contains(target) || getComputedStyle(bar).position !== 'sticky') return;
    if (target.getBoundingClientRect().top < bar.getBoundingClientRect().bottom) target.scrollIntoView({ block: 'start' });
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
    // A field's text typed and not yet committed (an id) is committed as leaving it would.
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) active.dispatchEvent(new Event('change'));
    if (this.save()) event.preventDefault();
  };
}
