/**
 * Which languages the product speaks and how a person's language preference picks one.
 *
 * macOS hands apps an ordered list of BCP 47 tags (System Settings › General › Language & Region;
 * Electron's `app.getPreferredSystemLanguages()`, e.g. `["de-CH", "en-GB"]`, `["zh-Hans-CN"]`).
 * A terminal hands us POSIX locale names (`de_DE.UTF-8`, `C`) in `LC_ALL` / `LC_MESSAGES` / `LANG`
 * (POSIX.1-2017 §8.2: LC_ALL overrides LC_MESSAGES overrides LANG) and GNU gettext's `LANGUAGE`
 * list (https://www.gnu.org/software/gettext/manual/html_node/The-LANGUAGE-variable.html).
 */

/** Languages with a full catalog. `en` is the source and the last fallback. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The pseudo-locale: English, accented, ~40 % longer and bracketed, so truncation, overflow and
 * hard-coded (unaccented) strings show up in screenshots and e2e. Never offered to people.
 */
export const PSEUDO_LOCALE = 'en-XA' as const;
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

/** The language's own name, for the language setting (always shown in that language). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  'zh-Hans': '简体中文',
};

/** True when `value` names one of our locales (or the pseudo-locale) exactly. */
export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || (LOCALES as readonly unknown[]).includes(value);
}

/**
 * One BCP 47 tag (or POSIX name) → our locale, or null when we do not speak it.
 * Chinese: only Simplified script (`zh-Hans`, or a region that writes it: CN, SG, MY) matches;
 * Traditional (`zh-Hant`, TW, HK, MO) does not, so the next preferred language is tried instead.
 */
export function matchLocale(tag: string): UiLocale | null {
  const clean = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (!clean) return null;
  if (clean.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const parts = clean.split('-');
  const lang = parts[0]!.toLowerCase();
  if (lang === 'zh') {
    const rest = parts.slice(1).map((p) => p.toLowerCase());
    if (rest.includes('hant') || rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return null;
    return 'zh-Hans';
  }
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : null;
}

/**
 * The first of `preferred` we speak (macOS order: most preferred first), else English.
 * `C` and `POSIX` mean "no preference" and are skipped.
 */
export function negotiateLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    if (/^(c|posix)([.@].*)?$/i.test(tag.trim())) continue;
    const hit = matchLocale(tag);
    if (hit) return hit;
  }
  return 'en';
}

/**
 * The language a terminal asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the first one set
 * wins, as in POSIX); GNU `LANGUAGE` (a `:`-separated list) is honoured first when the winning
 * variable is not `C`/`POSIX`, as gettext does.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): UiLocale {
  const winner = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (winner === undefined || /^(c|posix)([.@].*)?$/i.test(winner)) return 'en';
  const list = (env.LANGUAGE ?? '').split(':').filter(Boolean);
  return negotiateLocale([...list, winner]);
}

/** The tag handed to `Intl.*` for dates, times, numbers and lists. */
export function intlTag(locale: UiLocale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}
