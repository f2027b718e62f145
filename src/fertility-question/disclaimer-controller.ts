import type { ReactiveController, ReactiveElement } from 'lit';

/** An element that may show the disclaimer: `<fertility-question>`. */
type DisclaimerHost = ReactiveElement & { noDisclaimer: boolean; readonly questionData: unknown };

/** The elements on the page that show a question now (connected, with their question ready). */
const onShow = new Set<DisclaimerHost>();

/**
 * The disclaimer once per page: on the first question in the page's order
 * that does not leave it out (`no-disclaimer`), or on any that brings its own
 * through the slot; not after each widget. Keeps the page's list of questions
 * on show after each update and when the element leaves, and has the others
 * update when it changes.
 */
export class DisclaimerController implements ReactiveController {
  readonly #host: DisclaimerHost;

  constructor(host: DisclaimerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the host shows the disclaimer. */
  get shown(): boolean {
    const host = this.#host;
    if (host.noDisclaimer) return false;
    if (host.querySelector(':scope > [slot="disclaimer"]')) return true;
    const first = [...onShow].filter((other) => !other.noDisclaimer).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
    return !first || first === host;
  }

  hostUpdated(): void {
    const host = this.#host;
    const showing = host.isConnected && !!host.questionData;
    if (showing === onShow.has(host)) return;
    if (showing) onShow.add(host);
    else onShow.delete(host);
    this.#updateOthers();
  }

  hostDisconnected(): void {
    if (onShow.delete(this.#host)) this.#updateOthers();
  }

  #updateOthers(): void {
    for (const other of onShow) if (other !== this.#host && other.isConnected) other.requestUpdate();
  }
}
