import type { ReactiveController, ReactiveElement } from 'lit';
import type { Question } from '../feed/types.js';

/** An `<expert-answer>` as this controller reads it. */
type AnswerElement = HTMLElement & { answer?: { id?: string }; updateComplete: Promise<unknown> };

/** What the element tells the controller. */
export interface ReadingPlaceOptions {
  /** The question about to be shown, once it is ready. */
  question(): Question | undefined;
  /** Whether the reader is looking at the element's text copy now (its slot is shown). */
  showingCopy(): boolean;
  /** Makes the question's answers visible (with `collapsible`: opens it), before the update renders. */
  open(): void;
}

/** Where the reader is: a place in the text copy, and how far below the window's top it was. */
interface Place {
  find(root: ShadowRoot): Promise<Element | undefined>;
  top: number;
}

/**
 * Keeps the reader's place when the widget takes over from its text copy (the
 * snippet's or `pages`' static HTML, readable before the script runs). The copy
 * and the widget show the same things in the same order, but not at the same
 * heights, and the copy's nodes are replaced, not moved, so the browser's own
 * scroll anchoring has nothing to hold on to: a reader halfway down the first
 * answer saw it jump by 200 px. Just before the update that replaces the copy,
 * this finds the first piece of the copy that starts in the window (a heading, a
 * paragraph of an answer, the references…); once the widget and its answers have
 * rendered, before the next paint, it scrolls the window by however far that same
 * piece moved. A reader who has scrolled into the answers with `collapsible` gets
 * them open. A copy wholly above the window: what follows it keeps its place.
 */
export class ReadingPlaceController implements ReactiveController {
  private place?: Place;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ReadingPlaceOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const question = this.options.question();
    if (!question || !this.options.showingCopy()) return;
    this.place = this.readerPlace(question);
    if (this.place && this.host.getBoundingClientRect().top < 0) this.options.open(); // scrolled into it: never collapse what is being read
  }

  hostUpdated(): void {
    const place = this.place;
    if (!place) return;
    this.place = undefined;
    const root = this.host.shadowRoot;
    // After this update's microtasks (the answers render in theirs), before the next paint.
    if (root)
      void place.find(root).then((element) => {
        const moved = element ? element.getBoundingClientRect().top - place.top : 0;
        if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
      });
  }

  /** The first piece of the copy at or below the window's top, and its counterpart in the widget; undefined when nothing the reader sees can move. */
  private readerPlace(question: Question): Place | undefined {
    const box = this.host.getBoundingClientRect();
    if (box.top >= innerHeight) return undefined; // below the window: growing moves nothing in view
    if (box.bottom <= 0) {
      // Above the window: the page after the widget is what the reader sees.
      const after = box.bottom;
      return { top: after, find: async () => this.host.nextElementSibling ?? undefined };
    }
    const copy = [...this.host.children].find((child) => child.localName !== 'script');
    const pieces = copy ? [...copy.children] : [];
    // The first piece that starts in the window (where the eye goes), else the one the window's top cuts through.
    let seen = pieces.findIndex((piece) => piece.getBoundingClientRect().top >= 0);
    if (seen < 0 || pieces[seen]!.getBoundingClientRect().top >= innerHeight) seen = pieces.findIndex((piece) => piece.getBoundingClientRect().bottom > 0);
    if (seen < 0) return undefined;
    const top = pieces[seen]!.getBoundingClientRect().top;
    return { top, find: (root) => this.counterpart(root, question, pieces, seen) };
  }

  /**
   * The widget's element for piece `seen` of the copy (see fallbackHtml: category, title,
   * urgent notice, count, summary; per answer its expert's name, details, text blocks and
   * video link; references; disclaimer). The answers' own pieces are found inside their
   * `<expert-answer>` once it has rendered.
   */
  private async counterpart(root: ShadowRoot, question: Question, pieces: Element[], seen: number): Promise<Element | undefined> {
    const level = pieces.find((piece) => /^h[1-6]$/.test(piece.localName))?.localName;
    const expertHeading = level ? `h${Number(level[1]) + 1}` : 'h3';
    // Which answer (or none: the header before the first, the references after the last) the piece belongs to.
    let answer = -1;
    let inAnswer = 0;
    for (let i = 0; i <= seen; i++) {
      if (pieces[i]!.localName === expertHeading) {
        answer++;
        inAnswer = 0;
      } else inAnswer++;
    }
    const piece = pieces[seen]!;
    if (answer < 0) {
      // The header: category, title, urgent notice (each marked), then plain lines: the count, the summary.
      const plain = pieces.slice(0, seen + 1).filter((p) => p.localName === 'p' && !p.className).length;
      const part = piece.localName === level ? 'title' : piece.classList.contains('fertility-qa-urgent') ? 'urgent' : piece.classList.contains('fertility-qa-category') ? 'category' : plain <= 1 ? 'meta' : 'summary';
      return root.querySelector(`[part~="${part}"]`) ?? root.querySelector('[part~="title"]') ?? undefined;
    }
    if (answer >= question.answers.length) return root.querySelector(piece.localName === 'ol' || piece.localName === expertHeading ? '[part~="references"]' : '[part~="disclaimer"]') ?? undefined;
    const id = question.answers[answer]!.id;
    const element = [...root.querySelectorAll<AnswerElement>('expert-answer')].find((candidate) => candidate.id === id || candidate.answer?.id === id);
    if (!element) return root.querySelector('[part~="answers"]') ?? undefined;
    await element.updateComplete;
    const inside = element.shadowRoot;
    if (!inside || inAnswer === 0) return inside?.querySelector('[part~="expert-name"]') ?? element;
    const expert = question.answers[answer]!.expert;
    const hasDetails = Boolean(expert.role || expert.credentials || expert.registration || expert.organisation);
    if (hasDetails && inAnswer === 1) return inside.querySelector('[part~="expert-details"]') ?? element;
    const blocks = [...(inside.querySelector('[part~="text"]')?.children ?? [])];
    return blocks[inAnswer - (hasDetails ? 2 : 1)] ?? inside.querySelector('[part~="video"]') ?? element;
  }
}
