import fc from 'fast-check';
import { anyJson, breakableText, text } from './arbitraries.js';
import { check, openHost, renderCase, type Host } from './harness.js';

/**
 * Property-based fuzzing of attribute values on the built bundle: a page (or a
 * CMS editor) may write anything into them. Each run renders a `<fertility-question>`,
 * a `<qa-search>` and an `<expert-answer>` with generated attributes.
 */
const FEED = '/test/fixtures/feed.json';
const MESSAGE_KEYS = ['loading', 'expertsAnswered', 'errorFormat', 'errorNotJson', 'retry', 'disclaimer', 'answeredBy', 'reviewedBy', 'resultCount', 'noResults', 'showMore', 'searchLabel'];
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

/** A value for a number attribute (heading-level, timeout, max-results) or any text. */
const numberish = fc.oneof(fc.integer({ min: -10, max: 100 }).map(String), fc.constantFrom('', '0', '1e9', 'NaN', 'Infinity', '2.5', ' 3 ', '0x10', '-0', '0.001'), text);
const flag = fc.option(fc.oneof(fc.constant(''), text), { nil: undefined });

function attributes(field: fc.Arbitrary<string>) {
  const common = { 'heading-level': numberish, timeout: numberish, cache: fc.oneof(fc.constant('session'), field), organisation: field, theme: fc.oneof(fc.constantFrom('dark', 'calm dark', 'contrast auto', 'light warm'), field), 'no-disclaimer': flag };
  return fc.record({
    question: fc.record(
      { ...common, question: fc.oneof(fc.constantFrom('what-is-ivf', 'what-is-amh', 'markup-stays-text'), field), compact: flag, collapsible: flag, open: flag, 'review-status': flag, 'no-structured-data': flag },
      { requiredKeys: ['question'] },
    ),
    search: fc.record({ ...common, placeholder: field, label: field, categories: field, 'max-results': numberish, open: fc.oneof(fc.constantFrom('what-is-ivf', 'constructor'), field) }, { requiredKeys: [] }),
    answer: fc.record(
      { 'heading-level': numberish, 'expert-name': field, 'expert-role': field, 'expert-credentials': field, 'expert-organisation': field, 'video-id': fc.oneof(fc.stringMatching(/^[\w-]{11}$/), field), 'video-title': field, 'question-title': field },
      { requiredKeys: [] },
    ),
    body: field,
  });
}
type Attributes = ReturnType<typeof attributes> extends fc.Arbitrary<infer T> ? T : never;

/** The three elements with the generated attributes (and `extra` ones on each, such as lang or strings). */
function page(values: Attributes, extra: Record<string, string> = {}) {
  return (container: HTMLElement, doc: Document) => {
    const make = (tag: string, attrs: Record<string, string | undefined>) => {
      const element = doc.createElement(tag);
      for (const [name, value] of Object.entries({ ...attrs, ...extra })) if (value !== undefined) element.setAttribute(name, value);
      container.append(element);
      return element;
    };
    make('fertility-question', { src: FEED, ...values.question });
    make('qa-search', { src: FEED, ...values.search });
    make('expert-answer', values.answer).textContent = values.body;
  };
}

describe('fuzz: attributes, against dist/fertility-qa.js', function () {
  let host: Host;
  before(async () => {
    host = await openHost();
  });
  after(() => host.frame.remove());

  it('any attribute values (lang and strings aside): nothing uncaught, nothing runs, no long task, always settles', async function () {
    this.timeout(60_000);
    await check(attributes(text), 15, (values) => renderCase(host, page(values), { width: false }));
  });

  it('attribute values with breakable text never make a 360 px page wider', async function () {
    this.timeout(60_000);
    await check(attributes(breakableText), 10, (values) => renderCase(host, page(values)));
  });

  it('any lang, on the element or an ancestor: nothing uncaught, always settles', async function () {
    this.timeout(60_000);
    const lang = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('en', 'fr', 'ar', 'de-CH', 'ES', 'zz-Latn', 'x-klingon', 'en_GB', 'Constructor-x'), text);
    await check(fc.tuple(attributes(breakableText), lang, fc.boolean()), 20, ([values, language, onContainer]) =>
      renderCase(
        host,
        (container, doc) => {
          page(values, onContainer ? {} : { lang: language })(container, doc);
          if (onContainer) container.lang = language;
        },
        { width: false },
      ),
    );
  });

  it('any strings overrides (wrong types, prototype keys, not JSON): nothing uncaught, always settles', async function () {
    this.timeout(60_000);
    const strings = fc.oneof(fc.dictionary(fc.constantFrom(...MESSAGE_KEYS, ...PROTOTYPE_KEYS), anyJson).map((value) => JSON.stringify(value)), text);
    await check(fc.tuple(attributes(breakableText), strings), 20, ([values, value]) => renderCase(host, page(values, { strings: value }), { width: false }));
  });
});
