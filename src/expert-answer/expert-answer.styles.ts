import { css } from 'lit';

export const expertAnswerStyles = css`
  :host([theme]) {
    background: var(--_surface);
  }
  /* Clear space between answers, and a hairline. */
  article {
    padding-block: calc(var(--_space) * 1.5) var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  /*
   * The byline, as expert Q&A sites lead: a face (the photo, or initials) beside "Answer from", the name
   * and short credentials, then role · clinic, beside the face where there is room, else under it. Floated,
   * not a grid: the text copy (src/snippet/fallback-look.ts) draws the same byline with inline styles a CMS
   * keeps, and the two must stand at the same heights.
   */
  header {
    display: flow-root;
  }
  .photo {
    float: inline-start;
    inline-size: 2.5em;
    block-size: 2.5em;
    margin-inline-end: calc(var(--_space) * 0.75);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 700;
    line-height: 2.5em;
    text-align: center;
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid;
    }
  }
  .answer-from,
  .details,
  .credentials {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .details {
    margin: 0.2em 0 0;
    line-height: 1.4;
  }
  .name-line {
    line-height: 1.3;
  }
  /* The name in the text's font (not the page's heading font): the text copy's name line can only be in one. */
  .name {
    display: inline;
    margin: 0;
    font-family: inherit;
    font-size: 1.1em;
  }
  .details span {
    /* Feed text: a bidi override inside one detail must not reorder the next. */
    unicode-bidi: isolate;
  }
  /* The dot stays at the end of a line, never starts one. */
  .details span + span::before {
    content: '\\a0· ';
  }
  .text {
    margin-block-start: calc(var(--_space) * 0.4);
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
