/**
 * The check contract and the seams the engine hands to every check. A check always resolves with
 * an outcome (never throws; `error` means "could not run"), honours `ctx.signal`, and reaches the
 * outside world only through `ctx.deps` or the configured network targets.
 */
import type { Cause } from '../../shared/causes';
import type { CheckDataMap, CheckId, CheckStatus } from '../../shared/checks';
import type { Config } from '../../shared/config';
import type { CheckMessage } from '../../shared/i18n/check-message';
import type { CheckContext } from './seams';

export type { CheckContext, Clock, CommandResult, CommandRunner, EngineDeps, NetInterface, NetworkInfo, ProxyRoute, RunOptions } from './seams';

export interface CheckOutcome<Id extends CheckId = CheckId> {
  status: CheckStatus;
  cause: Cause | null;
  /** English, for the JSON report: `message` rendered by `EN` (see checks/say.ts). */
  summary: string;
  /** The summary as a `checks.*` message descriptor, rendered in the reader's language by each face. */
  message: CheckMessage;
  data: Partial<CheckDataMap[Id]>;
  /** Extra fix card ids (the engine adds the card for `cause` by itself). */
  fixes?: string[];
}

/**
 * One check = two halves. `measure` does the I/O (through `ctx` only) and returns what it saw;
 * `judge` is pure: evidence + config → outcome, so every verdict a check can give is tested on
 * plain data. `measure` must not throw for network or tool trouble — that is evidence too; a throw
 * (or a hang past the deadline) means "could not run" and the engine records an `error`.
 */
export interface CheckDefinition<Id extends CheckId = CheckId, Evidence = unknown> {
  id: Id;
  /** `network` checks run on every OS; `macos` checks report `skip` elsewhere. */
  kind: 'network' | 'macos';
  measure(ctx: CheckContext): Promise<Evidence>;
  judge(evidence: Evidence, config: Config): CheckOutcome<Id>;
}

/** Measure then judge: what the engine does with one check (tests use it too). */
export async function runCheck<Id extends CheckId, E>(check: CheckDefinition<Id, E>, ctx: CheckContext): Promise<CheckOutcome<Id>> {
  return check.judge(await check.measure(ctx), ctx.config);
}
