/**
 * The one way any face turns a message key into text: ICU MessageFormat (plurals, selects,
 * placeholders) through FormatJS's intl-messageformat, with English as the fallback for a key a
 * catalog lacks or cannot format. Dates, times, numbers and lists use the locale's own formats.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { intlTag, PSEUDO_LOCALE, type UiLocale } from './locales';
import { pseudoLocalize } from './pseudo';

/** Values a message's placeholders take. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** Text for one locale. Pure and cheap to call: compiled messages are cached. */
export interface Translator {
  readonly locale: UiLocale;
  /** The message for `key`, formatted with `values`. */
  t(key: MessageKey, values?: MessageValues): string;
  /** True when `key` is a known message key (for keys built at run time, e.g. by card id). */
  has(key: string): key is MessageKey;
  /** A number in the locale's format (`1 234,5` in fr). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A date and/or time in the locale's format. */
  dateTime(d: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** A list joined the locale's way ("a, b and c", "a、b、c"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

type Compiled = { format(values?: MessageValues): unknown };

/**
 * intl-messageformat resolves the locale in EVERY constructor through
 * `Intl.NumberFormat.supportedLocalesOf` (its index.js, `static resolveLocale`), which V8 answers
 * slowly (~0.5 ms a call in Chromium): the popover's first render compiles a few dozen messages,
 * and that was ~30 ms of its first frame (a CPU profile of the page load). The answer depends on
 * the tag alone, so each tag is resolved once per process; the result is the same object kind.
 */
const resolveLocaleUncached = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const tag = typeof locales === 'string' ? locales : locales.join(',');
  if (!resolvedLocales.has(tag)) resolvedLocales.set(tag, resolveLocaleUncached(locales));
  return resolvedLocales.get(tag);
};
type Formatters = NonNullable<NonNullable<ConstructorParameters<typeof IntlMessageFormat>[3]>['formatters']>;

/**
 * Intl formatters shared by every message of one translator. intl-messageformat otherwise builds
 * a fresh set per compiled message (index.js: `createDefaultFormatters(this.formatterCache)`), so
 * the first format of each of ~100 messages constructed its own PluralRules/NumberFormat.
 */
function sharedFormatters(): Formatters {
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const plurals = new Map<string, Intl.PluralRules>();
  const key = (locales: unknown, options: unknown): string => JSON.stringify([locales, options ?? null]);
  return {
    getNumberFormat: (locales, options) => formatter(numbers, key(locales, options), () => new Intl.NumberFormat(locales, options)),
    getDateTimeFormat: (locales, options) => formatter(dates, key(locales, options), () => new Intl.DateTimeFormat(locales, options)),
    getPluralRules: (locales, options) => formatter(plurals, key(locales, options), () => new Intl.PluralRules(locales, options)),
  } as Formatters;
}

function compile(message: string, locale: UiLocale, formatters: Formatters): Compiled {
  // No placeholder, no quote: ICU's output is the text itself (MessageFormat's only syntax is
  // `{`, `}` and the apostrophe that quotes them; `#` means something only inside a plural), so
  // skip the parser for the many plain texts (tab names, buttons, headlines) of a first render.
  if (locale !== PSEUDO_LOCALE && !/[{}']/.test(message)) return { format: () => message };
  // ignoreTag: our texts contain literal angle brackets (`<private>` in Apple's log); no rich text.
  if (locale === PSEUDO_LOCALE) return new IntlMessageFormat(pseudoLocalize(message), 'en', undefined, { ignoreTag: true, formatters });
  return new IntlMessageFormat(message, intlTag(locale), undefined, { ignoreTag: true, formatters });
}

/**
 * A translator over `catalog` (a partial catalog falls back to English key by key).
 * For the pseudo-locale pass the English catalog; it is transformed message by message.
 */
export function createTranslator(locale: UiLocale, catalog: Partial<Catalog> = en): Translator {
  const cache = new Map<string, Compiled>();
  const tag = intlTag(locale);
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const lists = new Map<string, Intl.ListFormat>();
  const formatters = sharedFormatters();
  const fallback = (key: MessageKey, values?: MessageValues): string => {
    // In the popover `en` may lack a namespace (shared/i18n/popover-en.ts): the catalog's own
    // unformatted message is still text in the reader's language; a bare key is the last resort.
    const source = en[key] as string | undefined;
    if (source === undefined) return (catalog as Record<string, string | undefined>)[key] ?? key;
    try {
      return String(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true, formatters }).format(values));
    } catch {
      return source;
    }
  };
  return {
    locale,
    t(key, values) {
      let compiled = cache.get(key);
      if (!compiled) {
        const message = (catalog as Record<string, string | undefined>)[key];
        if (message === undefined) return fallback(key, values);
        try {
          compiled = compile(message, locale, formatters);
        } catch {
          return fallback(key, values);
        }
        cache.set(key, compiled);
      }
      try {
        return String(compiled.format(values));
      } catch {
        return fallback(key, values);
      }
    },
    has: (key): key is MessageKey => Object.hasOwn(en, key) || Object.hasOwn(catalog, key),
    number: (n, options) => formatter(numbers, options, () => new Intl.NumberFormat(tag, options)).format(n),
    dateTime: (d, options) => formatter(dates, options, () => new Intl.DateTimeFormat(tag, options)).format(d),
    list: (items, type = 'conjunction') => formatter(lists, type, () => new Intl.ListFormat(tag, { style: 'long', type })).format(items),
  };
}

/**
 * One Intl formatter per distinct options, per translator: constructing one resolves the locale
 * against ICU's data (~0.05–0.2 ms each in V8), and the monitor formats dozens of numbers a cycle.
 */
function formatter<F>(cache: Map<string, F>, options: object | string | undefined, make: () => F): F {
  const key = typeof options === 'string' ? options : options === undefined ? '' : JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    if (cache.size >= 64) cache.clear(); // options built from data must not grow the cache without bound
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** The English translator, always available synchronously (the source and the fallback). */
export const EN: Translator = createTranslator('en', en);

/**
 * The catalog for `locale`. Languages other than English load on demand, so the popover's first
 * paint carries only English plus the one language in use (the bundlers split these imports).
 */
export async function loadCatalog(locale: UiLocale): Promise<Catalog> {
  switch (locale) {
    case 'de':
      return (await import('./catalogs/de')).catalog;
    case 'fr':
      return (await import('./catalogs/fr')).catalog;
    case 'es':
      return (await import('./catalogs/es')).catalog;
    case 'ja':
      return (await import('./catalogs/ja')).catalog;
    case 'zh-Hans':
      return (await import('./catalogs/zh-Hans')).catalog;
    default:
      return en;
  }
}

/** A ready translator for `locale` (loads its catalog first). */
export async function loadTranslator(locale: UiLocale): Promise<Translator> {
  return locale === 'en' ? EN : createTranslator(locale, await loadCatalog(locale));
}
