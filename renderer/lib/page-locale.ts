/**
 * The locales a page address asks for (`?lang=<effective>&system=<macOS's choice>`, put there by
 * electron/shell/app-locale.ts, or by hand in the browser preview). Light on purpose: the page's
 * first script (early-boot.ts) reads it before the bundle is even evaluated.
 */
import { isUiLocale, type UiLocale } from '../../shared/i18n/locales';

/** The locales a page address asks for; unknown values fall back to English. */
export function localesFromSearch(search: string): { locale: UiLocale; system: UiLocale } {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const sys = q.get('system');
  const locale = isUiLocale(lang) ? lang : 'en';
  return { locale, system: isUiLocale(sys) ? sys : locale };
}
