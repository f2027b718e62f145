import { wordsOf } from './text-match.js';

/**
 * Urgent-care text: a question's urgent notice ("If you are pregnant and have heavy
 * bleeding, severe pain… get urgent medical help") is shown first by
 * `<fertility-question>`, and answers often say it again. Neither is what the question
 * is about: a reader searching "endometriosis pain" must not get the miscarriage
 * question because its urgent notice says "pain". So the search reads answers without
 * the sentences that restate the notice, for ranking and for excerpts alike.
 */

/** A sentence restates the notice when this share of its words is in the notice (and it has at least MIN_WORDS). */
const RESTATED_SHARE = 0.8;
const MIN_WORDS = 4;
/** A sentence: up to its closing punctuation (or a line break), the punctuation kept. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;

/** The words of each notice, worked out once per notice text. */
const noticeWords = new Map<string, Set<string>>();
function wordsOfNotice(urgent: string): Set<string> {
  let words = noticeWords.get(urgent);
  if (!words) {
    if (noticeWords.size >= 256) noticeWords.clear();
    noticeWords.set(urgent, (words = new Set(wordsOf(urgent))));
  }
  return words;
}

/** `text` without the sentences that restate `urgent` (each replaced by a space); `text` itself when there is no notice. */
export function withoutUrgentText(text: string, urgent: string | undefined): string {
  if (!urgent || !text) return text;
  const notice = wordsOfNotice(urgent);
  let restated = false;
  const kept = text.replace(SENTENCE, (sentence) => {
    const words = wordsOf(sentence);
    if (words.length < MIN_WORDS) return sentence;
    const inNotice = words.filter((word) => notice.has(word)).length;
    if (inNotice < RESTATED_SHARE * words.length) return sentence;
    restated = true;
    return sentence.endsWith('\n') ? '\n' : ' ';
  });
  return restated ? kept : text;
}
