import { html, nothing } from 'lit';
import { renderAnswerText } from '../feed/answer-text.js';
import type { Expert, Video } from '../feed/types.js';
import { durationSeconds } from '../feed/duration.js';
import { safeImageUrl } from '../feed/image-host.js';
import { addEnglish, type LocalizeController } from '../i18n/localize.js';
import { enVideo } from '../i18n/en-video.js';
import { initials } from './byline.js';
export { videoStyles } from './video-panel.styles.js';

/**
 * The video area of `<expert-answer>`, a chunk of its own (issue 16): most answers
 * have no video, so most pages never download it. `<expert-answer>` imports it when
 * it first shows an answer with a video, and awaits it in `updateComplete`. Its English
 * words come with it.
 */
addEnglish(enVideo);

/** What the panel needs from its `<expert-answer>`. */
export interface VideoView {
  t: LocalizeController;
  /** The question the video answers (names the player for screen readers). */
  questionTitle: string | undefined;
  /** Whether the reader has started the video (the player replaces the facade). */
  started: boolean;
  /** Whether the page makes videos wait for consent that has not been given. */
  waiting: boolean;
  /** The play button's handler (Lit calls it with the element as `this`). */
  start: (event: Event) => void;
}

/** The facade (or the player, or the consent notice), the host note, the transcript and the YouTube link. */
export function renderVideo(view: VideoView, video: Video, expert: Expert, photoUrl: string | undefined) {
  const { t, started, waiting } = view;
  const expertName = expert.name;
  const question = view.questionTitle?.trim() || video.title;
  const title = video.title || question;
  const id = encodeURIComponent(video.youtubeId);
  const seconds = durationSeconds(video.duration);
  const poster = safeImageUrl(video.poster);
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
            ${started
              ? html`<iframe
                  part="video-frame"
                  src=${`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
                  title=${question ? t.t('videoFrameTitle', { expert: expertName, question }) : t.t('videoFrameTitleNoQuestion', { expert: expertName })}
                  allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                  allowfullscreen
                  referrerpolicy="strict-origin-when-cross-origin"
                ></iframe>`
              : html`<button part="video-facade" class="facade" type="button" aria-describedby="video-note" @click=${view.start}>
                  <span class="visually-hidden"
                    >${t.t('playVideo')}${title ? `: ${title}` : ''}${seconds === undefined ? '' : `, ${formatDuration(seconds, t.lang, 'long')}`}, ${t.t('videoBy', {
                      expert: expertName,
                    })}</span
                  >
                  <span class="panel" aria-hidden="true">
                    ${poster ? html`<img part="video-poster" class="poster" src=${poster} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${hide} />` : nothing}
                    <span class="caption"
                      >${photoUrl
                        ? html`<img class="panel-photo" src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" />`
                        : html`<span class="panel-photo">${initials(expertName)}</span>`}<span class="caption-text"
                        >${title ? html`<span class="panel-title">${title}</span>` : nothing}<span class="panel-expert">${expertName}</span></span
                      ></span
                    >
                    <span class="play"><svg viewBox="0 0 24 24" focusable="false"><path d="M8 5v14l11-7z" /></svg></span>
                    <span class="bar"
                      ><span class="facade-label">${t.t('playVideo')}</span>${seconds === undefined ? nothing : html`<span class="length">${formatDuration(seconds, t.lang)}</span>`}</span
                    >
                  </span>
                </button>`}
          </div>`}
      ${started || waiting ? nothing : html`<p id="video-note" class="facade-note">${t.t('videoHostNote')}</p>`}
      ${video.transcript
        ? html`<details part="transcript" class="transcript disclosure" ?open=${waiting}>
            <summary>${t.t('transcript')}</summary>
            <div dir="auto">${renderAnswerText(video.transcript)}</div>
          </details>`
        : nothing}
      ${waiting ? nothing : watch}
    </div>
  `;
}
/** A poster that fails to load leaves the panel (the expert, the title) on its own background. */
const hide = (event: Event) => ((event.target as HTMLElement).hidden = true);

/** A length as "3:20" (shown), or in words, "3 minutes, 20 seconds" (for screen readers), in the reader's language. */
export function formatDuration(total: number, language: string, style?: 'long'): string {
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
