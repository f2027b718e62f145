import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closestAcross } from '../shared/dom.js';
import { enCore } from './en.js';
import { primary } from './text-language.js';
import type { CoreMessages, Locale, Message, Messages, SearchMessages } from './messages.js';

/**
 * Locales shipped besides English. Each is its own small file, loaded only
 * when an element on the page is in that language. A `Map`: the page's `lang`
 * is the key, and `lang="constructor"` must find nothing, not `Object`.
 */
const LOCALES = new Map<string, () => Promise<{ default: Locale }>>([
  ['es', () => import('./es.js')],
  ['fr', () => import('./fr.js')],
  ['de', () => import('./de.js')],
  ['ar', () => import('./ar.js')],
]);

/** English: the core's messages, and those a chunk adds when it arrives (`addEnglish`). */
const english: Partial<Messages> = { ...enCore };

/** Adds English messages that come with a chunk (the video panel's, "About this answer"'s): only that chunk shows them. */
export function addEnglish(messages: Partial<CoreMessages>): void {
  Object.assign(english, messages);
}

const loading = new Map<string, Promise<Locale | undefined>>();
const loaded = new Map<string, Locale>();


/** Plural rules by language tag, made once each (a list of results asks for one per result); throws for an invalid tag. */
const pluralRulesByTag = new Map<string, Intl.PluralRules>();
function pluralRules(tag: string): Intl.PluralRules {
  let rules = pluralRulesByTag.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    if (pluralRulesByTag.size < 50) pluralRulesByTag.set(tag, rules);
  }
  return rules;
}

function loadLocale(language: string): Promise<Locale | undefined> {
  const code = primary(language);
  let promise = loading.get(code);
  if (!promise) {
    const loader = LOCALES.get(code);
    promise = loader
      ? loader().then(
          (module) => (loaded.set(code, module.default), module.default),
          () => undefined, // the chunk failed to load: English it is
        )
      : Promise.resolve(undefined);
    loading.set(code, promise);
  }
  return promise;
}

export { feedTextLanguage } from './text-language.js';

/**
 * The language of an element: its own `lang` or its nearest ancestor's,
 * looking through shadow roots to their hosts; else the page's; else English.
 */
export function languageOf(element: Element): string {
  return closestAcross(element, '[lang]:not([lang=""])')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

export { formatDate } from './format-date.js';
import { formatDate } from './format-date.js';

/** Reads the `strings` attribute: a JSON object of messages the page wants worded its own way. */
export const stringsConverter = {
  fromAttribute(value: string | null): Partial<Messages> | undefined {
    if (!value) return undefined;
    try {
      return JSON.parse(value) as Partial<Messages>; // its shape is checked where it is read
    } catch {
      console.warn('fertility-qa: the "strings" attribute is not valid JSON; it is ignored.');
      return undefined;
    }
  },
};

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A usable message from the page: a string, or plural forms (`other` required) that are all strings. */
function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'other')) return false;
  return Object.entries(value).every(([form, text]) => PLURAL_FORMS.has(form) && typeof text === 'string');
}

/**
 * The page's own messages, as a `Map` of the usable ones: a wrong-typed value
 * (`{"disclaimer": 5}`) is left out with one warning naming its key, and the
 * widget's own wording is used instead.
 */
function checkStrings(strings: unknown, tag: string): Map<string, Message> {
  const usable = new Map<string, Message>();
  if (strings === undefined || strings === null) return usable;
  if (typeof strings !== 'object' || Array.isArray(strings)) {
    console.warn(`fertility-qa: <${tag}> strings: must be an object of messages; it is ignored.`);
    return usable;
  }
  for (const [key, value] of Object.entries(strings)) {
    if (isMessage(value)) usable.set(key, value);
    else console.warn(`fertility-qa: <${tag}> strings.${key.slice(0, 60)}: must be a string or plural forms such as {"one": "…", "other": "…"}; it is ignored.`);
  }
  return usable;
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The page's own wording for any message (from the `strings` attribute or property). */
  strings?: Partial<Messages> | undefined;
}

/** The connected controllers, told when a `lang` or `dir` changes anywhere on the page. */
const watching = new Set<LocalizeController>();
/** `lang` and `dir` on `<html>` and every element below it (as Shoelace's localize watches `<html>`). */
const WATCHED: MutationObserverInit = { subtree: true, attributeFilter: ['lang', 'dir'] };
let pageWatch: MutationObserver | undefined;

/**
 * Gives an element its language and its messages. English is always there;
 * another shipped language is fetched on first use (the host re-renders when
 * it arrives, and `ready` tells whether it has). Search messages come from the
 * `search` table the element passes in (English ones live in the search chunk).
 */
