/**
 * The popover's language. The main process knows it before the window opens and puts it in the
 * page address (`?lang=<effective>&system=<macOS's choice>`, electron/shell/popover-url.ts); the
 * browser preview takes the same parameters, so e2e can render any language. `startLocale()` runs
 * from boot.ts, before React is even evaluated, so the one locale chunk loads in parallel with the
 * bridge's first answer and the first paint is already in the right language (no English flash).
 */
import { createStore } from 'zustand/vanilla';
import { EN, isUiLocale, loadTranslator, type Translator, type UiLocale } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';

export interface I18nStore {
  /** The translator every component reads its texts from. */
  t: Translator;
  /** What "Same as macOS" resolves to (the main process negotiated it from macOS's list). */
  system: UiLocale;
}

/** The locales a page address asks for; unknown values fall back to English. */
export function localesFromSearch(search: string): { locale: UiLocale; system: UiLocale } {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const sys = q.get('system');
  const locale = isUiLocale(lang) ? lang : 'en';
  return { locale, system: isUiLocale(sys) ? sys : locale };
}

export const i18nStore = createStore<I18nStore>()(() => ({ t: EN, system: 'en' }));

let wanted: UiLocale = 'en';

/** Switch the popover to `locale` (loads its catalog chunk first; a later call wins). */
export async function setLocale(locale: UiLocale): Promise<void> {
  wanted = locale;
  if (i18nStore.getState().t.locale === locale) return;
  const t = await loadTranslator(locale);
  if (wanted !== locale) return;
  i18nStore.setState({ t });
  // CJK glyph choice (Japanese vs Chinese forms of the same character) and screen readers follow it.
  // (Read through globalThis: this module is also imported by Node-side tests, which have no DOM.)
  const doc = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (doc) doc.documentElement.lang = locale === 'en-XA' ? 'en' : locale;
}

/** Follow the language setting (`system` = whatever macOS prefers). */
export function followSetting(language: Settings['language'] | undefined): Promise<void> {
  return setLocale(!language || language === 'system' ? i18nStore.getState().system : language);
}

/** Start loading the page's locale at once; the promise settles when the translator is in place. */
export function startLocale(search: string): Promise<void> {
  const { locale, system } = localesFromSearch(search);
  i18nStore.setState({ system });
  return setLocale(locale).catch(() => {
    // A catalog chunk that cannot load leaves the popover in English rather than blank.
  });
}

/** The translator right now, for code outside React (actions, toasts). */
export const tr = (): Translator => i18nStore.getState().t;
