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

describe('the same text as Intl, without building Intl formatters it does not need', () => {
  const all = ['en', 'de', 'fr', 'es', 'ja', 'zh-Hans'] as const;

  it('numbers: every locale, whole and fractional, small and large, negative zero, as Intl.NumberFormat', async () => {
    const samples = [0, -0, 1, 7, 42, 999, 1000, 1234, 99999.5, 12.5, 0.25, -3, -1234.5, 1e21, Number.NaN];
    const options: (Intl.NumberFormatOptions | undefined)[] = [
      undefined,
      { maximumFractionDigits: 0 },
      { minimumFractionDigits: 0, maximumFractionDigits: 1 },
      { minimumFractionDigits: 1 },
      { style: 'percent' },
      { minimumIntegerDigits: 2 },
    ];
    for (const locale of all) {
      const t = await loadTranslator(locale);
      for (const o of options)
        for (const n of samples) expect(t.number(n, o), `${locale} ${n} ${JSON.stringify(o)}`).toBe(new Intl.NumberFormat(locale, o).format(n));
      // Plural `#` and `{n, number}` go through the translator's shared formatters.
      const plural = createTranslator(locale, { 'ui.language.system': '{n, plural, one {# x} other {# y}} {n, number} {n, number, integer}' } as never);
      for (const n of [0, 1, 2, 999, 1000, 1234.5]) {
        const want = new Intl.PluralRules(locale).select(n) === 'one' ? 'x' : 'y';
        const f = new Intl.NumberFormat(locale).format(n);
        const i = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
        expect(plural.t('ui.language.system', { n })).toBe(`${f} ${want} ${f} ${i}`);
      }
    }
  });

  it('lists of any length, and and or, in every locale, as Intl.ListFormat', async () => {
    const items = ['DNS', 'clock', 'push', 'proxy', 'status'];
    for (const locale of all) {
      const t = await loadTranslator(locale);
      for (let n = 0; n <= items.length; n++) {
        for (const type of ['conjunction', 'disjunction'] as const) {
          expect(t.list(items.slice(0, n), type), `${locale} ${n} ${type}`).toBe(
            new Intl.ListFormat(locale, { style: 'long', type }).format(items.slice(0, n)),
          );
        }
      }
    }
  });

  it('messages with and without ICU syntax format as IntlMessageFormat does (quotes, selects, dates)', async () => {
    const { IntlMessageFormat } = await import('intl-messageformat');
    const messages = [
      'Plain text, no placeholders.',
      'It’s a ’curly’ quote and a # sign',
      "An apostrophe: it''s '{'literal'}' braces",
      "Lone ' apostrophe",
      '{a}{b} and {c}',
      '{x, select, on {on {a}} other {off}}',
      'At {d, time, short} on {d, date, medium}',
      '<private> stays as written',
    ];
    const values = { a: 'A', b: 2, c: 'C', x: 'on', d: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) };
    for (const locale of all) {
      for (const m of messages) {
        const t = createTranslator(locale, { 'ui.language.system': m } as never);
        const want = String(new IntlMessageFormat(m, locale, undefined, { ignoreTag: true }).format(values));
        expect(t.t('ui.language.system', values), `${locale}: ${m}`).toBe(want);
      }
    }
  });
});
