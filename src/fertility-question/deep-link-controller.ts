import type { ReactiveController, ReactiveElement } from 'lit';
import type { Question } from '../feed/types.js';
import { decodeFragment, pageOwnsAnchor } from '../shared/deep-link.js';

/** An `<expert-answer>` as the deep links reach it. */
type AnswerElement = HTMLElement & { focusAnswer(): void; updateComplete: Promise<unknown> };

/** What the element gives the controller: the question shown, and how to reveal one of its answers. */
export interface DeepLinkOptions {
  /** The question shown, once there is one. */
  question(): Question | undefined;
  /** Makes the answer at `index` (or, with -1, the question's answers) visible: opens, shows more. */
  reveal(index: number): void;
}

/**
 * Deep links into a question's shadow root, which a `#fragment` cannot reach
 * by itself: `#question-id` scrolls to the question (and puts focus on its
 * toggle when collapsible); `#question-id--expert-id` moves focus to that
 * answer. Follows the page's hash after each update and on `hashchange`, once
 * per hash, unless the page owns that anchor itself (`pageOwnsAnchor`).
 */
export class DeepLinkController implements ReactiveController {
  /** The fragment already followed, so a re-render does not scroll again. */
  private handledHash?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    void Promise.resolve().then(() => this.follow()); // after this update, not inside it
  }

  /** Moves focus to one answer of this element's question (for "answered by" links and "Show more"). */
  async focusAnswer(select: (answers: NodeListOf<AnswerElement>) => AnswerElement | undefined): Promise<void> {
    await this.host.updateComplete;
    const answer = select(this.host.renderRoot.querySelectorAll<AnswerElement>('expert-answer'));
    await answer?.updateComplete;
    answer?.focusAnswer();
  }

  private readonly onHashChange = () => {
    this.handledHash = undefined;
    void this.follow();
  };

  private async follow(): Promise<void> {
    const question = this.options.question();
    const hash = decodeFragment(location.hash);
    if (!question || !hash || hash === this.handledHash) return;
    const index = question.answers.findIndex((candidate) => candidate.id === hash);
    const answer = question.answers[index];
    if ((hash !== question.id && !answer) || pageOwnsAnchor(hash, this.host)) return;
    this.handledHash = hash;
    // Opened in place by <qa-search>, which writes `#question-id` when a reader opens it and shows the result itself:
    // scrolling to this question would push the result's title, and the reader's focus, off the top.
    if (!answer && (this.host.getRootNode() as ShadowRoot).host?.localName === 'qa-search') return;
    this.options.reveal(index);
    await this.host.updateComplete;
    if (answer) {
      await this.focusAnswer((answers) => [...answers].find((element) => element.id === answer.id));
    } else {
      this.host.scrollIntoView({ block: 'start' });
      this.host.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus({ preventScroll: true });
    }
  }
}
