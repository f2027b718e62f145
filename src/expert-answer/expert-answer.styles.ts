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
    inline-size: 3em;
    block-size: 3em;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }
  .name {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .details {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    line-height: 1.4;
  }
  .details span {
    /* Feed text: a bidi override inside one detail must not reorder the next. */
    unicode-bidi: isolate;
  }
  .details span + span::before {
    content: ' · ';
  }
  .text {
    margin-block-start: calc(var(--_space) * 0.5);
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
  /* The video's place while its panel (a chunk of its own) loads: no jump when it arrives. */
  .video:empty {
    aspect-ratio: 16 / 9;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .coi-label {
    font-weight: 600;
  }
  .cite {
    text-decoration: none;
  }
`;
