/**
 * A glossary: the fixed translation of each term a person must recognise on their own screen —
 * Apple's names for System Settings panes, menu items, account terms and apps. Texts stay
 * consistent because tests/shared/i18n/glossary.test.ts checks that every translated message whose
 * English contains `en` uses one of `forms` (inflected forms allowed, e.g. German cases).
 */
export interface GlossaryEntry {
  /** The English term exactly as our English texts write it (case-sensitive, whole words). */
  en: string;
  /** Apple's term in this language; `forms[0]` is the one to use by default. */
  forms: readonly [string, ...string[]];
  /** Where the term comes from (Apple's localised UI or support page). */
  source: string;
  /** Doubts or usage notes for translators. */
  note?: string;
}

/** Apple's localised Mac User Guide, the main source for pane and menu names. */
export const MAC_HELP = 'Apple Mac User Guide (support.apple.com/<lang>/guide/mac-help) and macOS 15 System Settings';
/** Apple's localised Apple Account support pages (two-factor, verification codes, sign-in). */
export const ACCOUNT_HELP = 'Apple Support articles on Apple Account and two-factor authentication (support.apple.com/<lang>/102660, /HT204915)';
