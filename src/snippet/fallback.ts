import type { Question } from '../feed/types.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import { parseAnswerMarkup, type InlinePiece } from '../feed/answer-markup.js';
import { en } from '../i18n/en.js';
import { formatDate } from '../i18n/format-date.js';
import { categoryName } from '../feed/category-name.js';
import { shortCredentials } from '../expert-answer/byline.js';

/**
 * Static HTML for a question: the fallback content that the snippet builder
 * puts inside `<fertility-question>` and that `fertility-qa pages` writes into
 * each question page. It is what readers see before the script runs, without
 * JavaScript, and in a CMS that strips `<script>` (WordPress for authors), in the
 * widget's own order: the category, the title, the urgent notice, how many experts
 * answered and when it was reviewed, the summary, each expert's byline ("Answer from",
 * the name with short credentials, role · clinic), each
 * answer with its paragraphs and lists, citations linking to the references, and
 * the disclaimer.
 *
 * Only tags and attributes that WordPress's kses keeps for every role are used
 * (`div`, `p`, `h2`–`h6`, `ul`, `ol`, `li`, `a href`, `sup`, `strong`, `em`,
 * `small`, `span`, `id`, `class`, and the global `lang` and `dir`). Every feed string is escaped; links are http(s) only.
 * Pure string building, so it runs in a browser and in Node (the CLI).
 */

