/**
 * How engine code words a check's outcome: a message descriptor (`checks.*` key + values) for
 * every face to render in the reader's language, and the English `summary` the JSON report keeps,
 * rendered from the same descriptor, so the English lives only in catalogs/en/checks.ts.
 */
import type { MessageKey } from './catalogs/en';
import { type CheckMessage, type MessageArg, type MessageRef, msg, renderCheckMessage } from './check-message';
import { EN } from './translator';

/** The worded part of an outcome. */
export interface Said {
  summary: string;
  message: CheckMessage;
}

/** A summary from `key` and `values`, followed by `more` sentences (notes). */
export function say(key: MessageKey & `checks.${string}`, values?: Record<string, MessageArg>, more: readonly (MessageRef | null | undefined)[] = []): Said {
  return sayRef(msg(key, values), more);
}

/** A summary from a ready descriptor (e.g. a tool failure's), with optional notes. */
export function sayRef(ref: MessageRef, more: readonly (MessageRef | null | undefined)[] = []): Said {
  const notes = more.filter((m): m is MessageRef => Boolean(m));
  const message: CheckMessage = notes.length ? { ...ref, more: notes } : { ...ref };
  // Engine code only names keys of this build, so the English always renders.
  return { summary: renderCheckMessage(EN, message) ?? ref.key, message };
}
