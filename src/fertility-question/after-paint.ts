import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Answer, Question } from '../feed/types.js';
import type { FeedState } from '../feed/feed-state.js';
import { addEnglish, type LocalizeController } from '../i18n/localize.js';
import { enAbout } from '../i18n/en-about.js';
import { StructuredDataController } from '../seo/structured-data-controller.js';
import { DeepLinkController } from './deep-link-controller.js';
import { ErrorReportController } from './error-report-controller.js';
import { ReviewController, isReviewOverdue } from './review-controller.js';

/**
 * What `<fertility-question>` needs only once its question (or its problem) is on
 * screen: a chunk of its own, so the bytes before the first answer are the answer's.
 * The schema.org JSON-LD, deep links, `qa-error` and the review warning (controllers),
 * the contents of "About this answer" (who answered, review dates, Copy link; the
 * closed disclosure itself is drawn at once, so nothing moves when they arrive) and
 * the editors' "review overdue" note; and their English words.
 */
addEnglish(enAbout);

/** What the element gives the chunk's controllers. */
export interface AfterPaintHost {
  host: ReactiveElement;
  state(): FeedState | undefined;
  questionId(): string | undefined;
  question(): Question | undefined;
  /** Whether the question is still being read from its own file (a partial index). */
  pending(): boolean;
  /** Whether the JSON-LD belongs in the head (not with `no-structured-data`, not once out of the page). */
  structuredData(): boolean;
  /** Makes the answer at `index` (or, with -1, the question's answers) visible. */
  reveal(index: number): void;
}

/** The chunk's controllers, attached to the element in the order they run after each update. */
export function attachAfterPaint(options: AfterPaintHost): { deepLink: DeepLinkController } {
  const { host } = options;
  new ErrorReportController(host, { state: options.state, questionId: options.questionId, question: options.question, pending: options.pending });
  new StructuredDataController(host, () => (options.structuredData() ? options.question() : undefined));
  const deepLink = new DeepLinkController(host, { question: options.question, reveal: options.reveal });
  new ReviewController(host, options.question, () => options.state()?.source ?? '<fertility-question>');
  return { deepLink };
}

/** What "About this answer" shows, and what its links and buttons do. */
export interface AboutView {
  t: LocalizeController;
  question: Question;
  answers: readonly Answer[];
  shown: readonly Answer[];
  copyStatus: string;
  copyLink(id: string): void;
  jumpTo(event: Event, answerId: string): void;
}

/** The contents of "About this answer": who answered (links to their answers), review dates, Copy link. */
export function renderAbout(view: AboutView): TemplateResult {
  const { t, question, answers, shown } = view;
  return html`${answers.length
      ? html`<p>
          ${t.t('answeredBy')}:
          <span class="experts"
            >${shown.map(
              (answer, index) =>
                html`${index ? ', ' : ''}<a part="expert-link" href=${`#${answer.id}`} @click=${(event: Event) => view.jumpTo(event, answer.id)}
                    ><bdi>${answer.expert.name}</bdi></a
                  >`,
            )}${answers.length > shown.length ? ` ${t.t('andMore', { count: answers.length - shown.length })}` : ''}</span
          >
        </p>`
      : nothing}
    ${renderReview(question, t)}
    <p>
      <button part="copy-link" class="link-button" type="button" @click=${() => view.copyLink(question.id)}>${t.t('copyLink')}</button>
      <span class="copied" role="status">${view.copyStatus}</span>
    </p>`;
}

/** "Last reviewed … by … · Next review due …" (NHS: "Page last reviewed / Next review due"); the reviewer's name in a `<bdi>`. */
function renderReview(question: Question, t: LocalizeController) {
  const date = (iso: string) => html`<time datetime=${iso}>${t.date(iso)}</time>`;
  const overdue = isReviewOverdue(question);
  return html`<p>
    ${question.reviewed
      ? html`<span class="fact"
          >${t.t('reviewed')} ${date(question.reviewed)}${question.reviewedBy ? html` ${t.isolated('reviewedBy', { name: question.reviewedBy.name })}` : nothing}</span
        >`
      : question.published
        ? html`<span class="fact">${t.t('published')} ${date(question.published)}</span>`
        : nothing}
    ${question.nextReview && !overdue ? html`<span class="fact">${t.t('nextReview')} ${date(question.nextReview)}</span>` : nothing}
  </p>`;
}

/** For editors who ask (`review-status`): "review overdue", in view. */
export function renderOverdue(question: Question, t: LocalizeController): TemplateResult | typeof nothing {
  return isReviewOverdue(question) ? html`<p part="review-overdue" class="note">${t.t('reviewOverdue', { date: t.date(question.nextReview!) })}</p>` : nothing;
}
