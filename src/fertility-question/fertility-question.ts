import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Question } from '../feed/types.js';
import { categoryName } from '../feed/category-name.js';
export type { Question } from '../feed/types.js';
export type { Messages } from '../i18n/messages.js';
import { QaToggleEvent, type QaCiteEvent } from '../events.js';
export { QaErrorEvent, QaToggleEvent, QaVideoPlayEvent, QaCiteEvent } from '../events.js';
import { FeedElementMixin } from '../shared/feed-mixin.js';
import { feedErrorText, renderFeedError, renderStaleNote } from '../shared/feed-messages.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { DisclaimerController } from './disclaimer-controller.js';
import { QuestionFileController } from './question-file-controller.js';
import type * as AfterPaint from './after-paint.js';
import type { DeepLinkController } from './deep-link-controller.js';
import { ReservedSpaceController } from '../shared/reserved-space.js';
import { compactStyles, fertilityQuestionStyles } from './fertility-question.styles.js';
import { VERSION } from '../version.js';
import { warn } from '../feed/load.js';
import { feedTextLanguage } from '../i18n/localize.js';

/** How many answers show at first, and how many more each "Show more answers" adds. */
const ANSWERS_PER_STEP = 20;

/**
 * One question with all of its expert answers, from a feed.
 *
 * The feed comes from `src`, from an inline `<script type="application/json">`
 * child, or from the nearest `<qa-feed>` ancestor. Elements on one page that
 * name the same `src` share one request.
 *
 * @tagname fertility-question
 * @summary One question and its expert answers.
 *
 * @slot disclaimer - Your own disclaimer, in place of the default ("general information for education, not personal medical advice").
 *
 * @csspart base - The question's outer box.
 * @csspart urgent - The "seek urgent care" notice, when the feed gives one.
 * @csspart expert-link - Each expert's name in "Answered by: …" (in "About this answer"), a link to their answer.
 * @csspart references - The numbered list of references.
 * @csspart disclaimer - The disclaimer under the answers.
 * @csspart copy-link - The "Copy link" button (the link is the page's URL with `#question-id`).
 * @csspart review-overdue - With `review-status`: the editors' note that a review is overdue.
 * @csspart category - The category line above the title.
 * @csspart title - The question title (a heading).
 * @csspart meta - The one line under the title: "3 experts answered · Reviewed Oct 5, 2026".
 * @csspart summary - The question's summary (the feed's detail line), its key point in a calm panel under that line, when the feed gives one.
 * @csspart about - The "About this answer" disclosure, in the quiet footer under the answers: who answered, review dates, Copy link.
 * @csspart answers - The list of answers.
 * @csspart answer - Each `<expert-answer>` (its own parts are not exported).
 * @csspart message - Loading, error and not-found messages.
 * @csspart retry - The "Try again" button after a failed load.
 * @csspart more-answers - Under a long list of answers (over 20): the button that shows the next 20.
 * @csspart toggle - With `collapsible`: the button in the title that shows and hides the answers.
 * @csspart note - The note shown over answers from a saved copy when a refresh failed.
 *
 * @cssprop --fqa-color-accent - Links, focus ring. Default: the browser's link colour.
 * @cssprop --fqa-color-text - Text colour. Default: inherited from the page.
 * @cssprop --fqa-color-muted - Secondary text (category, meta).
 * @cssprop --fqa-color-surface - Background of the question box. Default: transparent.
 * @cssprop --fqa-color-border - Borders and separators.
 * @cssprop --fqa-radius - Corner radius. Default: 0.5rem.
 * @cssprop --fqa-space - Base spacing unit. Default: 1rem.
 * @cssprop --fqa-font-family - Font. Default: inherited from the page.
 * @cssprop --fqa-font-size - Base font size. Default: 1rem.
 * @cssprop --fqa-focus-ring - Focus outline. Default: 3px solid accent.
 *
 * @fires {QaErrorEvent} qa-error - The feed could not be loaded or read, or the question is not in it.
 *   `detail: { reason, source, message, status? }`; `reason` is one of `offline`, `network`,
 *   `timeout`, `http` (with `status`), `content-type`, `not-json`, `format`, `not-found`, `no-feed`.
 * @fires {QaVideoPlayEvent} qa-video-play - Bubbles up from an answer whose video the reader started.
 * @fires {QaCiteEvent} qa-cite - Bubbles up from an answer whose citation the reader followed. `detail: { number }`.
 * @fires {QaToggleEvent} qa-toggle - With `collapsible`: the reader showed or hid the answers. `detail: { open }`.
 *
 * @attr theme - A colour scheme (`light`, `dark`, `auto`) and/or a preset (`calm`, `warm`, `contrast`), e.g. `theme="calm dark"`. Without it, the widget takes the page's colours.
 */
