import { QaFeed } from './qa-feed/qa-feed.js';
import { ExpertAnswer } from './expert-answer/expert-answer.js';
import { FertilityQuestion } from './fertility-question/fertility-question.js';

/**
 * Registers every fertility-qa element. Safe to run twice: a tag that is
 * already defined (by this script included twice, or by another version) is
 * left as it is, and the clash is reported once.
 *
 * `<qa-search>` (with fuse.js) is registered the first time the page uses it:
 * its code is a separate file beside this one, so a page with only questions
 * never downloads it.
 */
const elements: Array<[string, CustomElementConstructor]> = [
  ['qa-feed', QaFeed],
  ['expert-answer', ExpertAnswer],
  ['fertility-question', FertilityQuestion],
];
const lazyElements: Array<[string, () => Promise<CustomElementConstructor>]> = [
  ['qa-search', () => import('./qa-search/qa-search.js').then((module) => module.QaSearch)],
];

const taken: string[] = [];
for (const [name, element] of elements) {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (existing !== element) taken.push(`<${name}>`);
}
for (const [name] of lazyElements) {
  // Another copy of the script got here first (it defines every tag, lazy or not).
  if (customElements.get(name) && taken.length > 0) taken.push(`<${name}>`);
}
if (taken.length > 0) {
  console.warn(
    `fertility-qa: ${taken.join(', ')} ${taken.length === 1 ? 'was' : 'were'} already defined by another copy of the script; this copy's definitions are not used.`,
  );
}

defineWhenUsed(lazyElements);

/**
 * Defines each lazy tag once an element of it is in the document: at once if
 * one is there now, otherwise when one is added (watched until then with a
 * MutationObserver that looks only at added nodes). `document.createElement`
 * and `whenDefined` keep working: the element upgrades when it is defined.
 */
function defineWhenUsed(lazy: Array<[string, () => Promise<CustomElementConstructor>]>): void {
  const waiting = new Map(lazy.filter(([name]) => !customElements.get(name)));
  if (waiting.size === 0) return;
  const load = (name: string) => {
    const loader = waiting.get(name);
    if (!loader) return;
    waiting.delete(name);
    loader().then(
      (element) => customElements.get(name) ?? customElements.define(name, element),
      (error: unknown) => console.warn(`fertility-qa: <${name}> could not be loaded (${String(error)}).`),
    );
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const name of waiting.keys()) {
          if ((node as Element).localName === name || (node as Element).getElementsByTagName(name).length > 0) load(name);
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  for (const name of [...waiting.keys()]) if (document.getElementsByTagName(name).length > 0) load(name);
}
