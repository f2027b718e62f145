/**
 * The text copy's look (src/snippet/fallback.ts): inline styles that give each piece of the copy the
 * widget's own metrics, so that when the widget takes over, its pieces stand where the copy's stood
 * (issue 25: the copy in a page's default `h2`, `h3` and margins was 190 px taller than the widget above
 * its first answer; the answer moved up under a reader at the top, and a larger block of text came into
 * view and became the page's LCP, a second later).
 *
 * Each value mirrors a rule of `fertility-question.styles.ts`, `expert-answer.styles.ts`,
 * `video-panel.styles.ts` and `shared.styles.ts` (named beside it): change one, change both, and the
 * browser test "the text copy and the widget put their pieces at the same heights" measures the pair.
 *
 * Inline, because a snippet pasted into a CMS keeps no `<style>` (WordPress drops it for authors) and a
 * page's own rules for `p`, `h2`, `li` must not reach the copy's pieces (an inline style wins). Only
 * properties and values WordPress's kses keeps for every role (`safecss_filter_attr` in WordPress 6.1:
 * no `display`, no logical borders, no functions but `var()`, `calc()`, `min()`, `max()`, `clamp()`);
 * colours follow the page's own text colour, through the widget's tokens (`--fqa-*`) where a page sets them.
 */

/** `var(--_space)`: the widget's spacing unit. */
const SPACE = 'var(--fqa-space,1em)';
/** `var(--_border)`: a hairline in the text's colour. */
const BORDER = 'var(--fqa-color-border,color-mix(in srgb,currentColor 30%,transparent))';
/** `var(--_muted)`. */
const MUTED = 'var(--fqa-color-muted,color-mix(in srgb,currentColor 80%,transparent))';
/** A calm tint for the category, the summary and the initials (the widget tints them with its accent, read at run time). */
const TINT = 'var(--fqa-color-surface-tint,color-mix(in srgb,currentColor 8%,transparent))';
const RADIUS = 'var(--fqa-radius,.5rem)';
/** A page's rules for its own text that would move the copy's lines (`p { letter-spacing: .01em }`): reset on every piece. */
const TEXT_RESET = 'letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0';
/**
 * A page's rules for its own headings that the widget's (in its shadow root) never see: a rule under them and
 * the space above it, small caps, italics, a colour (GitHub-style markdown themes). The widget takes only the
 * page's heading font (HostLookController), which the copy's headings keep.
 */
const HEADING_RESET = 'padding:0;border:0;background:none;font-variant:normal;font-style:normal;color:inherit';
/** The widget's text is in the font its host inherits, whatever a page sets for its own `p`, `li` or `summary`. */
const BODY_TEXT = `font-family:inherit;font-style:normal;${TEXT_RESET}`;

const space = (factor: number) => (factor === 1 ? SPACE : `calc(${SPACE}*${factor})`);

