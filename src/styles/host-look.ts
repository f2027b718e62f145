import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Our elements whose shadow roots hold other elements of ours: those inherit the look, they do not read it. */
const OURS = /^(fertility-question|expert-answer|qa-search)$/;

/**
 * Reads the host page's link colour and heading font where the element sits, once,
 * when it connects, so links and accents look like the page's own.
 *
 * Nothing inside a shadow root can see the page's `a { color }` or `h2 { font-family }`
 * rules, and no CSS default can carry them in (`LinkText` is the browser's blue;
 * `currentColor` is the text colour). So a plain `<a href>` and `<h2>` go inside the
 * element (through a slot of the shadow root) for one style read and are taken out
 * again before anything is painted;
 * the values become `--_host-link` and `--_host-heading-font` on the element, through a
 * style sheet of its own (no `style` attribute is written on the page's element).
 * Tokens (`--fqa-color-accent`, `--fqa-font-family`) and themes still win.
 */
export class HostLookController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Reads left before the element is in the flat tree (inside a `<qa-feed>` whose slot is not drawn yet): tried again after an update. */
  private tries = 0;

  hostConnected(): void {
    this.tries = 3;
    this.read();
  }

  hostUpdated(): void {
    if (this.tries > 0) this.read();
  }

  private read(): void {
    const { host } = this;
    const root = host.shadowRoot;
    this.tries--;
    if (!root || OURS.test((host.getRootNode() as ShadowRoot).host?.localName ?? '')) return void (this.tries = 0);
    // Slotted (an element outside the flat tree has no computed style), read, removed.
    const slot = root.appendChild(document.createElement('slot'));
    const link = document.createElement('a');
    const title = document.createElement('h2');
    slot.name = link.slot = title.slot = 'fqa-probe';
    link.href = '#';
    host.append(link, title);
    const color = getComputedStyle(link).color;
    const font = getComputedStyle(title).fontFamily;
    for (const node of [slot, link, title]) node.remove();
    if (!color) return; // not in the flat tree yet (an ancestor's shadow root has no slot drawn): after the next update
    this.tries = 0;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host{}');
    const style = (sheet.cssRules[0] as CSSStyleRule).style;
    style.setProperty('--_host-link', color);
    style.setProperty('--_host-heading-font', font);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((other) => !(other as { fqaLook?: true }).fqaLook), Object.assign(sheet, { fqaLook: true as const })];
  }
}
