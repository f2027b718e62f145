import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from './safe-url.js';

/**
 * Renders answer text written in the feed's safe markup subset (docs/feed.md):
 * paragraphs, line breaks, "- " and "1. " lists, **bold**, *emphasis* and
 * [links](https://…). Every piece of feed text reaches the DOM through Lit's
 * text bindings, so markup-looking text is shown as text and never parsed.
 */
export function renderAnswerText(text: string, citations?: Citations): TemplateResult[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => renderBlock(block, citations));
}

/** How to render "[2]": as a link to reference 2, when there are that many. */
export interface Citations {
  /** How many references the question has. */
  count: number;
  /** The accessible name of citation n, e.g. "Reference 2". */
  label: (number: number) => string;
}

const BULLET = /^[-*]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;

function renderBlock(block: string, citations?: Citations): TemplateResult {
  const lines = block.split('\n').map((line) => line.trim());
  if (lines.every((line) => BULLET.test(line))) {
    return html`<ul>${lines.map((line) => html`<li>${renderInline(line.replace(BULLET, ''), citations)}</li>`)}</ul>`;
  }
  if (lines.every((line) => NUMBERED.test(line))) {
    return html`<ol>${lines.map((line) => html`<li>${renderInline(line.replace(NUMBERED, ''), citations)}</li>`)}</ol>`;
  }
  return html`<p>${lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${renderInline(line, citations)}`)}</p>`;
}

const INLINE =
  /\*\*(?<strong>[^*]+?)\*\*|\*(?<em>[^*\s][^*]*?)\*|\[(?<cite>\d{1,2})\](?!\()|\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)/g;

function renderInline(line: string, citations?: Citations): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const { strong, em, cite, label, href } = match.groups ?? {};
    parts.push(line.slice(last, match.index));
    if (strong !== undefined) {
      parts.push(html`<strong>${strong}</strong>`);
    } else if (em !== undefined) {
      parts.push(html`<em>${em}</em>`);
    } else if (cite !== undefined) {
      const number = Number(cite);
      parts.push(
        citations && number >= 1 && number <= citations.count
          ? html`<sup><a class="cite" part="citation" href=${`#reference-${number}`} data-cite=${number} aria-label=${citations.label(number)}>[${number}]</a></sup>`
          : match[0],
      );
    } else {
      const url = safeHttpUrl(href);
      parts.push(url ? html`<a href=${url} rel="noopener noreferrer">${label}</a>` : label ?? '');
    }
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(line.slice(last));
  return parts;
}
