/** One diagnosis summary as kept in history (append-only, bounded). */
import { z } from 'zod';
import { CAUSES } from './causes';

export const historyEntrySchema = z.object({
  /** ISO 8601 time the diagnosis started. */
  at: z.string(),
  light: z.enum(['green', 'amber', 'red']),
  primaryCause: z.enum(CAUSES).nullable(),
  /** Alert state after this diagnosis (OK, SUSPECT, DOWN, RECOVERING) and whether it flaps. */
  alertState: z.string().optional(),
  unstable: z.boolean().optional(),
  /** Per sign-in endpoint: total latency in ms, or null when it failed. */
  endpoints: z.record(z.string(), z.number().nullable()),
  durationMs: z.number().nonnegative(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
