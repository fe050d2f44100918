/**
 * Localisation for every face: `loadTranslator(locale)` then `t(key, values)`.
 * `--json`, cause ids and check ids are never translated (scripts switch on them).
 */
export type { Catalog, MessageKey } from './catalogs/en';
export { en } from './catalogs/en';
export { intlTag, isUiLocale, LOCALE_NAMES, LOCALES, type Locale, localeFromEnv, matchLocale, negotiateLocale, PSEUDO_LOCALE, type UiLocale } from './locales';
export { NAMESPACES, type Namespace } from './namespaces';
export { createTranslator, EN, loadCatalog, loadTranslator, type MessageValues, type Translator } from './translator';
