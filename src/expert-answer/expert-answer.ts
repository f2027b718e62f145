import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { renderAnswerText, type Citations } from '../feed/answer-text.js';
import { closestAcross } from '../shared/dom.js';
import { onVideoConsentChange, videoConsentGranted } from '../shared/video-consent.js';
import { isYouTubeId, safeHttpUrl } from '../feed/safe-url.js';
import type { Expert, Video } from '../feed/types.js';
import { warn } from '../feed/load.js';
import { LocalizeController, stringsConverter } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
export type { Messages } from '../i18n/messages.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { expertAnswerStyles } from './expert-answer.styles.js';
import { VERSION } from '../version.js';
import { QaCiteEvent, QaVideoPlayEvent } from '../events.js';
export { QaCiteEvent, QaVideoPlayEvent } from '../events.js';

/** The data `<expert-answer>` shows; a validated feed answer fits it. */
export interface AnswerData {
  expert: Expert;
  /** Answer text in the feed's safe markup subset. */
  text?: string;
  video?: Video;
}

/**
 * One expert's answer: who they are, the answer text, and a video where there
 * is one. Takes its data from the `answer` property (as `<fertility-question>`
 * does), or from attributes plus the answer text as child content, so a CMS
 * snippet reads well even before (or without) the script.
 *
 * The video is a facade: nothing is requested from YouTube until the reader
 * presses play; then a youtube-nocookie.com player replaces it.
 *
 * @tagname expert-answer
 * @summary One expert's answer, with an optional privacy-friendly video.
 *
 * @slot - The answer text, when the `answer` property gives none.
 *
 * @csspart base - The answer's `<article>`.
 * @csspart header - The expert's photo, name and details.
 * @csspart expert-photo - The expert's photo (only when the feed gives one).
 * @csspart expert-name - The expert's name (a heading).
 * @csspart expert-details - Role, credentials and organisation.
 * @csspart expert-role - The expert's role.
 * @csspart expert-credentials - The expert's credentials.
 * @csspart expert-registration - The expert's professional registration.
 * @csspart expert-organisation - The expert's clinic or organisation.
 * @csspart expert-interests - The expert's declared conflicts of interest.
 * @csspart citation - A citation ("[2]") in the answer text.
 * @csspart transcript - The disclosure with the video's transcript.
 * @csspart video-consent - The notice shown instead of the play button until videos are allowed.
 * @csspart text - The answer text.
 * @csspart video - The video area (facade or player, and the YouTube link).
 * @csspart video-facade - The play button shown before the video loads.
 * @csspart video-frame - The YouTube player, once started.
 * @csspart video-link - The "Watch on YouTube" link.
 *
 * @attr theme - A colour scheme (`light`, `dark`, `auto`) and/or a preset (`calm`, `warm`, `contrast`). Without it, the widget takes the page's colours.
 *
 * @cssprop --fqa-color-accent - Links, focus ring. Default: the browser's link colour.
 * @cssprop --fqa-color-text - Text colour. Default: inherited from the page.
 * @cssprop --fqa-color-muted - Secondary text (expert details).
 * @cssprop --fqa-color-border - Separator lines.
 * @cssprop --fqa-radius - Corner radius of the video.
 * @cssprop --fqa-space - Base spacing unit. Default: 1rem.
 * @cssprop --fqa-font-family - Font. Default: inherited from the page.
 * @cssprop --fqa-font-size - Base font size. Default: 1rem.
 * @cssprop --fqa-focus-ring - Focus outline. Default: 3px solid accent.
 *
 * @fires {QaVideoPlayEvent} qa-video-play - The reader started the video. `detail: { youtubeId, expert }`.
 * @fires {QaCiteEvent} qa-cite - The reader followed a citation in the text. `detail: { number }`.
 */
export class ExpertAnswer extends LitElement {
  /** The fertility-qa version this element comes from (as in package.json). */
  static readonly version = VERSION;

  static override styles = [sharedStyles, expertAnswerStyles];

  static override properties = {
    answer: { attribute: false },
    expertName: { attribute: 'expert-name' },
    expertRole: { attribute: 'expert-role' },
    expertCredentials: { attribute: 'expert-credentials' },
    expertOrganisation: { attribute: 'expert-organisation' },
    videoId: { attribute: 'video-id' },
    videoTitle: { attribute: 'video-title' },
    questionTitle: { attribute: 'question-title' },
    headingLevel: { attribute: 'heading-level', type: Number },
    strings: { converter: stringsConverter },
    referenceCount: { attribute: false },
  };

