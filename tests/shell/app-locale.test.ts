/** The app's language: setting, else macOS's preferred list (fallback chain), else English. */
import { describe, expect, it } from 'vitest';
import { appLocale, popoverUrl, systemLocale } from '../../electron/shell/app-locale';
import { APP_INDEX_URL } from '../../electron/shell/app-protocol';
import { localesFromSearch } from '../../renderer/stores/i18n-store';

const mac = (list: unknown) => ({ getPreferredSystemLanguages: () => list as string[] });

describe('which language the app speaks', () => {
  it('follows the first of macOS’s preferred languages it has a catalog for', () => {
    expect(systemLocale(mac(['de-CH', 'en-GB']))).toBe('de');
    expect(systemLocale(mac(['zh-Hans-CN']))).toBe('zh-Hans');
    // Traditional Chinese and Dutch have no catalog: the next preferred language is used.
    expect(systemLocale(mac(['zh-Hant-TW', 'nl-NL', 'ja-JP']))).toBe('ja');
    expect(systemLocale(mac(['fr-CA']))).toBe('fr');
    expect(systemLocale(mac(['es-419', 'en']))).toBe('es');
  });

  it('falls back to English when the list is empty, odd or cannot be read', () => {
    expect(systemLocale(mac([]))).toBe('en');
    expect(systemLocale(mac(['nl-NL', 'pt-BR']))).toBe('en');
    expect(systemLocale(mac(null))).toBe('en');
    expect(
      systemLocale({
        getPreferredSystemLanguages: () => {
          throw new Error('not on this platform');
        },
      }),
    ).toBe('en');
  });

  it('a language setting overrides macOS; "system" follows it', () => {
    expect(appLocale('system', 'de')).toBe('de');
    expect(appLocale('ja', 'de')).toBe('ja');
    expect(appLocale('en', 'fr')).toBe('en');
  });

  it('the popover address carries the language, and the renderer reads back exactly that', () => {
    const url = popoverUrl(APP_INDEX_URL, 'ja', 'de');
    expect(url).toBe('app://renderer/index.html?lang=ja&system=de');
    expect(localesFromSearch(new URL(url).search)).toEqual({ locale: 'ja', system: 'de' });
    expect(localesFromSearch('?lang=en-XA')).toEqual({ locale: 'en-XA', system: 'en-XA' });
    // Anything else is English, never a crash or a raw tag.
    expect(localesFromSearch('?lang=<script>&system=xx')).toEqual({ locale: 'en', system: 'en' });
    expect(localesFromSearch('')).toEqual({ locale: 'en', system: 'en' });
  });
});
