import { css } from 'lit';

/**
 * The video area of `<expert-answer>`: the facade (poster, or a panel with the
 * expert, the title and the length), the player, the consent notice and the
 * transcript. Loaded with the video panel (`video-panel.ts`), only by answers
 * that have a video, and adopted into their shadow roots beside
 * `expertAnswerStyles`.
 */
export const videoStyles = css`
  .video {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    overflow: hidden;
    background: #12344d;
  }
  /* The facade: the clinic's poster, or a panel with the expert, the title and the length. */
  .facade {
    position: relative;
    display: grid;
    grid-template: 'photo title' 1fr 'bar bar' auto / auto 1fr;
    gap: 0 0.75em;
    align-items: center;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 1px solid var(--_border-strong);
    border-radius: inherit;
    background: #12344d;
    color: #ffffff;
    cursor: pointer;
    text-align: start;
  }
  .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .panel-photo {
    grid-area: photo;
    display: grid;
    place-items: center;
    inline-size: 3.5em;
    block-size: 3.5em;
    margin-inline-start: 1em;
    border-radius: 50%;
    object-fit: cover;
    background: #2d5a7b;
    font-weight: 700;
  }
  .panel-title {
    grid-area: title;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    margin-inline-end: 1em;
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.3;
    unicode-bidi: plaintext;
  }
  .bar,
  .length {
    grid-area: bar;
    position: relative;
  }
  .bar {
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.4em 0.75em;
    background: rgb(0 0 0 / 0.78);
  }
  .play {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.25em;
    block-size: 2.25em;
    border-radius: 50%;
    background: #ffffff;
    color: #12344d;
  }
  .facade:hover .play,
  .facade:focus-visible .play {
    background: #ffd23f;
  }
  /* Inside the dark facade the ring is white, whatever the accent: always visible. */
  .facade:focus-visible {
    outline: 3px solid #ffffff;
    outline-offset: -6px;
  }
  .play svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }
  .length {
    justify-self: end;
    padding-inline-end: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  /* Consent first: the notice and its way out (the plain link), no dead play icon. */
  .consent {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_border-strong);
    font-size: 0.9em;
  }
  .consent p {
    max-inline-size: 36em;
    margin: 0 0 0.5em;
  }
  .consent .watch {
    margin: 0;
    padding: 0.4em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .transcript {
    margin-block-start: 0.5rem;
  }
  .facade-label {
    font-weight: 600;
  }
  .facade-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .watch {
    display: inline-block;
    margin-block-start: 0.5rem;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .facade {
      border: 2px solid ButtonText;
    }
    .play {
      border: 1px solid ButtonText;
    }
  }
`;
