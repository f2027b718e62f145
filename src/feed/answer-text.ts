import { html, nothing, type TemplateResult } from 'lit';
import { parseAnswerMarkup, type InlinePiece } from './answer-markup.js';
import { safeHttpUrl } from './safe-url.js';

/**
 * Renders answer text written in the feed's safe markup subset (docs/feed.md):
 * paragraphs, line breaks, "- " and "1. " lists, **bold**, *emphasis* and
 * [links](https://…), as read by `parseAnswerMarkup` (linear in the text's
 * length). Every piece of feed text reaches the DOM through Lit's text
 * bindings, so markup-looking text is shown as text and never parsed.
 */
export function renderAnswerText(text: string, citations?: Citations): TemplateResult[] {
  return parseAnswerMarkup(text).map((block) => {
    const line = (pieces: InlinePiece[]) => pieces.map((piece) => renderPiece(piece, citations));
    if (block.kind === 'paragraph') return html`<p>${block.lines.map((pieces, index) => html`${index > 0 ? html`<br />` : nothing}${line(pieces)}`)}</p>`;
    const items = block.items.map((item) => html`<li>${line(item)}</li>`);
    return block.kind === 'bullets' ? html`<ul>${items}</ul>` : html`<ol>${items}</ol>`;
  });
}

/** How to render "[2]": as a link to reference 2, when there are that many. */
export interface Citations {
  /** How many references the question has. */
  count: number;
  /** The accessible name of citation n, e.g. "Reference 2". */
  label: (number: number) => string;
}

function renderPiece(piece: InlinePiece, citations?: Citations): string | TemplateResult {
  switch (piece.kind) {
    case 'text':
      return piece.text;
    case 'strong':
      return html`<strong>${piece.text}</strong>`;
    case 'em':
      return html`<em>${piece.text}</em>`;
    case 'cite': {
      const { number } = piece;
      return citations && number >= 1 && number <= citations.count
        ? html`<sup><a class="cite" part="citation" href=${`#reference-${number}`} data-cite=${number} aria-label=${citations.label(number)}>[${number}]</a></sup>`
        : piece.source;
    }
    case 'link': {
      const url = safeHttpUrl(piece.href);
      return url ? html`<a href=${url} rel="noopener noreferrer">${piece.label}</a>` : piece.label;
    }
  }
}