export class FertilityQuestion extends FeedElementMixin(LitElement) {
  /** The fertility-qa version this element comes from (as in package.json). */
  static readonly version = VERSION;

  static override styles = [sharedStyles, fertilityQuestionStyles, compactStyles];

  static override properties = {
    question: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    compact: { type: Boolean, reflect: true },
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    organisation: {},
    noDisclaimer: { attribute: 'no-disclaimer', type: Boolean },
    reviewStatus: { attribute: 'review-status', type: Boolean },
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    copyStatus: { state: true },
    shownAnswers: { state: true },
  };

  /** The `id` of the question to show. */
  declare question: string | undefined;
  /** Heading level (1–6) of the question title; expert names are one level below. Default 2. */
  declare headingLevel: number;
  /**
   * Leaves out the category and the title (for a place that already shows them,
   * such as an opened `<qa-search>` result). Expert names keep `heading-level` + 1.
   */
  declare compact: boolean;
  /** Shows the question as a disclosure: the title is a button that shows and hides the answers. */
  declare collapsible: boolean;
  /** With `collapsible`: whether the answers are shown. Toggled by the reader; fires `qa-toggle`. */
  declare open: boolean;
  /** Shows only the answers of experts from this organisation (as the feed writes it), e.g. a clinic's own. */
  declare organisation: string | undefined;
  /** Hides the disclaimer (education, not personal advice). Only for a page that shows its own, nearby. */
  declare noDisclaimer: boolean;
  /** For editors: shows "review overdue" when the question's `nextReview` date has passed. Readers never see it otherwise. */
  declare reviewStatus: boolean;
  /** Leaves out the schema.org JSON-LD this element otherwise writes into `document.head` (docs/seo.md). */
  declare noStructuredData: boolean;

  /** What the "Copy link" button last achieved, announced next to it. */
  declare private copyStatus: string;
  /** How many answers are shown: a long list grows by "Show more answers", never all at once. */
  declare private shownAnswers: number;

  readonly #questionFile: QuestionFileController;
  /** What the element needs once its question or problem shows (after-paint.ts, a chunk of its own): loaded at that update. */
  #afterPaint?: typeof AfterPaint;
  #afterPaintLoading?: Promise<void>;
  #deepLink?: DeepLinkController;
  readonly #disclaimer = new DisclaimerController(this);