export class LocalizeController implements ReactiveController {
  /** The element's language tag, e.g. "ar" or "en-GB". */
  lang = 'en';
  /** The writing direction of the element's language. */
  dir: 'ltr' | 'rtl' = 'ltr';
  private pending?: string;
  /** The host's `strings` as last checked, and what of them is usable. */
  private checked?: { from: unknown; usable: Map<string, Message> };
  /** Watches the host's own `lang` and `dir` (the page-wide watch cannot see into shadow roots). */
  private readonly own = new MutationObserver(() => this.languageChanged());

  constructor(
    private readonly host: LocalizeHost,
    private readonly englishSearch?: SearchMessages,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readLanguage();
    watching.add(this);
    pageWatch ??= new MutationObserver(() => watching.forEach((controller) => controller.languageChanged()));
    pageWatch.observe(document.documentElement, WATCHED);
    this.own.observe(this.host, { attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    watching.delete(this);
    if (!watching.size) pageWatch?.disconnect();
    this.own.disconnect();
  }

  /** A `lang` or `dir` changed on the element, an ancestor or `<html>`: re-read the language and re-render. */
  languageChanged(): void {
    this.readLanguage();
    this.host.requestUpdate();
  }

  /** Reads the element's language, and fetches its messages when they are shipped and not here yet. */
  private readLanguage(): void {
    this.lang = languageOf(this.host);
    this.dir = ['ar', 'he', 'fa', 'ur'].includes(primary(this.lang)) ? 'rtl' : 'ltr';
    const code = primary(this.lang);
    if (code !== 'en' && !loaded.has(code) && LOCALES.has(code) && this.pending !== code) {
      this.pending = code;
      loadLocale(code).then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
    }
  }

  /** Whether the element's language has arrived (or is English, or is not shipped). */
  get ready(): boolean {
    const code = primary(this.lang);
    return code === 'en' || loaded.has(code) || !LOCALES.has(code) || this.pending !== code;
  }

  /** The message, and the language whose plural rules it follows. */
  private message(key: keyof Messages): [Message | undefined, string] {
    const strings = this.host.strings;
    if (!this.checked || this.checked.from !== strings) this.checked = { from: strings, usable: checkStrings(strings, this.host.localName) };
    const own = this.checked.usable.get(key);
    if (own !== undefined) return [own, this.lang];
    const locale = loaded.get(primary(this.lang));
    if (locale) return [(locale.core as Partial<Messages>)[key] ?? (locale.search as Partial<Messages>)[key], this.lang];
    return [english[key] ?? (this.englishSearch as Partial<Messages> | undefined)?.[key], 'en'];
  }

  /** A message in the element's language, with `{placeholders}` filled in. */
  t(key: keyof CoreMessages | keyof SearchMessages, params: Record<string, string | number> = {}): string {
    return this.pick(key, params).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  }

  /**
   * As `t`, for a sentence of the widget's own that holds feed text or what the
   * reader typed (an expert's or category's name, a query): each string placed in
   * it is a `<bdi>`, so a right-to-left name or a bidi control in it cannot reorder
   * the widget's words around it. For a Lit template.
   */
  isolated(key: keyof CoreMessages | keyof SearchMessages, params: Record<string, string | number>): Array<string | TemplateResult> {
    // split() with a group: the placeholders' names are at the odd indices.
    return this.pick(key, params)
      .split(/\{(\w+)\}/)
      .map((part, index) => {
        if (index % 2 === 0) return part;
        if (!Object.hasOwn(params, part)) return `{${part}}`;
        const value = params[part]!;
        return typeof value === 'string' ? html`<bdi>${value}</bdi>` : String(value);
      });
  }

  /** The message for `key`, in the plural form `params.count` asks for. */
  private pick(key: keyof CoreMessages | keyof SearchMessages, params: Record<string, string | number>): string {
    const [found, pluralLanguage] = this.message(key);
    let message = found ?? key;
    if (typeof message !== 'string') {
      const count = Number(params.count ?? 0);
      let form: Intl.LDMLPluralRule = 'other';
      try {
        form = pluralRules(pluralLanguage).select(count);
      } catch {
        // an invalid lang tag: 'other'
      }
      // An explicit zero form is used for 0 even where the language's rules say "other" (as in English).
      message = (count === 0 && message.zero) || message[form] || message.other;
    }
    return message;
  }

  /** A YYYY-MM-DD date as the reader's language writes it ("medium": "Oct 5, 2026", for a one-line header). */
  date(isoDate: string, style?: 'long' | 'medium'): string {
    return formatDate(isoDate, this.lang, style);
  }
}
