/**
 * A check's summary as data (the descriptor types and their rendering: render-check-message.ts)
 * and its runtime schema, for reading a report file. The schema is kept apart because it is
 * zod: the popover renders descriptors on its first paint and must not carry zod for it.
 */
import { z } from 'zod';
import { CAUSES } from '../causes';
import type { CheckMessage, MessageArg } from './render-check-message';

export * from './render-check-message';

/**
 * Bounds of the schema (a report file is outside input: nothing in it may be unbounded). Four
 * levels of nesting are all the judges use (a list of messages whose values are lists of text).
 */
const MAX_STRING = 2000;
const MAX_ITEMS = 64;
const KEY = z
  .string()
  .max(120)
  .regex(/^checks\.[a-z0-9_.-]+$/);
const NAME = z.string().max(40);

const leaf = z.union([z.string().max(MAX_STRING), z.number().finite()]);
const causeArg = z.strictObject({ cause: z.enum(CAUSES), inSentence: z.boolean().optional() }).meta({ id: 'CheckMessageCause' });
const listType = z.enum(['conjunction', 'disjunction', 'unit', 'separate']).optional();
const level = (inner: z.ZodType<MessageArg>): z.ZodType<MessageArg> =>
  z.union([
    leaf,
    causeArg,
    z.strictObject({ list: z.array(inner).max(MAX_ITEMS), type: listType }),
    z.strictObject({ key: KEY, values: z.record(NAME, inner).optional() }),
  ]) as z.ZodType<MessageArg>;
const arg4 = z.union([leaf, causeArg]).meta({ id: 'CheckMessageArg4' }) as z.ZodType<MessageArg>;
const arg3 = level(arg4).meta({ id: 'CheckMessageArg3' });
const arg2 = level(arg3).meta({ id: 'CheckMessageArg2' });
const argSchema = level(arg2).meta({ id: 'CheckMessageArg' });

const refSchema = z.strictObject({ key: KEY, values: z.record(NAME, argSchema).optional() }).meta({ id: 'CheckMessageRef' });

/** Runtime schema of a `CheckMessage` (the report's `checks[].message`). */
export const checkMessageSchema: z.ZodType<CheckMessage> = refSchema.extend({ more: z.array(refSchema).max(8).optional() }) as z.ZodType<CheckMessage>;
