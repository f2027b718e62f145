import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { renderAnswerText, type Citations } from '../feed/answer-text.js';
import { closestAcross } from '../shared/dom.js';
import { onVideoConsentChange, videoConsentGranted } from '../shared/video-consent.js';
import { isYouTubeId, safeHttpUrl } from '../feed/safe-url.js';
import type { Expert, Video } from '../feed/types.js';
import { warn } from '../feed/load.js';
import { durationSeconds } from '../feed/validate.js';
import { LocalizeController, stringsConverter } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
export type { Messages } from '../i18n/messages.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { HostLookController } from '../styles/host-look.js';
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
 * @csspart expert-details - Under the name: "role · organisation".
 * @csspart expert-role - The expert's role.
 * @csspart about-expert - The "About this expert" disclosure: credentials, registration, declared interests.
 * @csspart expert-credentials - The expert's credentials (in "About this expert").
 * @csspart expert-registration - The expert's professional registration (in "About this expert").
 * @csspart expert-organisation - The expert's clinic or organisation.
 * @csspart expert-interests - The expert's declared conflicts of interest (in "About this expert").
 * @csspart citation - A citation ("[2]") in the answer text.
 * @csspart transcript - The disclosure with the video's transcript.
 * @csspart video-consent - The notice (and a "Watch on YouTube" link) shown instead of the play button until videos are allowed.
 * @csspart text - The answer text.
 * @csspart video - The video area (facade or player, and the YouTube link).
 * @csspart video-facade - The play button shown before the video loads: the poster, or a panel with the expert, the title and the length.
 * @csspart video-poster - The feed's poster image on the play button (\`video.poster\`).
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

  /** Whether the reader has started the video (the player replaces the facade). */
  private videoStarted = false;

  constructor() {
    super();
    new HostLookController(this);
    this.headingLevel = 3;
    this.referenceCount = 0;
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onVideoConsentChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
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

  // Public methods

  /** Moves focus to this answer (used by "Answered by" links). */
  focusAnswer(): void {
    const article = this.renderRoot.querySelector<HTMLElement>('article');
    article?.scrollIntoView({ block: 'start' });
    article?.focus({ preventScroll: true });
  }

  // Handlers

  /** A citation asks the question to show its reference (which lives in the question's shadow root). */
  private onCitationClick(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest?.('a.cite') as HTMLAnchorElement | null;
    if (!link) return;
    event.preventDefault();
    this.dispatchEvent(new QaCiteEvent({ number: Number(link.dataset.cite) }));
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

  // Helpers

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

  private get citations(): Citations | undefined {
    return this.referenceCount > 0 ? { count: this.referenceCount, label: (number) => this.localize.t('citation', { number }) } : undefined;
  }

  /** Whether this page makes videos wait for consent that has not been given. */
  private get waitingForConsent(): boolean {
    return !videoConsentGranted() && closestAcross(this, '[video-consent="required"]') !== null;
  }

  // Render

  protected override render() {
    const answer = this.shown;
    if (!answer) return html`<slot></slot>`;
    const { expert } = answer;
    const t = this.localize;
    const profileUrl = safeHttpUrl(expert.profileUrl);
    const photoUrl = safeHttpUrl(expert.photoUrl);
    // Under the name, as the seed's "Answer from:": role · clinic. The rest is one press away.
    const details = [
      [expert.role, 'expert-role'],
      [expert.organisation, 'expert-organisation'],
    ].filter(([value]) => value);
    const more = expert.credentials || expert.registration || expert.conflictOfInterest;
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
          </div>
        </header>
        ${answer.text !== undefined
          ? html`<div class="text" part="text" dir="auto">${renderAnswerText(answer.text, this.citations)}</div>`
          : html`<div class="text" part="text"><slot></slot></div>`}
        ${answer.video ? this.renderVideo(answer.video, expert, photoUrl) : nothing}
        ${more
          ? html`<details part="about-expert" class="about">
              <summary>${t.t('aboutExpert')}</summary>
              ${expert.credentials ? html`<p part="expert-credentials">${expert.credentials}</p>` : nothing}
              ${expert.registration ? html`<p part="expert-registration">${expert.registration}</p>` : nothing}
              ${expert.conflictOfInterest
                ? html`<p part="expert-interests"><span class="coi-label">${t.t('declaredInterests')}:</span> ${expert.conflictOfInterest}</p>`
                : nothing}
            </details>`
          : nothing}
      </article>
    `;
  }

  private renderVideo(video: Video, expert: Expert, photoUrl: string | undefined) {
    const t = this.localize;
    const expertName = expert.name;
    const question = this.questionTitle?.trim() || video.title;
    const title = video.title || question;
    const id = encodeURIComponent(video.youtubeId);
    const waiting = !this.videoStarted && this.waitingForConsent;
    const seconds = durationSeconds(video.duration);
    const poster = video.poster && safeHttpUrl(video.poster);
    const watch = html`<a part="video-link" class="watch" href=${`https://www.youtube.com/watch?v=${id}`} target="_blank" rel="noopener noreferrer"
      >${t.t('watchOnYouTube')}<span class="visually-hidden"> ${t.t('opensInNewTab')}</span></a
    >`;
    return html`
      <div class="video" part="video">
        ${waiting
          ? html`<div part="video-consent" class="consent" role="note">
              <p>${t.t('videoConsentNeeded')}</p>
              ${watch}
            </div>`
          : html`<div class="frame">
              ${this.videoStarted
                ? html`<iframe
                    part="video-frame"
                    src=${`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
                    title=${question ? t.t('videoFrameTitle', { expert: expertName, question }) : t.t('videoFrameTitleNoQuestion', { expert: expertName })}
                    allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                    allowfullscreen
                    referrerpolicy="strict-origin-when-cross-origin"
                  ></iframe>`
                : html`<button part="video-facade" class="facade" type="button" aria-describedby="video-note" @click=${this.startVideo}>
                    <span class="visually-hidden"
                      >${t.t('playVideo')}${title ? `: ${title}` : ''}${seconds === undefined ? '' : `, ${formatDuration(seconds, t.lang, 'long')}`}, ${t.t('videoBy', {
                        expert: expertName,
                      })}</span
                    >
                    ${poster
                      ? html`<img part="video-poster" class="poster" src=${poster} alt="" loading="lazy" referrerpolicy="no-referrer" />`
                      : photoUrl
                        ? html`<img class="panel-photo" src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" />`
                        : html`<span class="panel-photo" aria-hidden="true">${initials(expertName)}</span>`}
                    ${title && !poster ? html`<span class="panel-title" aria-hidden="true">${title}</span>` : nothing}
                    <span class="bar" aria-hidden="true"
                      ><span class="play"><svg viewBox="0 0 24 24" focusable="false"><path d="M8 5v14l11-7z" /></svg></span
                      ><span class="facade-label">${t.t('playVideo')}</span></span
                    >
                    ${seconds === undefined ? nothing : html`<span class="length" aria-hidden="true">${formatDuration(seconds, t.lang)}</span>`}
                  </button>`}
            </div>`}
        ${this.videoStarted || waiting ? nothing : html`<p id="video-note" class="facade-note">${t.t('videoHostNote')}</p>`}
        ${video.transcript
          ? html`<details part="transcript" class="transcript" ?open=${waiting}>
              <summary>${t.t('transcript')}</summary>
              <div dir="auto">${renderAnswerText(video.transcript)}</div>
            </details>`
          : nothing}
        ${waiting ? nothing : watch}
      </div>
    `;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'expert-answer': ExpertAnswer;
  }
}

/** "Dr Ada Example" → "AE": the expert's initials, for a video panel without a photo. */
function initials(name: string): string {
  const words = name.replace(/\(.*?\)/g, '').split(/\s+/).filter((word) => /^\p{L}/u.test(word) && !/^(dr|prof)\.?$/i.test(word));
  return [words[0], words.length > 1 ? words[words.length - 1] : undefined].map((word) => word?.[0] ?? '').join('').toUpperCase();
}

/** A length as "3:20" (shown), or in words, "3 minutes, 20 seconds" (for screen readers), in the reader's language. */
function formatDuration(total: number, language: string, style?: 'long'): string {
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const Format = (Intl as unknown as { DurationFormat?: new (lang: string, options: object) => { format(value: object): string } }).DurationFormat;
  if (style && Format) {
    try {
      return new Format(language, { style }).format({ hours, minutes, seconds });
    } catch {
      // an unknown language: the digits below
    }
  }
  return `${hours ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes}:${String(seconds).padStart(2, '0')}`;
}
