import { css } from 'lit';

export const qaSearchStyles = css`
  :host([theme]) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .label {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .field {
    inline-size: 100%;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
    padding: 0;
    border: 0;
  }
  .category {
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_border-strong);
    border-radius: 999px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .category[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--fqa-color-on-accent, Canvas);
  }
  /* Forced colours keep Canvas as the text but force the background to Canvas too: the chosen one as the system's selection. */
  @media (forced-colors: active) {
    .category[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }
  .count {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .results {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    border-block-end: 1px solid var(--_border);
  }
  /* The summary is one target: the button (the title, its name) stretches over the passage and meta (its description). */
  .result-summary {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    padding: 0.75rem 0.25rem;
  }
  .result-heading {
    margin: 0;
    font-size: 1em;
  }
  .result-control {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .result-control::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .result-control:focus-visible {
    outline: none;
  }
  .result-control:focus-visible::after {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  /* Opens in place: a chevron, pointing down once open (aria-expanded says it). */
  .result-sign {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-bottom: 2px solid var(--_accent);
    border-right: 2px solid var(--_accent);
    transform: translateY(-0.15em) rotate(45deg);
  }
  .result-control[aria-expanded='false'] .result-sign {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .result-control[aria-expanded='false'] .result-sign {
    transform: rotate(135deg);
  }
  .result-title {
    unicode-bidi: plaintext;
    font-weight: 600;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .result-excerpt,
  .result-meta {
    margin: 0;
    padding-inline-start: 1rem;
    font-weight: normal;
  }
  .result-excerpt {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .result-by {
    color: var(--_muted);
  }
  .result-meta {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .own-page {
    margin: 0 0 var(--_space);
  }
  /* A soft highlight in the accent's tint (the page's link colour, or the theme's), the text's own colour on it. */
  mark {
    background: var(--fqa-color-highlight, color-mix(in srgb, var(--_accent) 16%, transparent));
    color: var(--fqa-color-on-highlight, inherit);
    border-radius: 0.15em;
    box-shadow: inset 0 -2px color-mix(in srgb, var(--_accent) 45%, transparent);
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  .panel {
    padding-block: 0 var(--_space);
  }
  .category-select-label {
    display: none;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
    font-weight: 600;
  }
  .category-select {
    flex: 1;
    min-inline-size: 0;
    max-inline-size: 30rem;
    padding: 0.4rem;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-weight: normal;
  }
  /* Many categories: the select at every width. */
  .category-select-label.many {
    display: flex;
  }
  /* Phones: a select instead of the buttons, its label on the same line, so the first result shows above the keyboard. */
  @media (max-width: 30rem) {
    .categories {
      display: none;
    }
    .category-select-label {
      display: flex;
    }
  }
  .more {
    margin-block-start: var(--_space);
  }
`;
