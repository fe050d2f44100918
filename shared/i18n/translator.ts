/**
 * The one way any face turns a message key into text: ICU MessageFormat (plurals, selects,
 * placeholders) through FormatJS's intl-messageformat, with English as the fallback for a key a
 * catalog lacks or cannot format. Dates, times, numbers and lists use the locale's own formats.
 */
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { formatToParts, IntlMessageFormat } from 'intl-messageformat';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { intlTag, LOCALES, PSEUDO_LOCALE, type UiLocale } from './locales';
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

type Formatters = NonNullable<NonNullable<ConstructorParameters<typeof IntlMessageFormat>[3]>['formatters']>;

/**
 * Locales whose default numbering system is Latin digits (CLDR: all of ours; `en-XA` formats as
 * `en`). There a whole number from 0 to 999 formats as its plain digits whatever the options below
 * allow, so no Intl.NumberFormat is built for it: the first one in a process costs ~11 ms of ICU
 * set-up (V8 loads the locale data), more than a `--json` run spends on all its text otherwise.
 */
const LATIN_DIGITS: ReadonlySet<string> = new Set(LOCALES);
const PLAIN_OPTIONS: ReadonlySet<string> = new Set(['minimumFractionDigits', 'maximumFractionDigits', 'useGrouping']);

function plainDigits(tag: unknown, n: unknown, options: Intl.NumberFormatOptions | undefined): boolean {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= 1000 || Object.is(n, -0)) return false;
  if (typeof tag !== 'string' || !LATIN_DIGITS.has(tag)) return false;
  if (!options) return true;
  return Object.keys(options).every((k) => PLAIN_OPTIONS.has(k)) && !options.minimumFractionDigits;
}

/** An Intl.NumberFormat built only when a number needs more than its digits (see LATIN_DIGITS). */
function lazyNumberFormat(tag: string | string[] | undefined, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  let real: Intl.NumberFormat | null = null;
  const format = (n: number | bigint): string => {
    if (plainDigits(tag, n, options)) return String(n);
    real ??= new Intl.NumberFormat(tag, options);
    return real.format(n);
  };
  return { format } as Intl.NumberFormat;
}

/**
 * English lists without Intl.ListFormat (its first use costs the same ICU set-up): CLDR's `en`
 * long patterns are "{0} and {1}" / "{0} or {1}" for two and "{0}, {1}, and {2}" for more.
 */
function englishList(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const word = type === 'conjunction' ? 'and' : 'or';
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

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
    getNumberFormat: (locales, options) => formatter(numbers, key(locales, options), () => lazyNumberFormat(locales, options)),
    getDateTimeFormat: (locales, options) => formatter(dates, key(locales, options), () => new Intl.DateTimeFormat(locales, options)),
    getPluralRules: (locales, options) => formatter(plurals, key(locales, options), () => new Intl.PluralRules(locales, options)),
  } as Formatters;
}

/**
 * What `new IntlMessageFormat(message, tag, undefined, { ignoreTag, formatters })` builds, without
 * its constructor: that calls `IntlMessageFormat.resolveLocale`, i.e. `Intl.NumberFormat
 * .supportedLocalesOf` (ICU set-up, ~11 ms the first time) only to end up with `new
 * Intl.Locale(tag)` for a single tag either way (intl-messageformat index.js, `resolveLocale`).
 * Same parser, same options, same formatToParts; a message with no ICU syntax is its own text.
 */
function compile(message: string, locale: UiLocale, formatters: Formatters): Compiled {
  const tag = intlTag(locale);
  let ast: MessageFormatElement[];
  if (locale === PSEUDO_LOCALE) ast = pseudoLocalize(message);
  // Only `{`, `}` and the apostrophe (quoting) are special outside a plural (ICU MessageFormat syntax).
  else if (!/[{}']/.test(message)) return { format: () => message };
  // ignoreTag: our texts contain literal angle brackets (`<private>` in Apple's log); no rich text.
  else ast = parse(message, { ignoreTag: true, locale: intlLocale(tag) });
  return { format: (values) => joinParts(formatToParts(ast, tag, formatters, IntlMessageFormat.formats, values, undefined, message)) };
}

const intlLocales = new Map<string, Intl.Locale>();
/** One Intl.Locale per tag (the parser only reads it for plural/date skeletons; a dozen messages share it). */
function intlLocale(tag: string): Intl.Locale {
  let l = intlLocales.get(tag);
  if (!l) {
    l = new Intl.Locale(tag);
    intlLocales.set(tag, l);
  }
  return l;
}

/** IntlMessageFormat's own `format`: adjacent literal parts joined, a single part as its value. */
function joinParts(parts: { type: number; value: unknown }[]): unknown {
  if (parts.length === 1) return parts[0]!.value;
  const result = parts.reduce<unknown[]>((all, part) => {
    if (!all.length || part.type !== 0 || typeof all[all.length - 1] !== 'string') all.push(part.value);
    else all[all.length - 1] += part.value as string;
    return all;
  }, []);
  return result.length <= 1 ? (result[0] ?? '') : result;
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
      return String(compile(source, 'en', formatters).format(values));
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
    number: (n, options) => formatter(numbers, options, () => lazyNumberFormat(tag, options)).format(n),
    dateTime: (d, options) => formatter(dates, options, () => new Intl.DateTimeFormat(tag, options)).format(d),
    list: (items, type = 'conjunction') =>
      tag === 'en' ? englishList(items, type) : formatter(lists, type, () => new Intl.ListFormat(tag, { style: 'long', type })).format(items),
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
