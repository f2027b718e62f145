import { html, nothing, type TemplateResult } from 'lit';
import { isObject, textAt, valueAt } from '../document/feed-document.js';
import type { EditorContext } from './context.js';
import { plainWords } from './fields.js';
import type { EditorMessageKey } from '../i18n/editor-localize.js';

/** The names of fields, as the form labels them. */
const LABELS: Record<string, EditorMessageKey> = {
  title: 'fieldTitle',
  language: 'feedLanguage',
  id: 'id',
  name: 'name',
  description: 'description',
  role: 'role',
  credentials: 'credentials',
  organisation: 'organisation',
  registration: 'registration',
  profileUrl: 'profileUrl',
  photoUrl: 'photoUrl',
  conflictOfInterest: 'conflictOfInterest',
  summary: 'summary',
  category: 'category',
  tags: 'tags',
  published: 'published',
  reviewed: 'reviewed',
  nextReview: 'nextReview',
  reviewedBy: 'reviewedBy',
  urgent: 'urgent',
  url: 'questionUrl',
  answers: 'answers',
  expert: 'expert',
  text: 'answerText',
  video: 'video',
  youtubeId: 'youtubeId',
  duration: 'duration',
  poster: 'poster',
  transcript: 'transcript',
  references: 'references',
  pmid: 'pmid',
  doi: 'doi',
  experts: 'expertsSection',
  categories: 'categoriesSection',
  questions: 'questionsSection',
  featured: 'featured',
  synonyms: 'synonyms',
};

/** Where a problem is, in words: "Question 2 “What is AMH?” › Answer 1 › Expert". */
export function problemWhere(ctx: EditorContext, key: string): string {
  const parts = key.split('.').filter(Boolean);
  const words: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const next = parts[index + 1];
    if (next !== undefined && /^\d+$/.test(next) && ['questions', 'experts', 'categories', 'answers', 'references'].includes(part)) {
      const entry = valueAt(ctx.doc, parts.slice(0, index + 2).map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
      const name = isObject(entry) ? textAt(entry, [part === 'answers' ? 'expert' : part === 'questions' || part === 'references' ? 'title' : 'name']) : '';
      const kind = ({ questions: 'questionHeading', experts: 'expertHeading', categories: 'categoryHeading', answers: 'answerHeading', references: 'referenceHeading' } as const)[part as 'questions'];
      words.push(ctx.t(kind, { number: Number(next) + 1, name: name || '…' }));
      index++;
    } else if (/^\d+$/.test(part)) {
      words.push(`#${Number(part) + 1}`);
    } else {
      const label = LABELS[part];
      words.push(label ? ctx.t(label) : part);
    }
  }
  return words.join(' › ') || ctx.t('wholeFeed');
}

/**
 * The list of every problem, at the top of the form: each a button that opens the
 * entries around the field and moves focus to it. Shown only when there are problems.
 */
export function problemSummary(ctx: EditorContext, jump: (key: string) => void): TemplateResult | typeof nothing {
  const all = ctx.problems.all;
  if (all.length === 0) {
    // An empty feed has nothing wrong, and nothing for readers either: say so, not "readers will see everything".
    const questions = valueAt(ctx.doc, ['questions']);
    const none = !Array.isArray(questions) || questions.length === 0;
    return html`<p class="all-good" id="problems">${ctx.t(none ? 'noQuestionsYet' : 'noProblems')}</p>`;
  }
  return html`<section class="summary" id="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${ctx.t('problemsHeading', { count: all.length })}</h2>
    <p class="hint">${ctx.t('problemsHint')}</p>
    <ul>
      ${all.slice(0, 200).map(
        (problem) => html`<li>
          <button type="button" class="link" @click=${() => jump(problem.key)}>
            <span class="where" dir="auto">${problemWhere(ctx, problem.key)}</span>: <span dir="auto">${plainWords(ctx, problem.message)}</span>
          </button>
        </li>`,
      )}
    </ul>
    ${all.length > 200 ? html`<p>${ctx.t('moreProblems', { count: all.length - 200 })}</p>` : nothing}
  </section>`;
}
