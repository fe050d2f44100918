/**
 * Which language the menu-bar app speaks: the language setting when it names one, else the first
 * of macOS's preferred languages we have a catalog for (System Settings › General › Language &
 * Region; Electron `app.getPreferredSystemLanguages()`, docs/api/app.md), else English. Pure
 * apart from the one injectable read, so the fallback chain is tested without a Mac.
 */
import { negotiateLocale, type UiLocale } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';

/** The seam to Electron's `app` (only this one call). */
export interface PreferredLanguages {
  getPreferredSystemLanguages(): string[];
}

/** macOS's choice among our languages; English when the list is empty or cannot be read. */
export function systemLocale(source: PreferredLanguages): UiLocale {
  try {
    const list = source.getPreferredSystemLanguages();
    return negotiateLocale(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
  } catch {
    return 'en';
  }
}

/** The language in force: the setting wins unless it is `system`. */
export function appLocale(language: Settings['language'], system: UiLocale): UiLocale {
  return language === 'system' ? system : language;
}

/**
 * The popover's address with its language, so the renderer's first paint is already in it
 * (renderer/stores/i18n-store.ts reads `lang` and `system`).
 */
export function popoverUrl(indexUrl: string, locale: UiLocale, system: UiLocale): string {
  const url = new URL(indexUrl);
  url.searchParams.set('lang', locale);
  url.searchParams.set('system', system);
  return url.toString();
}
