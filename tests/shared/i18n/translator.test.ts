import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  EN,
  LOCALES,
  loadCatalog,
  loadTranslator,
  localeFromEnv,
  type MessageKey,
  negotiateLocale,
  PSEUDO_LOCALE,
} from '../../../shared/i18n';
import { pseudoLocalize } from '../../../shared/i18n/pseudo';

describe('choosing the language', () => {
  it('follows macOS’s preferred languages in order, skipping ones we do not speak', () => {
    expect(negotiateLocale(['de-CH', 'en-GB'])).toBe('de');
    expect(negotiateLocale(['pt-BR', 'fr-CA', 'en'])).toBe('fr');
    expect(negotiateLocale(['ja-JP'])).toBe('ja');
    expect(negotiateLocale(['ko-KR'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('takes Simplified Chinese only for the script or regions that write it', () => {
    expect(negotiateLocale(['zh-Hans-CN'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-CN'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-SG'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-Hant-TW', 'ja'])).toBe('ja');
    expect(negotiateLocale(['zh-HK'])).toBe('en');
  });

  it('reads a terminal’s POSIX variables the way POSIX and gettext do', () => {
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'es_ES.UTF-8' })).toBe('es');
    expect(localeFromEnv({ LANG: 'ja_JP.UTF-8', LANGUAGE: 'zh_CN:en' })).toBe('zh-Hans');
    expect(localeFromEnv({ LC_ALL: 'C', LANGUAGE: 'de' })).toBe('en');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });
});

describe('translating', () => {
  it('formats placeholders and falls back to English for a key a catalog lacks', async () => {
    const de = await loadTranslator('de');
    expect(de.t('ui.language.system', { language: 'Deutsch' })).toBe('Wie macOS (Deutsch)');
    const partial = createTranslator('fr', {});
    expect(partial.t('ui.language.system', { language: 'Français' })).toBe('Same as macOS (Français)');
  });

  it('uses the locale’s number and list formats', async () => {
    const fr = await loadTranslator('fr');
    expect(fr.number(1234.5)).toBe('1\u202f234,5'); // narrow no-break space, CLDR's French grouping
    expect(EN.list(['DNS', 'clock', 'push'])).toBe('DNS, clock, and push');
    const ja = await loadTranslator('ja');
    expect(ja.list(['DNS', 'push'])).toBe('DNS、push');
  });

  it('a text without placeholders reads exactly as ICU formats it, in every language', async () => {
    let plain = 0;
    for (const locale of LOCALES) {
      const catalog = await loadCatalog(locale);
      const tr = createTranslator(locale, catalog);
      for (const [key, message] of Object.entries(catalog)) {
        if (/[{}]/.test(message)) continue;
        plain++;
        expect(tr.t(key as MessageKey), `${locale} ${key}`).toBe(String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format()));
      }
    }
    expect(plain).toBeGreaterThan(500);
  });

  it('pseudo-locale: accented, longer, bracketed, placeholders still filled', () => {
    const px = createTranslator(PSEUDO_LOCALE);
    const out = px.t('ui.language.system', { language: 'Deutsch' });
    expect(out.startsWith('⟦')).toBe(true);
    expect(out.endsWith('⟧')).toBe(true);
    expect(out).toContain('(Deutsch)');
    expect(out).toContain('Šáɱé');
    expect(out.length).toBeGreaterThan('Same as macOS (Deutsch)'.length * 1.3);
    expect(() => pseudoLocalize('{n, plural, one {# check} other {# checks}}')).not.toThrow();
  });
});
