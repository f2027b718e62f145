import { css } from 'lit';

export const expertAnswerStyles = css`
  :host([theme]) {
    background: var(--_surface);
  }
  article {
    padding-block: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  header {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }
  .photo {
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }
  .name {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .details {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .details span {
    /* Feed text: a bidi override inside one detail must not reorder the next. */
    unicode-bidi: isolate;
  }
  .details span + span::before {
    content: ' · ';
  }
  .text {
    margin-block-start: calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }
  .text > :first-child,
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  /*
   * The answer text of a CMS snippet is the page's own light DOM, so page CSS
   * reaches it. Important declarations from inside a shadow tree win over the
   * page's important ones: keep the answer's own paragraphs and lists visible.
   */
  ::slotted(:is(p, div, blockquote, ul, ol, section)) {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
  }
  .name {
    unicode-bidi: plaintext;
  }
  header > div {
    flex: 1;
    min-inline-size: 0;
  }
  .text p,
  .text ul,
  .text ol {
    margin-block: 0 0.75em;
  }
  .video {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    overflow: hidden;
    background: #1d1d1f;
  }
  .facade {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    inline-size: 100%;
    block-size: 100%;
    padding: var(--_space);
    border: 2px solid transparent;
    border-radius: inherit;
    background: #1d1d1f;
    color: #ffffff;
    cursor: pointer;
    text-align: center;
  }
  .facade:hover .play,
  .facade:focus-visible .play {
    background: #c4302b;
  }
  /* Inside the dark facade the ring is white, whatever the accent: always visible. */
  .facade:focus-visible {
    outline: 3px solid #ffffff;
    outline-offset: -7px;
  }
  .play {
    display: grid;
    place-items: center;
    inline-size: 4rem;
    block-size: 2.75rem;
    border-radius: 0.75rem;
    background: #3d3d40;
  }
  .play svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: currentColor;
  }
  .frame:has(> .consent) {
    aspect-ratio: auto;
  }
  .consent {
    cursor: default;
    font-size: 0.9em;
  }
  .consent p {
    max-inline-size: 36em;
    margin: 0;
  }
  .coi {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .coi-label {
    font-weight: 600;
  }
  .transcript {
    margin-block-start: 0.5rem;
  }
  .transcript summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .cite {
    text-decoration: none;
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
      border-color: ButtonText;
    }
  }
`;
