import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Question } from '../feed/types.js';
import { writeJsonLd } from './json-ld.js';

/**
 * Keeps one question's schema.org JSON-LD in `document.head` in step with what
 * the element shows: written after an update that shows a question, replaced
 * when the question changes, taken out when there is none (or `question()`
 * gives none, as with `no-structured-data`) and when the element leaves the page.
 */
export class StructuredDataController implements ReactiveController {
  /** The question whose JSON-LD is in the head, and how to take it out again. */
  private written?: { id: string; remove: () => void };

  /** `question` gives the question whose data belongs in the head, if any. */
  constructor(
    host: ReactiveControllerHost,
    private readonly question: () => Question | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const question = this.question();
    if (this.written?.id === question?.id) return;
    this.written?.remove();
    this.written = question ? { id: question.id, remove: writeJsonLd(question) } : undefined;
  }

  hostDisconnected(): void {
    this.written?.remove();
    this.written = undefined;
  }
}
