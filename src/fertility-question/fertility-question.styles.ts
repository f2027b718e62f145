import { css } from 'lit';

export const fertilityQuestionStyles = css`
  /* A failed load over the snippet's own text: a short note with Retry, the text below it. */
  .fallback-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: var(--_space);
    font-size: 0.9em;
  }
  .fallback-note .retry {
    margin: 0;
  }

  .question {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Another question just above: a clear gap, so stacked questions never touch. */
  .stacked {
    margin-block-start: 1.5em;
  }
  /* The category: a small label above the title, quiet, not shouted. */
  .category {
    inline-size: fit-content;
    margin: 0 0 0.25em;
    padding: 0.05em 0.65em;
    border-radius: 1em;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.4;
  }
  /* Feed text takes its direction from its own first letters: English on an Arabic page reads right. */
  .title,
  .category {
    unicode-bidi: plaintext;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.35em;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .toggle {
    display: flex;
    min-block-size: 44px;
    gap: 0.5rem;
    align-items: baseline;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* A glyph, drawn with physical borders: down when open, towards the inline end when closed. */
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false'] .chevron {
    transform: rotate(135deg);
  }
  .meta {
    margin: 0 0 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
    line-height: 1.4;
  }
  /* The summary, the question's key point: a calm panel, not a grey line. */
  .summary {
    margin: 0;
    padding: 0.3em 0.6em;
    border-inline-start: 4px solid color-mix(in srgb, var(--_accent) 55%, transparent);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
    font-size: 0.9em;
    line-height: 1.45;
  }
  /* The summary and the count lead into the first answer: no rule above it (answers are ruled apart). */
  expert-answer:first-of-type::part(base) {
    border-block-start: none;
    padding-block-start: calc(var(--_space) * 0.5);
  }
  /* Under the answers: a quiet footer ("About this answer", the disclaimer). */
  .footer {
    margin-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .footer .disclaimer {
    margin-block-start: 0.25em;
  }
  .fact + .fact::before {
    content: ' · ';
  }
  /* Copy link: a text-styled button, 44 px high for a finger. */
  .link-button {
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .copied:not(:empty) {
    margin-inline-start: 0.5rem;
  }
  .urgent {
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--fqa-color-urgent, light-dark(#a4161a, #ff8a80));
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  .references {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-size: 0.9em;
  }
  .references-heading {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .references ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .references li:focus {
    outline: var(--_focus);
  }

  .placeholder {
    min-block-size: 12rem;
  }
  .placeholder .bar {
    block-size: 1em;
    margin-block: 0.75rem;
    border-radius: 0.25rem;
    background: var(--_border);
    opacity: 0.5;
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  .placeholder .bar:nth-child(2) {
    inline-size: 70%;
    block-size: 1.5em;
  }
  @keyframes pulse {
    to {
      opacity: 0.2;
    }
  }
`;

export const compactStyles = css`
  /* The text copy inside (loading, or a failed load): the page's own look, unchanged by the widget's host settings. */
  :host([data-fqa-copy]) {
    all: unset;
    display: block;
  }
  /* Phones: a slimmer frame, so the text is wider and the first answer starts higher. */
  @media (max-width: 30rem) {
    .question {
      padding: calc(var(--_space) * 0.75);
    }
  }
  :host([compact]) .question {
    padding: 0;
    border: 0;
    background: none;
  }
`;
