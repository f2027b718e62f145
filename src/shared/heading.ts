import { literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Clamps a heading level to 1–6 (a missing or invalid level gives `fallback`). */
export function clampHeadingLevel(level: unknown, fallback: number): number {
  const number = Math.trunc(Number(level));
  return Number.isFinite(number) && number >= 1 ? Math.min(number, 6) : fallback;
}

/** The static tag (`h1`…`h6`) for a heading level, for use in `lit/static-html.js` templates. */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[clampHeadingLevel(level, 2) - 1]!;
}
