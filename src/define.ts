import { QaFeed } from './qa-feed/qa-feed.js';
import { ExpertAnswer } from './expert-answer/expert-answer.js';
import { FertilityQuestion } from './fertility-question/fertility-question.js';
import { QaSearch } from './qa-search/qa-search.js';

/**
 * Registers every fertility-qa element. Safe to run twice: a tag that is
 * already defined (by this script included twice, or by another version) is
 * left as it is, and the clash is reported once.
 */
const elements: Array<[string, CustomElementConstructor]> = [
  ['qa-feed', QaFeed],
  ['expert-answer', ExpertAnswer],
  ['fertility-question', FertilityQuestion],
  ['qa-search', QaSearch],
];

const taken: string[] = [];
for (const [name, element] of elements) {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (existing !== element) taken.push(`<${name}>`);
}
if (taken.length > 0) {
  console.warn(
    `fertility-qa: ${taken.join(', ')} ${taken.length === 1 ? 'was' : 'were'} already defined by another copy of the script; this copy's definitions are not used.`,
  );
}