/** `value` escaped for HTML text and for a double-quoted attribute. */
export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Feed text placed among the fallback's own words (" · " lists, "Watch on YouTube: …"), escaped and
 * bidi-isolated: `dir="auto"` isolates (HTML's own style sheet), and WordPress keeps `span` with
 * `dir` for every role, where it drops `bdi`.
 */
const isolated = (text: string): string => `<span dir="auto">${escapeHtml(text)}</span>`;

/** The words the fallback uses; English by default (the widget's own locale table). */
export interface FallbackMessages {
  urgentHeading: string;
  expertsAnswered: { one?: string; other: string };
  references: string;
  disclaimer: string;
  reviewedShort: string;
  published: string;
  watchOnYouTube: string;
  /** Above each expert's name (English when a table has none). */
  answerFrom?: string;
}

/** Options for {@link fallbackHtml}. */
export interface FallbackOptions {
  /** Heading level of the question's title (2 by default); experts and references get the next one. */
  headingLevel?: number;
  /** The words, e.g. from another locale table. */
  messages?: FallbackMessages;
  /**
   * The language of those words (a BCP 47 tag such as `es` or `ar`): written as `lang`
   * on the wrapper, with `dir="rtl"` for right-to-left scripts, so screen readers
   * pronounce it and the text runs the right way on any host page.
   */
  lang?: string;
}

/** Languages written right to left (the first subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** An anchor id for reference `n` of a question, unique on a page with several questions. */
export const referenceId = (questionId: string, n: number): string => `fqa-${questionId}-ref-${n}`;

function pieceHtml(piece: InlinePiece, questionId: string, references: number): string {
  switch (piece.kind) {
    case 'text':
      return escapeHtml(piece.text);
    case 'strong':
      return `<strong>${escapeHtml(piece.text)}</strong>`;
    case 'em':
      return `<em>${escapeHtml(piece.text)}</em>`;
    case 'cite': {
      const n = piece.number;
      return n >= 1 && n <= references ? `<sup><a href="#${escapeHtml(referenceId(questionId, n))}">[${n}]</a></sup>` : escapeHtml(piece.source);
    }
    case 'link': {
      const url = safeHttpUrl(piece.href);
      return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(piece.label)}</a>` : escapeHtml(piece.label);
    }
  }
}

/** Answer text in the feed's markup subset as HTML: `<p>`, `<ul>`, `<ol>`, as the widget shows it (read by `parseAnswerMarkup`). */
export function answerHtml(text: string, questionId: string, references = 0): string[] {
  const line = (pieces: InlinePiece[]) => pieces.map((piece) => pieceHtml(piece, questionId, references)).join('');
  return parseAnswerMarkup(text).map((block) => {
    if (block.kind === 'paragraph') return `<p>${block.lines.map(line).join('<br>')}</p>`;
    const items = block.items.map((item) => `<li>${line(item)}</li>`).join('');
    return block.kind === 'bullets' ? `<ul>${items}</ul>` : `<ol>${items}</ol>`;
  });
}

/**
 * The question as static HTML, one element per line, wrapped in
 * `<div class="fertility-qa-fallback">`.
 */
export function fallbackHtml(question: Question, options: FallbackOptions = {}): string {
  const t = options.messages ?? en;
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 1), 5);
  const h = (n: number, content: string) => `<h${n}>${content}</h${n}>`;
  const count = question.answers.length;
  const lang = options.lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(options.lang) ? options.lang : undefined;
  const lines: string[] = [];
  // The widget's order and words (category, title, urgent notice, "N experts answered · Reviewed <date>", summary),
  // so that when the widget takes over nothing moves: only the look changes.
  lines.push(`<p class="fertility-qa-category">${isolated(categoryName(question.category, lang ?? 'en'))}</p>`);
  lines.push(h(level, escapeHtml(question.title)));
  if (question.urgent) lines.push(`<p class="fertility-qa-urgent" role="note"><strong>${escapeHtml(t.urgentHeading)}:</strong> ${escapeHtml(question.urgent)}</p>`);
  const meta = [escapeHtml(((count === 1 ? t.expertsAnswered.one : t.expertsAnswered.other) ?? '{count}').replace('{count}', String(count)))];
  const date = question.reviewed ?? question.published;
  if (date) meta.push(`${escapeHtml(question.reviewed ? t.reviewedShort : t.published)} ${escapeHtml(formatDate(date, lang ?? 'en', 'medium')).replace(/ /g, '\u00a0')}`);
  lines.push(`<p>${meta.join('\u00a0· ')}</p>`);
  if (question.summary) lines.push(`<p>${escapeHtml(question.summary)}</p>`);
  for (const answer of question.answers) {
    const { expert } = answer;
    // The widget's byline: "Answer from", the name with short credentials, then role · clinic (the rest of the profile is in the widget's "About this expert").
    const name = expert.profileUrl ? `<a href="${escapeHtml(expert.profileUrl)}" rel="noopener noreferrer">${escapeHtml(expert.name)}</a>` : escapeHtml(expert.name);
    const credentials = shortCredentials(expert.credentials);
    lines.push(h(level + 1, `<small>${escapeHtml(t.answerFrom ?? en.answerFrom)}</small> ${name}${credentials ? `<small>, ${isolated(credentials)}</small>` : ''}`));
    const details = [expert.role, expert.organisation].filter((value): value is string => Boolean(value)).map(isolated).join('\u00a0· ');
    if (details) lines.push(`<p>${details}</p>`);
    lines.push(...answerHtml(answer.text ?? answer.video?.transcript ?? '', question.id, question.references.length));
    if (answer.video) lines.push(`<p><a href="https://www.youtube.com/watch?v=${escapeHtml(answer.video.youtubeId)}" rel="noopener noreferrer">${escapeHtml(t.watchOnYouTube)}${answer.video.title ? `: ${isolated(answer.video.title)}` : ''}</a></p>`);
  }
  if (question.references.length) {
    lines.push(h(level + 1, escapeHtml(t.references)));
    const items = question.references.map((reference, i) => {
      const link = reference.url ?? (reference.doi ? `https://doi.org/${reference.doi}` : reference.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/` : undefined);
      const title = link ? `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${escapeHtml(reference.title)}</a>` : escapeHtml(reference.title);
      return `<li id="${escapeHtml(referenceId(question.id, i + 1))}">${title}</li>`;
    });
    lines.push(`<ol>${items.join('')}</ol>`);
  }
  lines.push(`<p><small>${escapeHtml(t.disclaimer)}</small></p>`);
  const language = lang ? ` lang="${escapeHtml(lang)}"${RTL.has(lang.split('-')[0]!.toLowerCase()) ? ' dir="rtl"' : ''}` : '';
  return `<div class="fertility-qa-fallback"${language}>\n${lines.join('\n')}\n</div>`;
}
