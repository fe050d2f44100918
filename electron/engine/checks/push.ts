/**
 * Apple Push Notifications: sign-in prompts and verification codes on trusted devices travel over
 * APNs. The first configured port is the primary one (5223), the others are fallbacks (443):
 * pass = primary reachable, warn `push.fallback_only` = only a fallback, fail `push.blocked` = none.
 */
import { type PushOutcome, probePush } from '../probes/push-probe';
import type { CheckDefinition, CheckOutcome } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';
import { type MessageArg, msg, say } from './say';

type Outcome = CheckOutcome<'push'>;

export const pushCheck: CheckDefinition<'push', NetworkEvidence<PushOutcome>> = {
  id: 'push',
  kind: 'network',
  measure: (ctx) => withProbeEnv(ctx, (env) => probePush(ctx.config.push.host, ctx.config.push.ports, env)),
  judge: (e, config) => (e.ok ? judgePush(e.value, config.push.ports) : couldNotRun(e.error)),
};

/** Outcome from a push probe (pure). */
export function judgePush(p: PushOutcome, ports: readonly number[]): Outcome {
  const { data } = p;
  if (p.dnsFailure) {
    return { status: 'fail', cause: p.dnsFailure.cause, ...say('checks.push.not_found', { cause: { cause: p.dnsFailure.cause }, host: data.host }), data };
  }
  if (p.bogonFailure) {
    return { status: 'fail', cause: p.bogonFailure.cause, ...say('checks.push.bogon', { host: data.host }), data };
  }
  const primary = ports[0];
  const describe = (port: number): MessageArg => {
    const a = data.attempts.find((x) => x.port === port);
    return a?.cause ? msg('checks.push.port_cause', { port: String(port), cause: { cause: a.cause, inSentence: true } }) : String(port);
  };
  const okPrimary = primary !== undefined && data.reachablePorts.includes(primary);
  if (okPrimary) {
    const ms = data.attempts.find((x) => x.port === primary)?.durationMs ?? 0;
    return { status: 'pass', cause: null, ...say('checks.push.ok', { port: String(primary), ms }), data };
  }
  if (data.reachablePorts.length > 0) {
    return {
      status: 'warn',
      cause: 'push.fallback_only',
      ...say('checks.push.fallback_only', {
        ports: { list: data.reachablePorts.map(String), type: 'unit' },
        primary: primary === undefined ? '?' : describe(primary),
      }),
      data,
    };
  }
  return { status: 'fail', cause: 'push.blocked', ...say('checks.push.blocked', { ports: { list: ports.map(describe), type: 'unit' } }), data };
}
