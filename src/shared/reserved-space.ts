import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Lets go of the place the script's entry held for the element
 * (`data-fqa-reserved`: src/fertility-qa.ts), once the element shows what it is
 * for (`shown()`: its question, results or a message). Taken in the same task as
 * that render, so no frame shows the element at its placeholder's height.
 */
export class ReservedSpaceController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const held = this.host.getAttribute('data-fqa-reserved');
    if (held === null || !this.shown()) return;
    this.host.removeAttribute('data-fqa-reserved');
    this.host.style.removeProperty('min-height');
    if (held === 'display') this.host.style.removeProperty('display'); // only what the entry wrote
  }
}
