import { css } from 'lit';

/**
 * Styles every element shares: the design tokens with their defaults, the
 * themes, a visible focus ring, and the visually-hidden helper.
 *
 * Tokens (`--fqa-*`, set on any ancestor) always win. Without them, colours
 * come from the theme named by the `theme` attribute, or, with no theme, from
 * the host page itself (`inherit`, `currentColor`, and the page's own link colour
 * read by `HostLookController`), so a widget
 * looks at home on a light or a dark page without any setup, following the
 * page's `color-scheme`.
 *
 * `theme` takes a scheme (`light`, `dark`, `auto` = the reader's
 * `prefers-color-scheme`) and/or a preset (`calm`, `warm`, `contrast`), e.g.
 * `theme="calm dark"`. Every preset has light and dark values (`light-dark()`).
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--fqa-font-family, inherit);
    font-size: var(--fqa-font-size, 1em);
    line-height: 1.5;
    color: var(--fqa-color-text, var(--_preset-text, inherit));
    /* Inherited text settings a host page may have set for its own layout. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    /* Feed text (names, categories, links) can be one long unbroken word: it wraps rather than widen the page. */
    overflow-wrap: anywhere;
    --_accent: var(--fqa-color-accent, var(--_preset-accent, var(--_host-link, LinkText)));
    --_border: var(--fqa-color-border, var(--_preset-border, color-mix(in srgb, currentColor 30%, transparent)));
    --_border-strong: var(--fqa-color-border-strong, var(--_preset-border-strong, color-mix(in srgb, currentColor 60%, transparent)));
    --_muted: var(--fqa-color-muted, var(--_preset-muted, color-mix(in srgb, currentColor 80%, transparent)));
    --_surface: var(--fqa-color-surface, var(--_preset-surface, transparent));
    --_radius: var(--fqa-radius, 0.5rem);
    --_space: var(--fqa-space, 1em);
    --_focus: var(--fqa-focus-ring, var(--_preset-focus, 3px solid var(--_accent)));
  }
  :host([theme~='light']) {
    color-scheme: light;
  }
  :host([theme~='dark']) {
    color-scheme: dark;
  }
  :host([theme~='auto']) {
    color-scheme: light dark;
  }
  /* A theme paints its own colours (a page's tokens still win). */
  :host([theme]) {
    --_preset-text: light-dark(#1f2328, #e6e8eb);
    --_preset-surface: light-dark(#ffffff, #16181c);
    --_preset-accent: light-dark(#0b57d0, #8ab4f8);
    --_preset-muted: light-dark(#4b5563, #b6bcc6);
    --_preset-border: light-dark(#c9ced6, #4a5160);
    --_preset-border-strong: light-dark(#6b7280, #9aa3b2);
  }
  :host([theme~='calm']) {
    --_preset-text: light-dark(#163232, #e3f2f0);
    --_preset-surface: light-dark(#f3faf9, #102020);
    --_preset-accent: light-dark(#0b6565, #7fd6d0);
    --_preset-muted: light-dark(#3d5a5a, #a9c9c6);
    --_preset-border: light-dark(#b9d6d3, #2f4f4d);
    --_preset-border-strong: light-dark(#4f7a77, #7fa9a5);
    --fqa-radius: 1rem;
  }
  :host([theme~='warm']) {
    --_preset-text: light-dark(#2b1d14, #f5e9e0);
    --_preset-surface: light-dark(#fffaf5, #221813);
    --_preset-accent: light-dark(#9a3b12, #ffb38a);
    --_preset-muted: light-dark(#5f4636, #d6c1b2);
    --_preset-border: light-dark(#e4cdbb, #54402f);
    --_preset-border-strong: light-dark(#8a6a55, #b08f79);
  }
  :host([theme~='contrast']) {
    --_preset-text: light-dark(#000000, #ffffff);
    --_preset-surface: light-dark(#ffffff, #000000);
    --_preset-accent: light-dark(#00009e, #ffff66);
    --_preset-muted: light-dark(#000000, #ffffff);
    --_preset-border: light-dark(#000000, #ffffff);
    --_preset-border-strong: light-dark(#000000, #ffffff);
    --_preset-focus: 4px solid light-dark(#000000, #ffffff);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  /* Headings in the page's heading font (read by HostLookController), unless a token names one. */
  h1, h2, h3, h4, h5, h6 {
    font-family: var(--fqa-font-family, var(--_host-heading-font, inherit));
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .message {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button {
    font: inherit;
  }
  .message p {
    margin: 0;
  }
  .disclaimer {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Retry, Show more: quiet outlined buttons, 44 px high for a finger. */
  .retry,
  .more {
    min-block-size: 44px;
    margin-block-start: 0.75rem;
    padding: 0.4rem 1rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  /*
   * One disclosure style ("About this expert", "Transcript", "About this answer"): the NHS details pattern,
   * quiet until opened, a chevron that turns, 44 px high for a finger.
   */
  .disclosure {
    font-size: 0.9em;
  }
  .about {
    color: var(--_muted);
  }
  .disclosure > summary {
    display: flex;
    gap: 0.5em;
    align-items: center;
    inline-size: fit-content;
    min-block-size: 44px;
    color: var(--_accent);
    cursor: pointer;
    list-style: none;
    text-decoration: underline;
  }
  .disclosure > summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron drawn with physical borders: towards the inline end when closed, down when open. */
  .disclosure > summary::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .disclosure > summary::before {
    transform: rotate(135deg);
  }
  .disclosure[open] > summary::before {
    transform: rotate(45deg);
  }
  /* Closed: its content has no boxes (Chromium lays it out, hidden, below the summary: a frame cut through it). */
  .disclosure:not([open]) > :not(summary) {
    display: none;
  }
  .about p {
    margin: 0 0 0.5em;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
    unicode-bidi: plaintext;
  }
  /* Dates never break inside ("Oct / 5, 2026"). */
  time {
    white-space: nowrap;
  }
  .note {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border-strong);
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
