/**
 * A check's summary as data: a message key of the `checks` namespace and its values, so every
 * face renders the summary in the reader's language while the JSON report keeps the English
 * `summary` (produced from the same descriptor by `EN`). A value is a plain string or number
 * (host names, ports, counts: never translated), or itself a text: a nested message, a list
 * joined the locale's way, or a cause's title. Nothing in a descriptor is English prose.
 * (The runtime schema of a descriptor lives in check-message.ts, with zod.)
 */
import { causeText, causeTitleInSentence } from '../cause-text';
import type { Cause } from '../causes';
import type { MessageKey } from './catalogs/en';
import type { Translator } from './translator';

/** A nested message (its key must be a `checks.` key too). */
export interface MessageRef {
  key: string;
  values?: Record<string, MessageArg>;
}
/** Items joined by the locale's list format ("a, b and c", "a、b、c"). */
export interface ListArg {
  list: MessageArg[];
  /**
   * `unit`: "a, b, c" (names, ports, addresses: `checks.list.comma`); `separate`: items that
   * themselves hold commas ("host → a, b; host → c": `checks.list.separator`).
   */
  type?: 'conjunction' | 'disjunction' | 'unit' | 'separate';
}
/** A cause's short title in the reader's language; `inSentence` lower-cases it in English where it is not a name. */
export interface CauseArg {
  cause: Cause;
  inSentence?: boolean;
}
/** One placeholder's value. */
export type MessageArg = string | number | MessageRef | ListArg | CauseArg;

/** The summary of a check result: the first sentence, then optional notes (each a whole sentence). */
export interface CheckMessage extends MessageRef {
  more?: MessageRef[];
}

/** A message descriptor (what judges build). */
export function msg(key: MessageKey & `checks.${string}`, values?: Record<string, MessageArg>): MessageRef {
  return values ? { key, values } : { key };
}

/** Thrown inside rendering when a descriptor names a key this build does not know. */
class UnknownKey extends Error {}

/** The title of `cause` in `t`'s language (namespace `causes`); lower-cased inside a sentence where the language does that. */
export function causeTitle(t: Translator, cause: Cause, inSentence = false): string {
  return inSentence ? causeTitleInSentence(cause, t) : causeText(cause, t).title;
}

function renderArg(t: Translator, v: MessageArg): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('cause' in v) return causeTitle(t, v.cause, v.inSentence);
  if ('list' in v) {
    const items = v.list.map((x) => String(renderArg(t, x)));
    if (v.type === 'separate') return items.join(t.t('checks.list.separator'));
    if (v.type === 'unit') return items.join(t.t('checks.list.comma'));
    return t.list(items, v.type);
  }
  return renderRef(t, v);
}

function renderRef(t: Translator, ref: MessageRef): string {
  if (!t.has(ref.key)) throw new UnknownKey(ref.key);
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(ref.values ?? {})) values[name] = renderArg(t, v);
  return t.t(ref.key, values);
}

/** Languages whose sentences follow each other without a space (CJK full stops carry the gap). */
const NO_SPACE_BETWEEN_SENTENCES = new Set(['ja', 'zh-Hans']);

/**
 * The text of a message in `t`'s language, or null when it names a key this build does not know
 * (a report written by another version): the caller then shows the report's own `summary`.
 */
export function renderCheckMessage(t: Translator, message: CheckMessage): string | null {
  try {
    const sentences = [renderRef(t, message), ...(message.more ?? []).map((m) => renderRef(t, m))];
    return sentences.join(NO_SPACE_BETWEEN_SENTENCES.has(t.locale) ? '' : ' ');
  } catch (err) {
    if (err instanceof UnknownKey) return null;
    throw err;
  }
}