  /** The answer to show. When set, it takes precedence over the attributes. */
  declare answer: AnswerData | undefined;
  /** The expert's name, when the answer is given by attributes. */
  declare expertName: string | undefined;
  /** The expert's role, e.g. "Fertility nurse specialist". */
  declare expertRole: string | undefined;
  /** The expert's credentials, e.g. "RN, MSc". */
  declare expertCredentials: string | undefined;
  /** The expert's clinic or organisation. */
  declare expertOrganisation: string | undefined;
  /** An 11-character YouTube video id for a video answer. */
  declare videoId: string | undefined;
  /** A short title of the video. */
  declare videoTitle: string | undefined;
  /** The question this answers; used to name the video for screen readers. */
  declare questionTitle: string | undefined;
  /** Heading level (1–6) of the expert's name. Default 3. */
  declare headingLevel: number;
  /**
   * The page's own wording for any message, as an object (property) or JSON
   * (attribute), e.g. `{"retry": "Reload"}`. Keys: see the locale tables in `src/i18n/`.
   */
  declare strings: Partial<Messages> | undefined;

  /** How many references the question has: "[2]" in the text links to reference 2. Set by `<fertility-question>`. */
  declare referenceCount: number;

  private readonly localize = new LocalizeController(this);
  private stopListening?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onVideoConsentChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /** Moves focus to this answer (used by "Answered by" links). */
  focusAnswer(): void {
    const article = this.renderRoot.querySelector<HTMLElement>('article');
    article?.scrollIntoView({ block: 'start' });
    article?.focus({ preventScroll: true });
  }

  private get citations(): Citations | undefined {
    return this.referenceCount > 0 ? { count: this.referenceCount, label: (number) => this.localize.t('citation', { number }) } : undefined;
  }

  /** A citation asks the question to show its reference (which lives in the question's shadow root). */
  private onCitationClick(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest?.('a.cite') as HTMLAnchorElement | null;
    if (!link) return;
    event.preventDefault();
    this.dispatchEvent(new QaCiteEvent({ number: Number(link.dataset.cite) }));
  }

  /** Whether this page makes videos wait for consent that has not been given. */
  private get waitingForConsent(): boolean {
    return !videoConsentGranted() && closestAcross(this, '[video-consent="required"]') !== null;
  }
  /** Whether the reader has started the video (the player replaces the facade). */
  private videoStarted = false;

  constructor() {
    super();
    this.headingLevel = 3;
    this.referenceCount = 0;
  }

