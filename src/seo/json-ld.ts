import type {
  Answer as SchemaAnswer,
  CreativeWork,
  Person,
  Question as SchemaQuestion,
  VideoObject,
  WithContext,
} from 'schema-dts';
import type { Expert, Question } from '../feed/types.js';
import { plainText } from '../feed/plain-text.js';

/**
 * schema.org JSON-LD for one question, its expert answers and their authors.
 * Typed with schema-dts (generated from schema.org's vocabulary), so `tsc`
 * rejects a type or property that schema.org does not define. Why `Question`
 * and not `FAQPage` or `QAPage`: docs/seo.md.
 */

function person(expert: Expert): Person {
  return {
    '@type': 'Person',
    name: expert.name,
    ...(expert.role && { jobTitle: expert.role }),
    ...(expert.organisation && { affiliation: { '@type': 'Organization', name: expert.organisation } }),
    ...(expert.credentials && { hasCredential: { '@type': 'EducationalOccupationalCredential', name: expert.credentials } }),
    ...(expert.profileUrl && { url: expert.profileUrl }),
  };
}

/**
 * The JSON-LD object `questionJsonLd` returns: a schema.org `Question` with its
 * `@context`. Declared here rather than with schema-dts's types, so the
 * published `.d.ts` imports nothing a consumer does not install.
 */
export interface QuestionJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Question';
  /** The question's address: absent in a static copy made without one (see `questionJsonLd`). */
  '@id'?: string;
  name: string;
  [property: string]: unknown;
}

/**
 * schema.org JSON-LD for one question. Its address is the question's own `url`
 * from the feed when there is one, otherwise `pageUrl` (the page it is shown
 * on); with neither (a static copy made elsewhere, e.g. by the snippet builder)
 * it has no `url` or `@id`, and the element fills in the page's address at run time.
 */
export function questionJsonLd(question: Question, pageUrl?: string): QuestionJsonLd {
  return schemaQuestion(question, pageUrl) as QuestionJsonLd;
}

function schemaQuestion(question: Question, pageUrl?: string): WithContext<SchemaQuestion> {
  const page = (question.url ?? pageUrl)?.split('#')[0];
  const at = (fragment: string) => (page ? { '@id': `${page}#${fragment}`, url: `${page}#${fragment}` } : {});
  // The first 100 answers at most: a question with 50,000 would write megabytes into the head.
  const answers: SchemaAnswer[] = question.answers.slice(0, 100).map((answer) => {
    const video: VideoObject | undefined = answer.video && {
      '@type': 'VideoObject',
      name: answer.video.title ?? `${answer.expert.name}: ${question.title}`,
      embedUrl: `https://www.youtube-nocookie.com/embed/${answer.video.youtubeId}`,
      url: `https://www.youtube.com/watch?v=${answer.video.youtubeId}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${answer.video.youtubeId}/hqdefault.jpg`,
      ...(answer.video.transcript && { transcript: plainText(answer.video.transcript) }),
    };
    return {
      '@type': 'Answer',
      ...at(answer.id),
      text: plainText(answer.text ?? answer.video?.transcript ?? answer.video?.title ?? ''),
      author: person(answer.expert),
      ...(video && { video }),
    };
  });
  const citations: CreativeWork[] = question.references.map((reference) => ({
    '@type': 'CreativeWork',
    name: reference.title,
    ...(reference.url && { url: reference.url }),
    ...(reference.doi && { sameAs: `https://doi.org/${reference.doi}` }),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Question',
    ...at(question.id),
    name: question.title,
    text: question.summary ?? question.title,
    answerCount: question.answers.length,
    about: { '@type': 'Thing', name: question.category.name },
    ...(question.tags.length && { keywords: question.tags.join(', ') }),
    ...(question.published && { datePublished: question.published }),
    ...(question.reviewed && { dateModified: question.reviewed }),
    // Review data belongs to the page (schema.org puts lastReviewed and reviewedBy on WebPage).
    ...((question.reviewed || question.reviewedBy) && {
      mainEntityOfPage: {
        '@type': 'WebPage',
        ...(page && { '@id': page }),
        ...(question.reviewed && { lastReviewed: question.reviewed }),
        ...(question.reviewedBy && { reviewedBy: person(question.reviewedBy) }),
      },
    }),
    ...(answers.length && { suggestedAnswer: answers }),
    ...(citations.length && { citation: citations }),
  };
}

const MARKER = 'data-fertility-qa-question';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Script text for the JSON-LD element. Where the page enforces Trusted Types,
 * script text must come from a policy: ours passes through only the JSON we
 * serialise ourselves, for a `type="application/ld+json"` element that never
 * runs. A page whose `trusted-types` list does not allow our policy gets no
 * JSON-LD (and no violation).
 */
function scriptText(json: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
  if (!trustedTypes) return json;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('fertility-qa-json-ld', { createScript: (input: string) => input });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : undefined;
}

/**
 * Writes the JSON-LD of a question into `document.head`, once per question
 * however many elements show it; returns a function that removes it again.
 * `<` is escaped in the text, so no feed text can end the script element early.
 */
export function writeJsonLd(question: Question): () => void {
  // Anywhere in the document: a static snippet may carry the same JSON-LD already (the snippet builder writes it).
  const existing = document.querySelector<HTMLScriptElement>(`script[${MARKER}="${CSS.escape(question.id)}"]`);
  if (existing) {
    // A static copy (from a snippet) may lack the address: the first element to use it writes the run-time JSON in.
    if (!existing.dataset.users) {
      const text = scriptText(JSON.stringify(questionJsonLd(question, location.href)).replace(/</g, '\\u003c'));
      if (text !== undefined) (existing as unknown as { text: unknown }).text = text;
    }
    existing.dataset.users = String(Number(existing.dataset.users ?? '1') + 1);
  } else {
    const text = scriptText(JSON.stringify(questionJsonLd(question, location.href)).replace(/</g, '\\u003c'));
    if (text === undefined) return () => {};
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, question.id);
    (script as unknown as { text: unknown }).text = text;
    document.head.append(script);
  }
  return () => {
    const script = document.head.querySelector<HTMLScriptElement>(`script[${MARKER}="${CSS.escape(question.id)}"]`);
    if (!script) return; // one the page wrote itself (a static snippet) stays
    const users = Number(script.dataset.users ?? '1') - 1;
    if (users <= 0) script.remove();
    else script.dataset.users = String(users);
  };
}