/** Physical sides for a direction (kses keeps `border-left`, not `border-inline-start`). */
const sides = (rtl: boolean) => (rtl ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' });

/** The inline styles of each piece of the copy, for a copy written left to right or right to left. */
export function fallbackLook(rtl: boolean) {
  const { start, end } = sides(rtl);
  return {
    /**
     * `.question`: a padded, bordered box. Its padding is 0.75 of the spacing unit in a window 480 px
     * wide or less (the widget's `@media (max-width: 30rem)`), else the unit: the same step without a
     * media query, which an inline style cannot hold.
     */
    box: `box-sizing:border-box;margin:0;padding:calc(${space(0.75)} + clamp(0px,(100vw - 480px)*999,${space(0.25)}));border:1px solid ${BORDER};border-radius:${RADIUS};font-size:var(--fqa-font-size,1em);line-height:1.5;text-align:start;${TEXT_RESET}`,
    /** `.category`: a small label. */
    category: `${BODY_TEXT};width:fit-content;margin:0 0 .25em;padding:.05em .65em;border-radius:1em;background:${TINT};font-size:.8em;font-weight:600;line-height:1.4`,
    /** `.title`. */
    title: `${HEADING_RESET};margin:0 0 .25em;font-size:1.35em;font-weight:700;line-height:1.2;${TEXT_RESET}`,
    /** `.urgent`. */
    urgent: `${BODY_TEXT};margin:.5em 0;padding:.5em .75em;border:2px solid var(--fqa-color-urgent,#a4161a);border-${start}-width:6px;border-radius:${RADIUS};font-size:1em;line-height:1.5`,
    /** `.meta`. */
    meta: `${BODY_TEXT};font-weight:inherit;margin:0 0 .4em;color:${MUTED};font-size:.9em;line-height:1.4`,
    /** `.summary`: a calm panel. */
    summary: `${BODY_TEXT};font-weight:inherit;margin:0;padding:.3em .6em;border-${start}:4px solid ${BORDER};border-top-${end}-radius:${RADIUS};border-bottom-${end}-radius:${RADIUS};background:${TINT};font-size:.9em;line-height:1.45`,
    /**
     * `<expert-answer>`'s `article` and `header`: the first answer half a unit under the summary, each
     * other one under a hairline, a unit and a half below it; `gap` is what ends the answer before it
     * (its last paragraph's margin, which the widget keeps inside the answer's padding).
     */
    byline: (first: boolean, gap: string) =>
      first ? `margin:0;padding:${space(0.5)} 0 0;font-size:1em;line-height:1.5` : `margin:${gap ? `calc(${gap} + ${SPACE})` : SPACE} 0 0;padding:${space(1.5)} 0 0;border-top:1px solid ${BORDER};font-size:1em;line-height:1.5`,
    /** `.initials`: the face beside the name (floated: kses keeps no `display: grid`). */
    initials: `float:${start};width:2.5em;height:2.5em;margin:0;margin-${end}:${space(0.75)};border-radius:50%;background:${TINT};font-weight:700;line-height:2.5em;text-align:center`,
    /**
     * Under the face, a float of no width as tall as the text's top margin: the text clears both, so it starts
     * that margin under the face or under the byline's words, whichever ends lower, as under the widget's
     * `header` (a block formatting context, which no style kses keeps can make); no line is narrowed by it.
     */
    initialsSpacer: `float:${start};clear:${start};width:0;height:${space(0.4)};margin:0`,
    /** `.name-line` with its `h3`. */
    nameLine: `${BODY_TEXT};${HEADING_RESET};margin:0;font-size:1em;font-weight:400;line-height:1.3`,
    answerFrom: `color:${MUTED};font-size:.85em`,
    name: 'font-size:1.1em;font-weight:700',
    /** `.details`: role · clinic. */
    details: `${BODY_TEXT};font-weight:inherit;margin:.2em 0 0;color:${MUTED};font-size:.85em;line-height:1.4`,
    /** `.text p`, `.text ul`, `.text ol`; the first of an answer's blocks sits under the byline (`.text`'s top margin) and clears the face. */
    block: (first: boolean, kind: 'paragraph' | 'bullets' | 'numbered') =>
      `${BODY_TEXT};font-weight:inherit;margin:${first ? space(0.4) : '0'} 0 .75em;padding:0;${kind === 'paragraph' ? '' : `padding-${start}:40px;list-style-type:${kind === 'bullets' ? 'disc' : 'decimal'};`}font-size:1em;line-height:1.5${first ? ';clear:both' : ''}`,
    listItem: `${BODY_TEXT};font-weight:inherit;margin:0;padding:0;font-size:1em;line-height:1.5`,
    /**
     * `.frame` of the video panel: 16:9 (no height and paddings that add up to 56.25% of the width: kses keeps
     * no `aspect-ratio`; the title overflows the empty content box onto the panel), under a three-quarter unit.
     */
    video: (first: boolean) =>
      `${BODY_TEXT};height:0;margin:${space(0.75)} 0 0;padding:.75em 1em calc(56.25% - .75em);border-radius:${RADIUS};background:#12344d;color:#fff;font-size:1em;font-weight:600;line-height:1.3${first ? ';clear:both' : ''}`,
    /** `.facade-note`. */
    videoNote: `${BODY_TEXT};font-weight:inherit;margin:.5rem 0 0;color:${MUTED};font-size:.85em;line-height:1.5`,
    /** `.watch`: a 44 px line. */
    watch: `${BODY_TEXT};font-weight:inherit;margin:0;padding:0;font-size:.9em;line-height:44px`,
    /** `.disclosure`: "About this expert", "Transcript", "About this answer" (44 px summaries). */
    disclosure: (top: string) => `${BODY_TEXT};font-weight:inherit;margin:${top} 0 0;padding:0;font-size:.9em;line-height:1.5`,
    disclosureSummary: 'width:fit-content;min-height:44px;margin:0;padding:0;font-size:1em;line-height:44px;cursor:pointer;text-decoration:underline',
    disclosureText: `${BODY_TEXT};font-weight:inherit;font-size:1em;line-height:1.5;margin:0 0 .5em;padding-${start}:1em;border-${start}:3px solid ${BORDER};color:${MUTED}`,
    /** `.references` and its heading: under a hairline, at 0.9 of the text's size. */
    references: (gap: string) =>
      `${HEADING_RESET};margin:calc(${gap ? `${gap} + ` : ''}${SPACE} + ${space(0.9)}) 0 .5rem;padding:${space(0.9)} 0 0;border-top:1px solid ${BORDER};font-size:1em;font-weight:700;line-height:1.35;${TEXT_RESET}`,
    referencesHeading: 'font-size:.9em',
    referenceList: `${BODY_TEXT};font-weight:inherit;margin:0;padding:0;padding-${start}:1.5em;list-style-type:decimal;font-size:.9em;line-height:1.5`,
    /** `.footer`: a hairline, then "About this answer" and the disclaimer; after the last answer's bottom padding, where no references come between. */
    footer: (afterAnswer: boolean, gap: string) => `${BODY_TEXT};font-weight:inherit;margin:calc(${gap ? `${gap} + ` : ''}${afterAnswer ? `${SPACE} + ` : ''}${space(0.5)}) 0 0;padding:0;border-top:1px solid ${BORDER};font-size:1em;line-height:1.5`,
    /** The footer's disclosure is at 0.9 of the text's size inside a footer at its full size. */
    footerSummary: 'width:fit-content;min-height:44px;margin:0;padding:0;font-size:.9em;line-height:44px;cursor:pointer;text-decoration:underline',
    footerText: `${BODY_TEXT};font-weight:inherit;font-size:.9em;line-height:1.5;margin:0 0 .5em;padding-${start}:1em;border-${start}:3px solid ${BORDER};color:${MUTED}`,
    /** `.footer .disclaimer`. */
    disclaimer: `${BODY_TEXT};font-weight:inherit;margin:.25em 0 0;padding:0;color:${MUTED};font-size:.85em;line-height:1.5`,
  };
}
