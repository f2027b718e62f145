import type { ReactiveController, ReactiveElement } from 'lit';
import type { Question } from '../feed/types.js';

/** An `<expert-answer>` as this controller reads it. */
type AnswerElement = HTMLElement & { answer?: { id?: string } };

/** What the element tells the controller. */
export interface ReadingPlaceOptions {
  /** The question about to be shown, once it is ready. */
  question(): Question | undefined;
  /** Whether the reader is looking at the element's text copy now (its slot is shown). */
  showingCopy(): boolean;
  /** Makes the answer at `index` visible (with `collapsible`: opens the question; past the first 20: shows it; -1: the question only), before the update renders. */
  reveal(index: number): void;
}

/** Where in the copy the reader is: which answer (-1: the header before the first; the number of answers: after the last), which piece in it. */
interface Place {
  piece: Element;
  answer: number;
  inAnswer: number;
  top: number;
}

/**
 * Keeps the reader's place when the widget takes over from its text copy (the
 * snippet's or `pages`' static HTML, readable before the script runs). The copy
 * and the widget show the same things in the same order, but not at the same
 * heights, and the copy's nodes are replaced, not moved, so the browser's own
 * scroll anchoring has nothing inside the copy to hold on to: a reader halfway
 * down the first answer saw it jump by 200 px. Just before the update that
 * replaces the copy, this finds the first piece of the copy that starts in the
 * window (a heading, a paragraph of an answer, the references, the disclaimer…)
 * and makes its answer visible (a collapsible question whose copy is in view
 * stays open: collapsing it took away what the reader was reading); right after the widget and its answers have
 * rendered, before the next paint, it scrolls by however far that same piece
 * moved. A copy wholly above or below the window is left to the browser's own
 * scroll anchoring (what the reader sees is outside the copy).
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
    // The copy is in view: what the reader sees stays (a collapsible question stays open; its answer is shown).
    if (this.place) this.options.reveal(this.place.answer < question.answers.length ? this.place.answer : -1);
  }

  hostUpdated(): void {
    const place = this.place;
    const question = this.options.question();
    this.place = undefined;
    const root = this.host.shadowRoot;
    if (!place || !question || !root) return;
    // The answers render in the microtasks their connection queued, ahead of these: still before the next paint.
    void Promise.resolve()
      .then(() => undefined)
      .then(() => {
        const element = this.counterpart(root, question, place);
        const box = element?.getBoundingClientRect();
        if (!box || (box.width === 0 && box.height === 0)) return; // not shown: better not to move than to move wrong
        const moved = box.top - place.top;
        if (Math.abs(moved) >= 1) scrollerOf(this.host).scrollBy({ top: moved, behavior: 'instant' });
      });
  }

  /** The first piece of the copy that starts in the window (else the one the window's top cuts through), and where it belongs. */
  private readerPlace(question: Question): Place | undefined {
    const box = this.host.getBoundingClientRect();
    if (box.top >= innerHeight || box.bottom <= 0) return undefined;
    const copy = [...this.host.children].find((child) => child.localName !== 'script');
    const pieces = copy ? [...copy.children] : [];
    let seen = pieces.findIndex((piece) => piece.getBoundingClientRect().top >= 0);
    if (seen < 0 || pieces[seen]!.getBoundingClientRect().top >= innerHeight) seen = pieces.findIndex((piece) => piece.getBoundingClientRect().bottom > 0);
    if (seen < 0) return undefined;
    // Which answer the piece belongs to (see fallbackHtml): its byline opens it (in copies written before
    // the byline was one piece, its expert's heading; the references' heading then counts as one more).
    const level = pieces.find((piece) => /^h[1-6]$/.test(piece.localName))?.localName;
    const expertHeading = level ? `h${Number(level[1]) + 1}` : 'h3';
    const opens = (piece: Element) => (piece.classList.contains('fertility-qa-byline') || piece.localName === expertHeading) && !piece.classList.contains('fertility-qa-references');
    let answer = -1;
    let inAnswer = 0;
    for (let i = 0; i <= seen; i++) {
      if (opens(pieces[i]!)) {
        answer++;
        inAnswer = 0;
      } else inAnswer++;
    }
    const piece = pieces[seen]!;
    // After the last answer: the references, "About this answer", the disclaimer.
    if (piece.classList.contains('fertility-qa-references') || piece.classList.contains('fertility-qa-about') || piece.classList.contains('fertility-qa-disclaimer')) answer = question.answers.length;
    // The disclaimer (`<p><small>`, in older copies) closes the copy: after the last answer, references or not.
    if (piece.querySelector(':scope > small') && seen === pieces.length - 1) answer = question.answers.length;
    return { piece, answer, inAnswer, top: piece.getBoundingClientRect().top };
  }

  /**
   * The widget's element for the reader's piece: category, title, urgent notice, count,
   * summary; per answer its byline (in older copies its expert's name and details), text blocks
   * (else its video) and "About this expert"; references; "About this answer"; disclaimer. Undefined where the widget shows no such thing.
   */
  private counterpart(root: ShadowRoot, question: Question, { piece, answer, inAnswer }: Place): Element | undefined {
    const part = (name: string) => root.querySelector(`[part~="${name}"]`) ?? undefined;
    if (answer < 0) {
      if (/^h[1-6]$/.test(piece.localName)) return part('title');
      if (piece.classList.contains('fertility-qa-urgent')) return part('urgent');
      if (piece.classList.contains('fertility-qa-category')) return part('category');
      if (piece.classList.contains('fertility-qa-meta')) return part('meta');
      if (piece.classList.contains('fertility-qa-summary')) return part('summary');
      // Older copies' plain lines of the header: the count, then the summary.
      const plain = [...(piece.parentElement?.children ?? [])].filter((p, i, all) => i <= all.indexOf(piece) && p.localName === 'p' && !p.className).length;
      return part(plain <= 1 ? 'meta' : 'summary');
    }
    if (answer >= question.answers.length) {
      if (piece.classList.contains('fertility-qa-about')) return part('about');
      return piece.classList.contains('fertility-qa-disclaimer') || piece.querySelector(':scope > small') ? part('disclaimer') : part('references');
    }
    const id = question.answers[answer]!.id;
    const element = [...root.querySelectorAll<AnswerElement>('expert-answer')].find((candidate) => candidate.id === id || candidate.answer?.id === id);
    const inside = element?.shadowRoot;
    if (!element || !inside) return undefined;
    const byline = piece.parentElement?.querySelector(':scope > .fertility-qa-byline') !== null;
    if (inAnswer === 0) return inside.querySelector(byline ? '[part~="base"]' : '[part~="expert-name"]') ?? undefined;
    if (piece.classList.contains('fertility-qa-about-expert')) return inside.querySelector('[part~="about-expert"]') ?? undefined;
    const expert = question.answers[answer]!.expert;
    // Older copies: the name's heading, then role · clinic as a piece of its own.
    const detailsPiece = !byline && Boolean(expert.role || expert.credentials || expert.registration || expert.organisation);
    if (detailsPiece && inAnswer === 1) return inside.querySelector('[part~="expert-details"]') ?? undefined;
    const block = [...(inside.querySelector('[part~="text"]')?.children ?? [])][inAnswer - (detailsPiece ? 2 : 1)];
    return block && block.getClientRects().length ? block : (inside.querySelector('[part~="video"]') ?? undefined);
  }
}

/** What scrolls the element: its nearest scrolling ancestor (across shadow roots), else the window. */
function scrollerOf(element: Element): { scrollBy(options: ScrollToOptions): void } {
  for (let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node === document.documentElement || node === document.body) break;
    const { overflowY } = getComputedStyle(node);
    if (/(auto|scroll|overlay)/.test(overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return window;
}
