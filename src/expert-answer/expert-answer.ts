import { LitElement, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { renderAnswerText, type Citations } from '../feed/answer-text.js';
import { closestAcross } from '../shared/dom.js';
import { onVideoConsentChange, videoConsentGranted } from '../shared/video-consent.js';
import { isYouTubeId, safeHttpUrl } from '../feed/safe-url.js';
import { loadableImageUrl } from '../feed/image-host.js';
import type { Expert, Video } from '../feed/types.js';
import { warn } from '../feed/load.js';
import { LocalizeController, stringsConverter } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
export type { Messages } from '../i18n/messages.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { HostLookController } from '../styles/host-look.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { expertAnswerStyles } from './expert-answer.styles.js';
import { initials, shortCredentials } from './byline.js';
import type * as VideoPanel from './video-panel.js';
import { VERSION } from '../version.js';
import { QaCiteEvent, QaVideoPlayEvent } from '../events.js';
export { QaCiteEvent, QaVideoPlayEvent } from '../events.js';

/** The video panel (`video-panel.ts`): a chunk of its own, loaded by the first answer with a video. */
let videoPanel: typeof VideoPanel | undefined;
let videoPanelLoading: Promise<typeof VideoPanel> | undefined;
const loadVideoPanel = () =>
  (videoPanelLoading ??= import('./video-panel.js').then((module) => (videoPanel = module)));

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
 * @csspart expert-photo - The expert's photo (when the feed gives one and it loads).
 * @csspart expert-initials - The expert's initials in a circle, in place of a photo (none given, or it failed to load).
 * @csspart answer-from - "Answer from", before the expert's name.
 * @csspart expert-name - The expert's name (a heading).
 * @csspart expert-credentials-short - Short credentials after the name ("MD, FRCOG"); longer ones are only in "About this expert".
 * @csspart expert-details - Under the name: "role · organisation".
 * @csspart expert-role - The expert's role.
 * @csspart about-expert - The "About this expert" disclosure (the full profile): credentials, registration, declared interests.
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
    textLang: { attribute: false },
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

  /** The feed's language, where it is not the widget's: written as `lang` on the answer's text and details. Set by `<fertility-question>`. */
  declare textLang: string | undefined;

  private readonly localize = new LocalizeController(this);
  private stopListening?: () => void;

  /** Whether the reader has started the video (the player replaces the facade). */
  private videoStarted = false;
  /** The video panel's chunk while it loads (`updateComplete` waits for it). */
  private videoLoading?: Promise<unknown>;
  /** Whether the video styles are in this shadow root yet. */
  private videoStyled = false;
  /** The photo address that failed to load, if one did. */
  private failedPhoto?: string;

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
  /** Also waits for the video panel, when this answer has a video and its chunk is still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.videoLoading) {
      await this.videoLoading.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
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
    // Shown as the page loads: never from a video host (an `answer` set by a page is not validated), and while the
    // page waits for consent, only from its own origin. A photo that fails to load gives way to the initials.
    const photo = loadableImageUrl(expert.photoUrl, this.waitingForConsent);
    const photoUrl = photo && photo !== this.failedPhoto ? photo : undefined;
    // As the seed's "Answer from:": the name with short credentials, then role · clinic. The rest is one press away.
    const details = [
      [expert.role, 'expert-role'],
      [expert.organisation, 'expert-organisation'],
    ].filter(([value]) => value);
    const credentials = shortCredentials(expert.credentials);
    const more = expert.credentials || expert.registration || expert.conflictOfInterest;
    return html`
      <article part="base" aria-labelledby="answer-from expert-name" tabindex="-1" @click=${this.onCitationClick}>
        <header part="header">
          ${photoUrl
            ? html`<img part="expert-photo" class="photo" src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" width="44" height="44" @error=${() => this.photoFailed(photoUrl)} />`
            : html`<span part="expert-initials" class="photo initials" aria-hidden="true">${initials(expert.name)}</span>`}
          <div class="name-line">
            <span id="answer-from" part="answer-from" class="answer-from">${t.t('answerFrom')}</span>
            <!-- The name and its credentials, one run in the feed's direction: "Dr Ada Example, MD" on an Arabic page too. -->
            <span lang=${this.textLang ?? nothing} dir="auto"
              >${heading(
                clampHeadingLevel(this.headingLevel, 3),
                { id: 'expert-name', part: 'expert-name', className: 'name' },
                profileUrl ? html`<a href=${profileUrl} rel="noopener noreferrer">${expert.name}</a>` : expert.name,
              )}${credentials ? html`<span part="expert-credentials-short" class="credentials">, <bdi>${credentials}</bdi></span>` : nothing}</span
            >
          </div>
          ${details.length
            ? html`<p class="details" part="expert-details" lang=${this.textLang ?? nothing} dir="auto">${details.map(([value, part]) => html`<span part=${part!}>${value}</span>`)}</p>`
            : nothing}
        </header>
        ${answer.text !== undefined
          ? html`<div class="text" part="text" lang=${this.textLang ?? nothing} dir="auto">${renderAnswerText(answer.text, this.citations)}</div>`
          : html`<div class="text" part="text"><slot></slot></div>`}
        ${answer.video ? this.renderVideo(answer.video, expert, photoUrl) : nothing}
        ${more
          ? html`<details part="about-expert" class="about disclosure">
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

  /** A photo that failed to load: the initials take its place (and the video panel's). */
  private photoFailed(url: string) {
    this.failedPhoto = url;
    this.requestUpdate();
  }

  /**
   * The video area, from the video panel chunk. The first time, while the chunk loads,
   * an empty `part="video"` box holds its place; then the element renders again.
   */
  private renderVideo(video: Video, expert: Expert, photoUrl: string | undefined) {
    if (!videoPanel) {
      this.videoLoading ??= loadVideoPanel().then(
        () => {
          this.videoLoading = undefined;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.videoLoading = undefined;
          warn('<expert-answer>', `the video panel could not be loaded (${error}); the video is not shown.`);
        },
      );
      return html`<div class="video" part="video"></div>`;
    }
    if (!this.videoStyled) {
      this.videoStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, videoPanel.videoStyles);
    }
    return videoPanel.renderVideo(
      { t: this.localize, questionTitle: this.questionTitle, started: this.videoStarted, waiting: !this.videoStarted && this.waitingForConsent, start: this.startVideo },
      video,
      expert,
      photoUrl,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expert-answer': ExpertAnswer;
  }
}

/** Adds a style sheet to a shadow root after its first render (as Lit does for `static styles`: adopted, or a `<style>`). */
function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  else {
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) style.setAttribute('nonce', nonce);
    style.textContent = styles.cssText;
    root.appendChild(style);
  }
}
