/**
 * The iframe page's own styles, one source for both: demo/embed.html (and dist/embed/, built
 * from it), whose embed.js adopts them, and each question's embed.html that `fertility-qa pages`
 * writes (src/snippet/pages.ts), which inlines them.
 * - Compact: padding inside the frame, nothing wider than it. A question taller than the frame
 *   is cut between blocks (fit-in-frame.ts), fading into "Read all answers".
 * - The host's link colour on that link when the snippet gives one (?link=), else the browser's.
 * - Framed: tighter spacing, and on a phone slightly smaller text, so the first answer's start fits.
 * - The frame is the box: no second border inside it, nor around the text copy, whose box is an inline
 *   style (a theme keeps its painted box).
 * - "opens in a new tab" hint: for screen readers only.
 */
export const EMBED_STYLES = `html { overflow-x: hidden; }
body { margin: 0; padding: 0.75rem 1rem; font-family: system-ui, sans-serif; line-height: 1.5; box-sizing: border-box; }
.fertility-qa-embed-clip { --fqa-space: 0.75rem; }
.fertility-qa-embed-clip fertility-question:not([theme])::part(base) { border: 0; padding: 0; }
.fertility-qa-embed-clip fertility-question:not([theme]) > .fertility-qa-fallback { border: 0 !important; padding: 0 !important; }
.fertility-qa-embed-clip.cut { overflow: clip; mask-image: linear-gradient(to bottom, #000 calc(100% - 1em), transparent); }
.fertility-qa-embed-more { margin: 0.75rem 0 0; font-weight: 600; }
.fertility-qa-embed-more a { color: var(--fqa-embed-link, LinkText); }
.fertility-qa-embed-more[hidden] { display: none; }
.fertility-qa-embed-hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) { body { padding: 0.5rem 0.75rem; } .fertility-qa-embed-clip { --fqa-font-size: 0.9375rem; } }`;
