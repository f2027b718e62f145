import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level to 1–6 (a missing or invalid level gives `fallback`). */
export function clampHeadingLevel(level: unknown, fallback: number): number {
  const number = Math.trunc(Number(level));
  return Number.isFinite(number) && number >= 1 ? Math.min(number, 6) : fallback;
}

interface HeadingAttributes {
  id?: string;
  part?: string;
  className: string;
}
type Heading = (attributes: HeadingAttributes, content: unknown) => TemplateResult;

// One plain template per level: smaller than lit/static-html for six fixed tags.
const HEADINGS: readonly Heading[] = [
  (a, content) => html`<h1 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h1>`,
  (a, content) => html`<h2 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h2>`,
  (a, content) => html`<h3 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h3>`,
  (a, content) => html`<h4 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h4>`,
  (a, content) => html`<h5 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h5>`,
  (a, content) => html`<h6 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.className}>${content}</h6>`,
];

/** A heading of the given level (clamped to 1–6) with these attributes around `content`. */
export function heading(level: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  return HEADINGS[clampHeadingLevel(level, 2) - 1]!(attributes, content);
}