  /** The answer being shown: the property, or one built from the attributes. */
  private get shown(): AnswerData | undefined {
    if (this.answer) return this.answer;
    const name = this.expertName?.trim();
    if (!name) return undefined;
    const expert: Expert = { id: '', name };
    if (this.expertRole) expert.role = this.expertRole;
    if (this.expertCredentials) expert.credentials = this.expertCredentials;
    if (this.expertOrganisation) expert.organisation = this.expertOrganisation;
    const data: AnswerData = { expert };
    if (isYouTubeId(this.videoId)) {
      data.video = this.videoTitle ? { youtubeId: this.videoId, title: this.videoTitle } : { youtubeId: this.videoId };
    }
    return data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('videoId') && this.videoId && !isYouTubeId(this.videoId)) {
      warn('<expert-answer>', `video-id: "${String(this.videoId).slice(0, 40)}" is not an 11-character YouTube video id; the video is not shown.`);
    }
    const previousVideo = changed.has('answer') ? (changed.get('answer') as AnswerData | undefined)?.video : undefined;
    if ((changed.has('answer') && previousVideo?.youtubeId !== this.answer?.video?.youtubeId) || changed.has('videoId')) {
      this.videoStarted = false;
    }
  }

  protected override render() {
    const answer = this.shown;
    if (!answer) return html`<slot></slot>`;
    const { expert } = answer;
    const profileUrl = safeHttpUrl(expert.profileUrl);
    const photoUrl = safeHttpUrl(expert.photoUrl);
    const details = [
      [expert.role, 'expert-role'],
      [expert.credentials, 'expert-credentials'],
      [expert.registration, 'expert-registration'],
      [expert.organisation, 'expert-organisation'],
    ].filter(([value]) => value);
    return html`
      <article part="base" aria-labelledby="expert-name" tabindex="-1" @click=${this.onCitationClick}>
        <header part="header">
          ${photoUrl
            ? html`<img part="expert-photo" class="photo" src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" width="48" height="48" />`
            : nothing}
          <div>
            ${heading(
              clampHeadingLevel(this.headingLevel, 3),
              { id: 'expert-name', part: 'expert-name', className: 'name' },
              profileUrl ? html`<a href=${profileUrl} rel="noopener noreferrer">${expert.name}</a>` : expert.name,
            )}
            ${details.length
              ? html`<p class="details" part="expert-details">${details.map(([value, part]) => html`<span part=${part!}>${value}</span>`)}</p>`
              : nothing}
            ${expert.conflictOfInterest
              ? html`<p class="coi" part="expert-interests"><span class="coi-label">${this.localize.t('declaredInterests')}:</span> ${expert.conflictOfInterest}</p>`
              : nothing}
          </div>
        </header>
        ${answer.text !== undefined
          ? html`<div class="text" part="text" dir="auto">${renderAnswerText(answer.text, this.citations)}</div>`
          : html`<div class="text" part="text"><slot></slot></div>`}
        ${answer.video ? this.renderVideo(answer.video, expert.name) : nothing}
      </article>
    `;
  }

  private renderVideo(video: Video, expertName: string) {
    const question = this.questionTitle?.trim() || video.title;
    const id = encodeURIComponent(video.youtubeId);
    const waiting = !this.videoStarted && this.waitingForConsent;
    return html`
      <div class="video" part="video">
        <div class="frame">
          ${waiting
            ? html`<div part="video-consent" class="facade consent" role="note">
                <span class="play" aria-hidden="true"><svg viewBox="0 0 24 24" focusable="false"><path d="M8 5v14l11-7z" /></svg></span>
                <p>${this.localize.t('videoConsentNeeded')}</p>
              </div>`
            : this.videoStarted
            ? html`<iframe
                part="video-frame"
                src=${`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
                title=${question ? this.localize.t('videoFrameTitle', { expert: expertName, question }) : this.localize.t('videoFrameTitleNoQuestion', { expert: expertName })}
                allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                allowfullscreen
                referrerpolicy="strict-origin-when-cross-origin"
              ></iframe>`
            : html`<button
                part="video-facade"
                class="facade"
                type="button"
                aria-describedby="video-note"
                @click=${this.startVideo}
              >
                <span class="play" aria-hidden="true"><svg viewBox="0 0 24 24" focusable="false"><path d="M8 5v14l11-7z" /></svg></span>
                <span class="facade-label"
                  >${this.localize.t('playVideo')}<span class="visually-hidden"
                    >${question
                      ? this.localize.t('playVideoContext', { expert: expertName, question })
                      : this.localize.t('playVideoContextNoQuestion', { expert: expertName })}</span
                  ></span
                >
              </button>`}
        </div>
        ${this.videoStarted || waiting ? nothing : html`<p id="video-note" class="facade-note">${this.localize.t('videoHostNote')}</p>`}
        ${video.transcript
          ? html`<details part="transcript" class="transcript" ?open=${waiting}>
              <summary>${this.localize.t('transcript')}</summary>
              <div dir="auto">${renderAnswerText(video.transcript)}</div>
            </details>`
          : nothing}
        <a part="video-link" class="watch" href=${`https://www.youtube.com/watch?v=${id}`} target="_blank" rel="noopener noreferrer"
          >${this.localize.t('watchOnYouTube')}<span class="visually-hidden"> ${this.localize.t('opensInNewTab')}</span></a
        >
      </div>
    `;
  }

  private async startVideo() {
    const video = this.shown?.video;
    if (!video || this.waitingForConsent) return;
    this.videoStarted = true;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector('iframe')?.focus();
    this.dispatchEvent(new QaVideoPlayEvent({ youtubeId: video.youtubeId, expert: this.shown?.expert.name ?? '' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expert-answer': ExpertAnswer;
  }
}