  constructor() {
    super();
    this.headingLevel = 2;
    this.compact = false;
    this.collapsible = false;
    this.open = false;
    this.noDisclaimer = false;
    this.reviewStatus = false;
    this.noStructuredData = false;
    this.copyStatus = '';
    this.shownAnswers = ANSWERS_PER_STEP;
    // Behaviour, in named controllers, in the order they run after each update.
    // Before the controllers that read `questionData`: a partial index's question comes from its own file.
    this.#questionFile = new QuestionFileController(this, () => (this.feed.state?.status === 'ready' ? this.feed.state.feed : undefined), () => this.question);
    new ReservedSpaceController(this, () => this.feed.state?.status !== 'loading' && this.localize.ready && !this.#questionFile.pending);
  }

  /** With a text copy inside: whether the controller that keeps the reader's place on takeover has arrived (its own chunk). */
  #readingPlace: 'none' | 'loading' | 'ready' = 'none';
  #readingPlaceLoaded?: Promise<void>;

  /**
   * Also waits for the chunk that asks a `<qa-feed>` for its feed, for the reading-place chunk, where the element has a text copy (the update after it replaces
   * the copy), and for the after-paint chunk once the question shows (JSON-LD, `qa-error`, "About this answer").
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.feed.providedLoading) {
      await this.feed.providedLoading; // a <qa-feed>'s feed: the consumer's chunk
      done = await super.getUpdateComplete();
    }
    if (this.#readingPlace === 'loading') {
      await this.#readingPlaceLoaded;
      done = await super.getUpdateComplete();
    }
    if (this.#afterPaintLoading) {
      await this.#afterPaintLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads the after-paint chunk (once) and attaches its controllers; they run after the update it asks for. */
  #loadAfterPaint(): void {
    this.#afterPaintLoading ??= import('./after-paint.js').then(
      (module) => {
        this.#deepLink = module.attachAfterPaint({
          host: this,
          state: () => this.feed.state,
          questionId: () => this.question,
          question: () => this.questionData,
          pending: () => this.#questionFile.pending,
          structuredData: () => !this.noStructuredData && this.isConnected, // not from an element already taken out of the page
          reveal: (index) => {
            if (this.collapsible) this.open = true;
            if (index >= this.shownAnswers) this.shownAnswers = index + 1;
          },
        }).deepLink;
        this.#afterPaint = module;
        this.requestUpdate();
      },
      (error: unknown) => warn('<fertility-question>', `could not load its links, JSON-LD and "About this answer" (${error}).`),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Only a page with a text copy (a snippet, `pages`) needs it; the copy stays on screen until it is here.
    if (this.#readingPlace === 'none' && this.hasFallback) {
      this.#readingPlace = 'loading';
      this.#readingPlaceLoaded = import('./reading-place-controller.js').then(
        ({ ReadingPlaceController }) => {
          new ReadingPlaceController(this, {
            question: () => (this.localize.ready && !this.#questionFile.pending ? this.questionData : undefined),
            showingCopy: () => this.hasFallback && this.renderRoot?.querySelector('slot:not([name])') !== null,
            reveal: (index) => {
              if (this.collapsible) this.open = true; // scrolled into it: never collapse what is being read
              if (index >= this.shownAnswers) this.shownAnswers = index + 1;
            },
          });
          this.#readingPlace = 'ready';
          this.requestUpdate();
        },
        () => {
          this.#readingPlace = 'ready'; // without it, the widget still takes over
          this.requestUpdate();
        },
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('question') || changed.has('organisation')) this.shownAnswers = ANSWERS_PER_STEP;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While the text copy shows (loading, or a failed load), the host takes none of the widget's own text
    // settings (:host([data-fqa-copy]) in the styles): the copy reads as the page styles it, so the
    // upgrade moves nothing (it moved the copy by 33 px on a serif blog at 390 px).
    this.toggleAttribute('data-fqa-copy', this.renderRoot.querySelector('slot:not([name])') !== null);
    if (!this.#loading) this.#loadAfterPaint(); // the question, or its problem, is on screen now
  }

  /** Whether the element is still waiting: for its feed, its language, a question's own file or the reading-place chunk. */
  get #loading(): boolean {
    const state = this.feed.state;
    return !!state && (state.status === 'loading' || !this.localize.ready || this.#questionFile.pending || this.#readingPlace === 'loading');
  }

  /** The question shown, once the feed is ready and holds it (for a split feed's index, once the question's own file is read). */
  get questionData(): Question | undefined {
    const state = this.feed.state;
    return state?.status === 'ready' && this.question ? (this.#questionFile.question ?? state.feed.questionsById.get(this.question.trim())) : undefined;
  }

  /** The link to this question (`#question-id`) on this page. */
  linkTo(id: string): string {
    const url = new URL(location.href);
    url.hash = id;
    return url.href;
  }

  private async copyLink(id: string) {
    const url = this.linkTo(id);
    try {
      await navigator.clipboard.writeText(url);
      this.copyStatus = this.localize.t('linkCopied');
    } catch {
      this.copyStatus = this.localize.t('linkNotCopied', { url });
    }
  }

  private toggle() {
    this.open = !this.open;
    this.dispatchEvent(new QaToggleEvent({ open: this.open }));
  }

  /** Shows the next answers of a long list, and takes the reader (and focus) to the first of them. */
  private showMoreAnswers(from: number) {
    this.shownAnswers = from + ANSWERS_PER_STEP;
    void this.#deepLink?.focusAnswer((answers) => answers[from]);
  }

  /** "Answered by" links: to the answer, in this shadow root (a plain #fragment cannot reach it). */
  private jumpTo(event: Event, answerId: string) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement & { focusAnswer(): void }>(`expert-answer[id="${CSS.escape(answerId)}"]`)?.focusAnswer(); // at once, in the click
  }

  /** A citation in an answer: to its reference. */
  private showReference(event: QaCiteEvent) {
    const reference = this.renderRoot.querySelector<HTMLElement>(`#reference-${event.detail.number}`);
    reference?.scrollIntoView({ block: 'center' });
    reference?.focus({ preventScroll: true });
  }

  /** Whether the element holds fallback content of its own (not only an inline feed). */
  private get hasFallback(): boolean {
    return [...this.children].some((child) => child.localName !== 'script');
  }

  protected override get viewName(): string {
    return `question "${this.question}"`;
  }

  protected override renderView() {
    const state = this.feed.state;
    if (!state) return this.renderMessage(this.localize.t('noFeed'));
    const loading = this.#loading;
    if (loading && this.hasFallback) {
      // The snippet's own text (readable before and without the script) stays until the question is ready.
      return html`<div part="base" aria-busy="true"><slot></slot></div>`;
    }
    if (loading) {
      return html`<div part="base message" class="question placeholder" aria-busy="true" role="status">
        <span class="visually-hidden">${this.localize.t('loading')}</span>
        <div class="bar" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div>
      </div>`;
    }
    const question = this.questionData;
    const id = this.question?.trim();
    if (this.hasFallback && (state.status === 'error' || !question)) {
      // The snippet's own text is never lost: it stays, under a short note with Retry.
      const text = state.status === 'error' ? feedErrorText(state.error, this.localize) : id ? this.localize.t('questionNotFound', { id }) : this.localize.t('noQuestion');
      return html`<div part="base">
        <div part="message" class="message fallback-note" role="status">
          <p>${text}</p>
          <button part="retry" class="retry" type="button" @click=${() => this.feed.retry()}>${this.localize.t('retry')}</button>
        </div>
        <slot></slot>
      </div>`;
    }
    if (state.status === 'error') return renderFeedError(state.error, () => this.feed.retry(), this.localize);
    if (!question) return this.renderMessage(id ? this.localize.t('questionNotFound', { id }) : this.localize.t('noQuestion'));
    return this.renderQuestion(question);
  }

  protected override renderMessage(text: string) {
    return html`<div part="base message" class="message" role="status"><p>${text}</p></div>`;
  }

  private renderQuestion(question: Question) {
    const level = clampHeadingLevel(this.headingLevel, 2);
    const organisation = this.organisation?.trim();
    const answers = organisation ? question.answers.filter((answer) => answer.expert.organisation === organisation) : question.answers;
    const shown = answers.slice(0, this.shownAnswers);
    const t = this.localize;
    const date = question.reviewed ?? question.published;
    // The feed's own language on its text, where it is not the widget's (an English feed on an Arabic page).
    const state = this.feed.state;
    const textLang = feedTextLanguage(state?.status === 'ready' ? state.feed.language : undefined, t.lang);
    // Another question right before this one (stacked in a post): keep them apart.
    const stacked = this.previousElementSibling?.localName === this.localName;
    return html`
      <section part="base" class=${stacked ? 'question stacked' : 'question'} aria-label=${this.compact ? question.title : nothing} aria-labelledby=${this.compact ? nothing : 'title'}>
        ${this.compact
          ? nothing
          : html`<p part="category" class="category">${categoryName(question.category, t.lang)}</p>
              ${heading(
                level,
                { id: 'title', part: 'title', className: 'title' },
                this.collapsible
                  ? html`<button
                      part="toggle"
                      class="toggle"
                      type="button"
                      aria-expanded=${this.open ? 'true' : 'false'}
                      aria-controls="body"
                      @click=${this.toggle}
                    >
                      <span class="chevron" aria-hidden="true"></span><span lang=${textLang ?? nothing} dir="auto">${question.title}</span>
                    </button>`
                  : html`<span lang=${textLang ?? nothing} dir="auto">${question.title}</span>`,
              )}`}
        ${question.urgent
          ? html`<div part="urgent" class="urgent" role="alert">
              <strong class="urgent-heading">${t.t('urgentHeading')}:</strong>
              <span lang=${textLang ?? nothing} dir="auto">${question.urgent}</span>
            </div>`
          : nothing}
        <div id="body" class="body" ?hidden=${this.collapsible && !this.open && !this.compact}>
          <p part="meta" class="meta">
            ${t.t('expertsAnswered', { count: answers.length })}${date
              ? html`\u00a0· ${t.t(question.reviewed ? 'reviewedShort' : 'published')} <time datetime=${date}>${t.date(date, 'medium')}</time>`
              : nothing}
          </p>
          ${question.summary
            ? html`<p part="summary" class="summary" lang=${textLang ?? nothing} dir="auto">${question.summary}</p>`
            : nothing}
          ${renderStaleNote(this.feed.state, t)}
          ${answers.length === 0 && organisation
            ? html`<p part="message" class="message">${t.t('noAnswersFromOrganisation', { organisation })}</p>`
            : nothing}
          <div part="answers" @qa-cite=${this.showReference}>
            ${shown.map(
              (answer) => html`<expert-answer
                part="answer"
                id=${answer.id}
                .answer=${answer}
                .referenceCount=${question.references.length}
                .textLang=${textLang}
                heading-level=${Math.min(level + 1, 6)}
                question-title=${question.title}
              ></expert-answer>`,
            )}
          </div>
          ${answers.length > shown.length
            ? html`<button part="more-answers" class="more" type="button" @click=${() => this.showMoreAnswers(shown.length)}>
                ${t.t('moreAnswers', { shown: shown.length, total: answers.length })}
              </button>`
            : nothing}
          ${question.references.length ? this.renderReferences(question, level) : nothing}
          <footer class="footer">
            <details part="about" class="about disclosure">
              <summary>${t.t('aboutAnswer')}</summary>
              ${this.#afterPaint?.renderAbout({ t, question, answers, shown, copyStatus: this.copyStatus, copyLink: (id) => this.copyLink(id), jumpTo: (event, id) => this.jumpTo(event, id) })}
            </details>
            ${this.reviewStatus && this.#afterPaint ? this.#afterPaint.renderOverdue(question, t) : nothing}
            ${this.#disclaimer.shown
              ? html`<div part="disclaimer" class="disclaimer"><slot name="disclaimer">${t.t('disclaimer')}</slot></div>`
              : nothing}
          </footer>
        </div>
      </section>
    `;
  }

  private renderReferences(question: Question, level: number) {
    return html`<section part="references" class="references" aria-labelledby="references-heading">
      ${heading(Math.min(level + 1, 6), { id: 'references-heading', className: 'references-heading' }, this.localize.t('references'))}
      <ol>
        ${question.references.map(
          (reference, index) => html`<li id=${`reference-${index + 1}`} tabindex="-1" dir="auto">
            ${reference.url ? html`<a href=${reference.url} rel="noopener noreferrer">${reference.title}</a>` : reference.title}
            ${reference.pmid
              ? html` · <a href=${`https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`} rel="noopener noreferrer">PMID ${reference.pmid}</a>`
              : nothing}
            ${reference.doi ? html` · <a href=${`https://doi.org/${reference.doi}`} rel="noopener noreferrer">doi:${reference.doi}</a>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fertility-question': FertilityQuestion;
  }
}
