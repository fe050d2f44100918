/** The judges' wording helpers (shared/i18n/check-say.ts): a `checks.*` descriptor plus its English summary. */
export type { MessageArg, MessageRef } from '../../../shared/i18n/check-message';
export { msg } from '../../../shared/i18n/check-message';
export { type Said, say, sayRef } from '../../../shared/i18n/check-say';
