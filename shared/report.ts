/**
 * The diagnosis report (`appleid-doctor/report@1`): TypeScript types plus a runtime schema. The
 * schema is not checked at run time by any face; the tests validate the engine's report and the
 * CLI's `--json` output against it (run-diagnosis, e2e-diagnosis and cli-sim tests).
 */
import { z } from 'zod';
import { CAUSES, type Cause } from './causes';
import { CHECK_IDS, type CheckDataMap, type CheckGroup, type CheckId, type CheckStatus } from './checks';
import { type CheckMessage, checkMessageSchema } from './i18n/check-message';

export const REPORT_SCHEMA_ID = 'appleid-doctor/report@1' as const;

/** Traffic light. `checking` only exists in the UI/tray while no report is available. */
export type Light = 'green' | 'amber' | 'red';

export interface Verdict {
  light: Light;
  /** One line for a person, e.g. "You can sign in". */
  headline: string;
  /** The cause chosen by evidence, null when green with nothing to say. */
  primaryCause: Cause | null;
  /** One sentence explaining the primary cause in plain words. */
  explanation: string;
  /** Other causes that were found (secondary, already explained or minor). */
  otherCauses: Cause[];
}

export interface CheckResult<Id extends CheckId = CheckId> {
  id: Id;
  title: string;
  group: CheckGroup;
  status: CheckStatus;
  cause: Cause | null;
  /** One line of evidence for a person (English; scripts and old readers use it). */
  summary: string;
  /**
   * The same line as a `checks.*` message descriptor, so each face shows it in the reader's
   * language (shared/i18n/check-text.ts). Absent in reports written before it existed.
   */
  message?: CheckMessage;
  durationMs: number;
  data: Partial<CheckDataMap[Id]> & Record<string, unknown>;
  /** Fix card ids from the shared fix catalog, most relevant first. */
  fixes: string[];
  /**
   * When this result was measured, set only when it was carried into a later report without
   * being measured again (the app's monitor re-reads the macOS checks less often than it probes
   * the network, electron/service/monitor/cycle-scope.ts). Absent: measured in this report's run.
   */
  measuredAt?: string;
}

export interface PlatformInfo {
  os: string;
  release: string;
  arch: string;
  /** True when the macOS probes ran (real macOS or the `platform: "darwin"` override). */
  macosProbes: boolean;
  /** Mac model identifier (e.g. "Mac14,2") when the macos check could read it. */
  model?: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  platform: PlatformInfo;
  verdict: Verdict;
  checks: CheckResult[];
}

const causeSchema = z.enum(CAUSES);

export const verdictSchema = z.object({
  light: z.enum(['green', 'amber', 'red']),
  headline: z.string(),
  primaryCause: causeSchema.nullable(),
  explanation: z.string(),
  otherCauses: z.array(causeSchema),
});

export const checkResultSchema = z.object({
  id: z.enum(CHECK_IDS),
  title: z.string(),
  group: z.enum(['signin', 'network', 'mac', 'apple']),
  status: z.enum(['pass', 'warn', 'fail', 'skip', 'error']),
  cause: causeSchema.nullable(),
  summary: z.string(),
  message: checkMessageSchema.optional(),
  durationMs: z.number().nonnegative(),
  data: z.record(z.string(), z.unknown()),
  fixes: z.array(z.string()),
  measuredAt: z.string().optional(),
});

export const reportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  platform: z.object({ os: z.string(), release: z.string(), arch: z.string(), macosProbes: z.boolean(), model: z.string().optional() }),
  verdict: verdictSchema,
  checks: z.array(checkResultSchema),
});

/** Exit status of `appleid-doctor check` for a light. */
export const EXIT_CODES = { green: 0, amber: 1, red: 2, usage: 64, config: 78 } as const;

/** Find a check's result by id, typed. */
export function findCheck<Id extends CheckId>(report: { checks: CheckResult[] }, id: Id): CheckResult<Id> | undefined {
  return report.checks.find((c) => c.id === id) as CheckResult<Id> | undefined;
}
