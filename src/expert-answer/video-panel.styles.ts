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
    background: #12344d;
    container-type: inline-size;
  }
  /*
   * The facade, 16:9: the clinic's poster (or, without one or when it fails, a calm panel), the video's title and
   * the expert on it, a centred play button and a slim line with "Play video" and the length.
   */
  .facade {
    position: relative;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_border-strong);
    border-radius: inherit;
    background: #12344d linear-gradient(160deg, #1d4e6f, #12344d 70%);
    color: #ffffff;
    cursor: pointer;
    text-align: start;
  }
  .panel,
  .poster,
  .caption,
  .bar {
    position: absolute;
    inset-inline: 0;
  }
  .panel,
  .poster {
    inset-block: 0;
  }
  .poster {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .poster[hidden] {
    display: none;
  }
  /* Over the poster's top: the expert's face or initials, the title, the name; a scrim keeps them readable on any image. */
  .caption {
    inset-block-start: 0;
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.6em 0.75em 1.5em;
    background: linear-gradient(rgb(0 0 0 / 0.72), rgb(0 0 0 / 0.5) 60%, transparent);
    line-height: 1.3;
  }
  .panel-photo {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.4em;
    block-size: 2.4em;
    border-radius: 50%;
    object-fit: cover;
    background: #2d5a7b;
    box-shadow: 0 0 0 2px rgb(255 255 255 / 0.85);
    font-size: 0.9em;
    font-weight: 700;
  }
  .caption-text {
    display: grid;
    min-inline-size: 0;
  }
  .panel-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-weight: 600;
    unicode-bidi: plaintext;
  }
  .panel-expert {
    overflow: hidden;
    font-size: 0.85em;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: plaintext;
  }
  .play {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    inline-size: 3.5em;
    block-size: 3.5em;
    margin: auto;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.94);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.35);
    color: #12344d;
  }
  .play svg {
    inline-size: 1.6em;
    block-size: 1.6em;
    margin-left: 0.15em; /* media controls are not mirrored in right-to-left pages */
    fill: currentColor;
  }
  .facade:hover .play,
  .facade:focus-visible .play {
    background: #ffd23f;
  }
  /* The slim control line: "Play video" and the length, on a scrim along the bottom. */
  .bar {
    inset-block-end: 0;
    display: flex;
    gap: 0.75em;
    justify-content: space-between;
    padding: 1em 0.75em 0.35em;
    background: linear-gradient(transparent, rgb(0 0 0 / 0.72) 55%);
    font-size: 0.85em;
    line-height: 1.3;
  }
  .facade-label {
    font-weight: 600;
  }
  .length {
    font-variant-numeric: tabular-nums;
  }
  /* A narrow poster: the title on one line, a smaller button. */
  @container (max-width: 20em) {
    .panel-title {
      -webkit-line-clamp: 1;
    }
    .play {
      inline-size: 2.75em;
      block-size: 2.75em;
    }
  }
  /* Focus on any poster, pale or dark: a white ring inside a dark band at the edge, and the page's ring around it. */
  .facade:focus-visible {
    outline: 3px solid #ffffff;
    outline-offset: -7px;
    box-shadow: 0 0 0 3px var(--_accent);
  }
  .facade:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
    box-shadow: inset 0 0 0 4px #12344d;
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
    margin-block-start: 0.25rem;
  }
  .facade-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  iframe {
    display: block;
    border-radius: inherit;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  /* A link on its own line: a target of 44 px. */
  .watch {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
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
