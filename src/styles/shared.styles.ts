import { css } from 'lit';

/**
 * Styles every element shares: the design tokens with their defaults, a
 * visible focus ring, and the visually-hidden helper. Colours default to the
 * host page's own (`currentColor`, `inherit`) so a widget looks at home on a
 * light or a dark page without any setup.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--fqa-font-family, inherit);
    font-size: var(--fqa-font-size, 1rem);
    line-height: 1.5;
    color: var(--fqa-color-text, inherit);
    /* Inherited text settings a host page may have set for its own layout. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    --_accent: var(--fqa-color-accent, LinkText);
    --_border: var(--fqa-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_border-strong: var(--fqa-color-border-strong, color-mix(in srgb, currentColor 60%, transparent));
    --_muted: var(--fqa-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_surface: var(--fqa-color-surface, transparent);
    --_radius: var(--fqa-radius, 0.5rem);
    --_space: var(--fqa-space, 1rem);
    --_focus: var(--fqa-focus-ring, 3px solid var(--_accent));
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
  .retry {
    margin-block-start: 0.75rem;
    padding: 0.4rem 1rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
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
