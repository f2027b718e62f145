import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Question } from '../feed/types.js';

type JsonLdModule = typeof import('./json-ld.js');
/** The JSON-LD writer: its own chunk, loaded once, after the first question is on screen. */
let jsonLdModule: Promise<JsonLdModule> | undefined;

/** After the browser's next idle moment (or a short timeout where there is no `requestIdleCallback`). */
const whenIdle = (): Promise<void> =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));

/**
 * Keeps one question's schema.org JSON-LD in `document.head` in step with what
 * the element shows: written after an update that shows a question, replaced
 * when the question changes, taken out when there is none (or `question()`
 * gives none, as with `no-structured-data`) and when the element leaves the page.
 *
 * Search engines read it, readers never see it: so the writer (`json-ld.ts`) is a
 * chunk of its own, loaded at the first idle moment after a question is shown,
 * never before the first render. `complete` resolves once the head matches what
 * the element shows (tests and pages that read the JSON-LD wait for it).
 */
export class StructuredDataController implements ReactiveController {
  /** The question whose JSON-LD is in the head, and how to take it out again. */
  private written?: { id: string; remove: () => void };
  /** The question whose JSON-LD belongs in the head now (undefined: none). */
  private wanted?: Question;
  /** The pending write, if one is scheduled. */
  private pending?: Promise<void>;

  /** `question` gives the question whose data belongs in the head, if any. */
  constructor(
    host: ReactiveControllerHost,
    private readonly question: () => Question | undefined,
  ) {
    host.addController(this);
  }

  /** Resolves once the JSON-LD in the head matches the question shown (written, replaced or removed). */
  get complete(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  hostUpdated(): void {
    this.wanted = this.question();
    if (this.written?.id === this.wanted?.id) return;
    if (!this.wanted) return this.apply(undefined);
    this.pending ??= whenIdle()
      .then(() => (jsonLdModule ??= import('./json-ld.js')))
      .then((module) => this.apply(module), (error: unknown) => console.warn(`fertility-qa: structured data could not be loaded (${error}).`))
      .finally(() => (this.pending = undefined));
  }

  hostDisconnected(): void {
    this.wanted = undefined;
    this.apply(undefined);
  }

  /** Makes the head match `wanted`: takes out what is there, and writes the wanted question (needs the writer). */
  private apply(module: JsonLdModule | undefined): void {
    const wanted = this.wanted;
    if (this.written?.id === wanted?.id) return;
    this.written?.remove();
    this.written = undefined;
    if (wanted && module) this.written = { id: wanted.id, remove: module.writeJsonLd(wanted) };
  }
}
