/**
 * The first half of every network check: build the run's probe environment (trust store,
 * resolver, proxy route) and measure with it. When the environment cannot be built (an unreadable
 * `extraCaFile`), the check could not run: that is the one `error` a network check gives.
 */

import type { CheckId } from '../../../shared/checks';
import type { Result } from '../../../shared/result';
import { type ProbeEnv, probeEnv } from '../probes/probe-env';
import type { CheckContext, CheckOutcome } from '../types';
import { say } from './say';

/** Evidence of a network check: what the probes saw, or why they could not start. */
export type NetworkEvidence<T> = Result<T, string>;

/** Build the probe environment and run `measure` with it. Never rejects for set-up trouble. */
export async function withProbeEnv<T>(ctx: CheckContext, measure: (env: ProbeEnv) => Promise<T>): Promise<NetworkEvidence<T>> {
  const envResult = await probeEnv(ctx);
  if (!envResult.ok) return { ok: false, error: envResult.message };
  return { ok: true, value: await measure(envResult.env) };
}

/** The outcome of a network check whose probes could not start. */
export function couldNotRun<Id extends CheckId>(message: string): CheckOutcome<Id> {
  return { status: 'error', cause: 'probe.failed', ...say('checks.common.could_not_run', { reason: message }), data: {} };
}
