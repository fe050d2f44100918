/**
 * The popover's language. The main process knows it before the window opens and puts it in the
 * page address (`?lang=<effective>&system=<macOS's choice>`, electron/shell/app-locale.ts); the
 * browser preview takes the same parameters, so e2e can render any language. `startLocale()` runs
 * from boot.ts, before React is even evaluated, so the first paint's namespaces load in parallel
 * with the bridge's first answer and the first paint is already in the right language.
 *
 * Catalogs arrive per namespace (shared/i18n/popover-catalogs.ts): the first paint loads
 * `FIRST_PAINT_NAMESPACES`; a lazily loaded view asks for its own with `needNamespaces()` before
 * it renders (components/App.tsx). The store's translator only ever changes to one that holds
 * every namespace asked for so far in its language, so a view never shows a key it has not
 * loaded — also across a language switch. Each change is a NEW translator: shared modules cache
 * their texts per translator (shared/fixes/localize.ts), so a translator's texts never change.
 */
import { createStore } from 'zustand/vanilla';
import { createTranslator, EN, type Translator, type UiLocale } from '../../shared/i18n';
import { FIRST_PAINT_NAMESPACES, loadPopoverMessages, type PopoverNamespace } from '../../shared/i18n/popover-catalogs';
import type { Settings } from '../../shared/settings';
import { localesFromSearch } from '../lib/page-locale';

export { localesFromSearch };

export interface I18nStore {
  /** The translator every component reads its texts from. */
  t: Translator;
  /** What "Same as macOS" resolves to (the main process negotiated it from macOS's list). */
  system: UiLocale;
}

/** Before `startLocale` settles nothing renders (main.tsx waits), so `EN` is only a placeholder. */
export const i18nStore = createStore<I18nStore>()(() => ({ t: EN, system: 'en' }));

let wanted: UiLocale = 'en';
/** Namespaces asked for so far; every later translator holds them all. */
const needed = new Set<PopoverNamespace>(FIRST_PAINT_NAMESPACES);
/** Namespaces the store's translator holds (none while it is the `EN` placeholder). */
let held = new Set<PopoverNamespace>();
/** The newest load: `needed` only grows, so it holds everything any earlier load was asked for. */
let latest: Promise<void> = Promise.resolve();

/** True when the translator in place is `wanted` and holds `namespaces`. */
const inPlace = (namespaces: Iterable<PopoverNamespace>): boolean => {
  const t = i18nStore.getState().t;
  return t !== EN && t.locale === wanted && [...namespaces].every((ns) => held.has(ns));
};

/**
 * Load every namespace needed in `wanted` and put a translator with them in place. A load that
 * lands after a newer, larger one changes nothing; one whose language is no longer wanted
 * settles with the newest load instead. (So the first paint never waits for a view's namespaces
 * asked for while its own were still loading.)
 */
function refresh(): Promise<void> {
  const locale = wanted;
  const namespaces = [...needed];
  const load: Promise<void> = loadPopoverMessages(locale, namespaces).then((messages) => {
    if (locale !== wanted) return load === latest ? undefined : latest;
    if (!inPlace(namespaces)) install(locale, namespaces, messages);
    return undefined;
  });
  latest = load;
  return load;
}

function install(locale: UiLocale, namespaces: readonly PopoverNamespace[], messages: Parameters<typeof createTranslator>[1]): void {
  held = new Set(namespaces);
  i18nStore.setState({ t: createTranslator(locale, messages) });
  // CJK glyph choice (Japanese vs Chinese forms of the same character) and screen readers follow it.
  // (Read through globalThis: this module is also imported by Node-side tests, which have no DOM.)
  const doc = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (doc) doc.documentElement.lang = locale === 'en-XA' ? 'en' : locale;
}

/** Switch the popover to `locale` with every namespace asked for so far (a later call wins). */
export function setLocale(locale: UiLocale): Promise<void> {
  wanted = locale;
  return inPlace(needed) ? Promise.resolve() : refresh();
}

/**
 * Resolves when the translator in place holds `namespaces` (loading them in the current language
 * first). A lazily loaded view awaits this together with its own chunk, so it never renders a key
 * whose namespace has not arrived.
 */
export function needNamespaces(namespaces: readonly PopoverNamespace[]): Promise<void> {
  for (const ns of namespaces) needed.add(ns);
  return inPlace(namespaces) ? Promise.resolve() : refresh();
}

/** Follow the language setting (`system` = whatever macOS prefers). */
export function followSetting(language: Settings['language'] | undefined): Promise<void> {
  return setLocale(!language || language === 'system' ? i18nStore.getState().system : language);
}

/** Start loading the page's locale at once; the promise settles when the translator is in place. */
export function startLocale(search: string): Promise<void> {
  const { locale, system } = localesFromSearch(search);
  i18nStore.setState({ system });
  // A catalog chunk that cannot load falls back to English rather than a blank popover.
  return setLocale(locale).catch(() => (locale === 'en' ? undefined : setLocale('en').catch(() => {})));
}

/** The translator right now, for code outside React (actions, toasts). */
export const tr = (): Translator => i18nStore.getState().t;
