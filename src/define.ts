import { QaFeed } from './qa-feed/qa-feed.js';
import { ExpertAnswer } from './expert-answer/expert-answer.js';
import { FertilityQuestion } from './fertility-question/fertility-question.js';

/**
 * Registers every fertility-qa element. Safe to run twice: a tag that is
 * already defined (by this module loaded twice, or by another version) is
 * left as it is, and the clash is reported once.
 *
 * `<qa-search>` is registered the first time the page uses it:
 * its code is a separate file beside this one, so a page with only questions
 * never downloads it.
 */
const taken = (
  [
    ['qa-feed', QaFeed],
    ['expert-answer', ExpertAnswer],
    ['fertility-question', FertilityQuestion],
  ] as const
)
  .filter(([name, element]) => {
    const existing = customElements.get(name);
    if (!existing) customElements.define(name, element);
    return existing && existing !== element;
  })
  .map(([name]) => `<${name}>`);
if (taken.length > 0) {
  console.warn(`fertility-qa: ${taken.join(', ')} already defined by another copy of the script; this copy's definitions are not used.`);
}

defineSearchWhenUsed('qa-search');

/**
 * Defines `<qa-search>` (`name`) once one is in the document: at once if one is there
 * now, otherwise when one is added (watched until then with a MutationObserver
 * that looks only at added nodes). `document.createElement` and `whenDefined`
 * keep working: the element upgrades when it is defined.
 */
function defineSearchWhenUsed(name: string): void {
  if (customElements.get(name)) return;
  const load = () => {
    observer.disconnect();
    import('./qa-search/qa-search.js').then(
      (module) => customElements.get(name) ?? customElements.define(name, module.QaSearch),
      (error: unknown) => console.warn(`fertility-qa: <${name}> could not be loaded (${error}).`),
    );
  };
  const observer = new MutationObserver((records) => {
    const added = records.flatMap((record) => [...record.addedNodes]);
    if (added.some((node) => node.nodeType === Node.ELEMENT_NODE && ((node as Element).localName === name || (node as Element).getElementsByTagName(name).length > 0))) load();
  });
  observer.observe(document, { childList: true, subtree: true });
  if (document.getElementsByTagName(name).length > 0) load();
}
