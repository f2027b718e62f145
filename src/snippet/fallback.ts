import type { Question } from '../feed/types.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import { parseAnswerMarkup, type InlinePiece } from '../feed/answer-markup.js';
import { en } from '../i18n/en-all.js';
import { formatDate } from '../i18n/format-date.js';
import { categoryName } from '../feed/category-name.js';
import { feedTextLanguage } from '../i18n/text-language.js';
import { initials, shortCredentials } from '../expert-answer/byline.js';
import { fallbackLook } from './fallback-look.js';

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
  /** The disclosures and their contents (English when a table has none). */
  aboutExpert?: string;
  declaredInterests?: string;
  aboutAnswer?: string;
  answeredBy?: string;
  reviewed?: string;
  /** {name} */
  reviewedBy?: string;
  videoHostNote?: string;
  transcript?: string;
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
  /**
   * The feed's own `language`. Where it is not `lang` (an English feed on an Arabic page), the feed's
   * text (title, summary, urgent notice, names, role · clinic, answers, transcripts, references) carries
   * it as `lang`, with `dir="auto"`, as in the widget: read in its own voice and laid out in its own direction.
   */
  feedLanguage?: string;
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

/** The inline styles of an answer's blocks: the `n`th block's, a list's items'. */
interface BlockStyles {
  block(index: number, kind: 'paragraph' | 'bullets' | 'numbered'): string;
  item: string;
  /** Attributes every block carries (the feed's language). */
  attributes?: string;
}

/** Answer text in the feed's markup subset as HTML: `<p>`, `<ul>`, `<ol>`, as the widget shows it (read by `parseAnswerMarkup`). */
export function answerHtml(text: string, questionId: string, references = 0, styles?: BlockStyles): string[] {
  const line = (pieces: InlinePiece[]) => pieces.map((piece) => pieceHtml(piece, questionId, references)).join('');
  const attribute = (style: string | undefined) => (style ? ` style="${style}"` : '');
  return parseAnswerMarkup(text).map((block, index) => {
    const style = `${styles?.attributes ?? ''}${attribute(styles?.block(index, block.kind))}`;
    if (block.kind === 'paragraph') return `<p${style}>${block.lines.map(line).join('<br>')}</p>`;
    const items = block.items.map((item) => `<li${attribute(styles?.item)}>${line(item)}</li>`).join('');
    return block.kind === 'bullets' ? `<ul${style}>${items}</ul>` : `<ol${style}>${items}</ol>`;
  });
}

/**
 * The question as static HTML, one element per line, wrapped in
 * `<div class="fertility-qa-fallback">`: the widget's pieces in the widget's order and at its sizes
 * (inline styles from `fallbackLook`), each a child of the wrapper, so that the widget's reading-place
 * controller can map the one the reader is looking at to the widget's own: category, title, urgent
 * notice, count, summary; per answer its byline (`.fertility-qa-byline`: face, name, role · clinic), its
 * text's blocks, its video and transcript, "About this expert"; references; "About this answer"; the
 * disclaimer. The disclosures are `<details>`, so they open without the script too.
 */
