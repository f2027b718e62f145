/**
 * The script-tag entry: `<script type="module" src=".../fertility-qa.js">`
 * registers every element. (Bundler users import `fertility-qa` for the
 * classes and `fertility-qa/define.js` to register the tags.)
 *
 * This file is tiny on purpose. It loads the rest (Lit and the elements: a
 * chunk with a hashed name beside it) only if no copy of fertility-qa got here
 * first. So a second copy of the script, from another URL or of another version,
 * never evaluates Lit: no tag is defined twice, and Lit's Trusted Types policy
 * (`lit-html`) is not created twice, which a `trusted-types` directive without
 * `'allow-duplicates'` would refuse with an exception. The clash is reported in
 * one warning. No chunk imports this file, so a query string on it
 * (`fertility-qa.js?ver=6.4`) loads nothing twice.
 */
const FIRST = Symbol.for('fertility-qa');
const host = globalThis as { [FIRST]?: string };

if (host[FIRST] || customElements.get('fertility-question')) {
  console.warn(`fertility-qa: <fertility-question>, <expert-answer>, <qa-feed>, <qa-search> are already defined by another copy of the script (${host[FIRST]}); this one (${import.meta.url}) is not used.`);
} else {
  host[FIRST] = import.meta.url;
  import('./define.js').then(
    () => {},
    (error: unknown) => console.warn(`fertility-qa: could not be loaded (${error}).`),
  );
}
