import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf } from '../../i18n/localize.js';
import type { Message } from '../../i18n/messages.js';
import { en, type EditorMessages } from './en.js';

/**
 * The editor's interface languages: the widget's (English, Spanish, French, German,
 * Arabic), with its mechanism: plain tables of messages with `{placeholders}` and
 * plural forms chosen by `Intl.PluralRules`, English always there, another language
 * loaded on first use, the language read from the element's own `lang` or its
 * nearest ancestor's (`languageOf`, as the widget reads it).
 */
const TABLES = new Map<string, () => Promise<{ default: Partial<EditorMessages> }>>([
  ['es', () => import('./es.js')],
  ['fr', () => import('./fr.js')],
  ['de', () => import('./de.js')],
  ['ar', () => import('./ar.js')],
]);

/** The interface languages, by tag, with their own names. */
export const INTERFACE_LANGUAGES: ReadonlyArray<readonly [string, string]> = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['ar', 'العربية'],
];

const loaded = new Map<string, Partial<EditorMessages>>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? 'en';

export type EditorMessageKey = keyof EditorMessages;
export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a plural message picks its form by `params.count`. */
export function formatMessage(message: Message, lang: string, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    let form: Intl.LDMLPluralRule = 'other';
    const count = Number(params['count'] ?? 0);
    try {
      // An explicit "zero" wording wins for 0 in every language ("No problems", not "0 problems").
      form = count === 0 && message.zero !== undefined ? 'zero' : new Intl.PluralRules(lang).select(count);
    } catch {
      // an invalid tag: the `other` form
    }
    text = message[form] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** Gives an editor element its interface language, direction and messages; re-renders when a table arrives or `lang` changes. */
export class EditorLocalizeController implements ReactiveController {
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  private readonly watch = new MutationObserver(() => this.read());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.watch.observe(this.host, { attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.watch.disconnect();
  }

  private read(): void {
    this.lang = languageOf(this.host);
    const code = primary(this.lang);
    this.dir = code === 'ar' ? 'rtl' : 'ltr';
    const load = TABLES.get(code);
    if (load && !loaded.has(code) && !loading.has(code)) {
      loading.set(
        code,
        load().then(
          (module) => void loaded.set(code, module.default),
          () => undefined, // the table failed to load: English it is
        ),
      );
    }
    const pending = loading.get(code);
    if (pending && !loaded.has(code)) pending.then(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  /** Resolves once the current language's table is here (or failed). */
  get ready(): Promise<void> {
    return loading.get(primary(this.lang)) ?? Promise.resolve();
  }

  /** A message in the interface language (English where its table lacks one), placeholders filled in. */
  t(key: EditorMessageKey, params: Params = {}): string {
    const table = loaded.get(primary(this.lang));
    const own = table?.[key];
    return own !== undefined ? formatMessage(own, this.lang, params) : formatMessage(en[key], 'en', params);
  }
}