export function fallbackHtml(question: Question, options: FallbackOptions = {}): string {
  const t = { ...en, ...options.messages };
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 1), 5);
  const count = question.answers.length;
  const lang = options.lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(options.lang) ? options.lang : undefined;
  const rtl = lang !== undefined && RTL.has(lang.split('-')[0]!.toLowerCase());
  const look = fallbackLook(rtl);
  const textLanguage = feedTextLanguage(options.feedLanguage && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(options.feedLanguage) ? options.feedLanguage : undefined, lang ?? 'en');
  /** The attributes of a piece of feed text. */
  const feedText = textLanguage ? ` lang="${escapeHtml(textLanguage)}" dir="auto"` : '';
  const references = question.references.length;
  const lines: string[] = [];
  /** Whether the last piece is a block of answer text, whose bottom margin the widget keeps inside its answer. */
  let afterText = false;
  const push = (line: string, text = false) => {
    lines.push(line);
    afterText = text;
  };
  const disclosure = (className: string, style: string, summary: string, body: string[], summaryStyle = look.disclosureSummary) =>
    `<details class="${className}" style="${style}"><summary style="${summaryStyle}">${escapeHtml(summary)}</summary>${body.join('')}</details>`;
  const note = (html: string, style = look.disclosureText) => `<p style="${style}">${html}</p>`;
  push(`<p class="fertility-qa-category" style="${look.category}">${isolated(categoryName(question.category, lang ?? 'en'))}</p>`);
  push(`<h${level}${feedText} style="${look.title}">${escapeHtml(question.title)}</h${level}>`);
  if (question.urgent) push(`<p class="fertility-qa-urgent" role="note" style="${look.urgent}"><strong>${escapeHtml(t.urgentHeading)}:</strong> <span${feedText || ' dir="auto"'}>${escapeHtml(question.urgent)}</span></p>`);
  const meta = [escapeHtml(((count === 1 ? t.expertsAnswered.one : t.expertsAnswered.other) ?? '{count}').replace('{count}', String(count)))];
  const date = question.reviewed ?? question.published;
  if (date) meta.push(`${escapeHtml(question.reviewed ? t.reviewedShort : t.published)} ${escapeHtml(formatDate(date, lang ?? 'en', 'medium')).replace(/ /g, '\u00a0')}`);
  push(`<p class="fertility-qa-meta" style="${look.meta}">${meta.join('\u00a0· ')}</p>`);
  if (question.summary) push(`<p class="fertility-qa-summary"${feedText} style="${look.summary}">${escapeHtml(question.summary)}</p>`);
  question.answers.forEach((answer, index) => {
    const { expert, video } = answer;
    // The widget's byline: the face (initials: a photo from another site waits for the widget's consent rules),
    // "Answer from", the name with short credentials, then role · clinic; the rest of the profile in "About this expert".
    const name = expert.profileUrl ? `<a href="${escapeHtml(expert.profileUrl)}" rel="noopener noreferrer">${escapeHtml(expert.name)}</a>` : escapeHtml(expert.name);
    const credentials = shortCredentials(expert.credentials);
    const details = [expert.role, expert.organisation].filter((value): value is string => Boolean(value)).map(isolated).join('\u00a0· ');
    push(
      `<div class="fertility-qa-byline" style="${look.byline(index === 0, afterText ? '.75em' : '')}">` +
        `<span class="fertility-qa-initials" aria-hidden="true" style="${look.initials}">${escapeHtml(initials(expert.name))}</span><span style="${look.initialsSpacer}"></span>` +
        `<h${level + 1} style="${look.nameLine}"><span style="${look.answerFrom}">${escapeHtml(t.answerFrom)}</span> <span${feedText || ' dir="auto"'}><span style="${look.name}">${name}</span>${credentials ? `<span style="${look.answerFrom}">, ${isolated(credentials)}</span>` : ''}</span></h${level + 1}>` +
        (details ? `<p${feedText} style="${look.details}">${details}</p>` : '') +
        `</div>`,
    );
    const blocks = answer.text === undefined ? [] : answerHtml(answer.text, question.id, references, { block: (n, kind) => look.block(n === 0, kind), item: look.listItem, attributes: feedText });
    blocks.forEach((block) => push(block, true));
    if (video) {
      push(`<p class="fertility-qa-video"${feedText} style="${look.video(blocks.length === 0)}">${video.title ? isolated(video.title) : ''}</p>`);
      push(`<p style="${look.videoNote}">${escapeHtml(t.videoHostNote)}</p>`);
      if (video.transcript) push(disclosure('fertility-qa-transcript', look.disclosure('.25rem'), t.transcript, answerHtml(video.transcript, question.id, references, { block: () => '', item: '', attributes: feedText })));
      push(`<p style="${look.watch}"><a href="https://www.youtube.com/watch?v=${escapeHtml(video.youtubeId)}" rel="noopener noreferrer">${escapeHtml(t.watchOnYouTube)}</a></p>`);
    }
    const about = [
      expert.credentials && note(`<span${feedText || ' dir="auto"'}>${escapeHtml(expert.credentials)}</span>`),
      expert.registration && note(`<span${feedText || ' dir="auto"'}>${escapeHtml(expert.registration)}</span>`),
      expert.conflictOfInterest && note(`<strong>${escapeHtml(t.declaredInterests)}:</strong> <span${feedText || ' dir="auto"'}>${escapeHtml(expert.conflictOfInterest)}</span>`),
    ].filter((line): line is string => Boolean(line));
    if (about.length) push(disclosure('fertility-qa-about-expert', look.disclosure('0'), t.aboutExpert, about));
  });
  if (references) {
    push(`<h${level + 1} class="fertility-qa-references" style="${look.references(afterText ? '.75em' : '')}"><span style="${look.referencesHeading}">${escapeHtml(t.references)}</span></h${level + 1}>`);
    const items = question.references.map((reference, i) => {
      // As the widget lists it: the title (linked to its address), then PubMed and the DOI.
      const link = (href: string, label: string) => `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
      const parts = [reference.url ? link(reference.url, reference.title) : escapeHtml(reference.title)];
      if (reference.pmid) parts.push(link(`https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`, `PMID ${reference.pmid}`));
      if (reference.doi) parts.push(link(`https://doi.org/${reference.doi}`, `doi:${reference.doi}`));
      return `<li id="${escapeHtml(referenceId(question.id, i + 1))}"${textLanguage ? ` lang="${escapeHtml(textLanguage)}"` : ''} dir="auto" style="${look.listItem}">${parts.join(' · ')}</li>`;
    });
    push(`<ol style="${look.referenceList}">${items.join('')}</ol>`);
  }
  // "About this answer": who answered, and when it was reviewed (the widget adds its next review and "Copy link").
  const reviewed = question.reviewed
    ? `${escapeHtml(t.reviewed)} ${escapeHtml(formatDate(question.reviewed, lang ?? 'en'))}${question.reviewedBy ? ` ${escapeHtml(t.reviewedBy).replace('{name}', () => isolated(question.reviewedBy!.name))}` : ''}`
    : question.published
      ? `${escapeHtml(t.published)} ${escapeHtml(formatDate(question.published, lang ?? 'en'))}`
      : '';
  const answered = count ? `${escapeHtml(t.answeredBy)}: ${question.answers.map((answer) => isolated(answer.expert.name)).join(', ')}` : '';
  push(
    disclosure(
      'fertility-qa-about',
      look.footer(references === 0 && count > 0, afterText ? '.75em' : ''),
      t.aboutAnswer,
      [answered, reviewed].filter(Boolean).map((line) => note(line, look.footerText)),
      look.footerSummary,
    ),
  );
  push(`<p class="fertility-qa-disclaimer" style="${look.disclaimer}">${escapeHtml(t.disclaimer)}</p>`);
  const language = lang ? ` lang="${escapeHtml(lang)}"${rtl ? ' dir="rtl"' : ''}` : '';
  return `<div class="fertility-qa-fallback"${language} style="${look.box}">\n${lines.join('\n')}\n</div>`;
}
