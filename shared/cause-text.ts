/**
 * Plain-language text for every cause of the closed vocabulary (shared/causes.ts): what the UI,
 * the notifications and the CLI say. Looked up by cause, never parsed from messages; the words
 * live in the `causes` catalog (shared/i18n/catalogs/<locale>/causes.ts), the cause ids never change.
 */
import type { Cause } from './causes';
import type { Translator } from './i18n';
import type { causes as EN_CAUSES } from './i18n/catalogs/en/causes';

/** The catalog keys every cause must have (English is the source; other languages are typed against it). */
type CauseKey = `causes.${Cause}.title` | `causes.${Cause}.sentence`;
type Assert<T extends true> = T;
/**
 * Compile-time proof that every cause in shared/causes.ts has its title and sentence in
 * shared/i18n/catalogs/en/causes.ts: adding a cause without its words fails to compile here.
 */
export type EveryCauseHasText = Assert<[Exclude<CauseKey, keyof typeof EN_CAUSES>] extends [never] ? true : false>;

/** What a person reads about a cause: a short title and one plain sentence. */
export interface CauseText {
  /** Short label, e.g. for a notification title or a check row. */
  title: string;
  /** One sentence for a non-expert: what is wrong, in plain words. */
  sentence: string;
}

/** The title and sentence of `cause` in `t`'s language. */
export function causeText(cause: Cause, t: Translator): CauseText {
  const title: CauseKey = `causes.${cause}.title`;
  const sentence: CauseKey = `causes.${cause}.sentence`;
  return { title: t.t(title as keyof typeof EN_CAUSES), sentence: t.t(sentence as keyof typeof EN_CAUSES) };
}

/** Leading words that keep their capital inside a sentence (names, acronyms, Apple's product words). */
const PROPER = /^(Apple|Apple’s|Wi-Fi|macOS|Mac|Keychain|VPN|DNS|HTTPS|TLS|APNs|iCloud|NTP|SSL|IP)(?![\p{L}\p{N}])/u;

/**
 * A cause's title for use inside a sentence: "Connection refused" → "connection refused", but
 * "Apple’s address not found", "DNS not answering" and "Wi-Fi login required" keep their capitals.
 * Only languages that lower-case common words in running text do so (English, French, Spanish);
 * German capitalises nouns, Japanese and Chinese have no case.
 */
export function causeTitleInSentence(cause: Cause, t: Translator): string {
  const title = causeText(cause, t).title;
  if (!/^(en|fr|es)/.test(t.locale)) return title;
  const first = title.split(/\s/, 1)[0] ?? '';
  // Acronyms and brands in any language: "DNS", "VPN", "macOS", "Wi-Fi", "Apple".
  if (PROPER.test(title) || /\p{Lu}.*\p{Lu}/u.test(first)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}
