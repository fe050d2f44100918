/**
 * Apple Push Notifications: sign-in prompts and verification codes on trusted devices travel over
 * APNs. The first configured port is the primary one (5223), the others are fallbacks (443):
 * pass = primary reachable, warn `push.fallback_only` = only a fallback, fail `push.blocked` = none.
 */
import { causeText, causeTitleInSentence } from '../../../shared/cause-text';
import { EN } from '../../../shared/i18n';
import { type PushOutcome, probePush } from '../probes/push-probe';
import type { CheckDefinition, CheckOutcome } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';

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
    return { status: 'fail', cause: p.dnsFailure.cause, summary: `${data.host} cannot be found: ${causeText(p.dnsFailure.cause, EN).title}.`, data };
  }
  if (p.bogonFailure) {
    return { status: 'fail', cause: p.bogonFailure.cause, summary: `${data.host} resolves to a blocked address; no push port answers.`, data };
  }
  const primary = ports[0];
  const describe = (port: number): string => {
    const a = data.attempts.find((x) => x.port === port);
    return a?.cause ? `${port} (${causeTitleInSentence(a.cause, EN)})` : String(port);
  };
  const okPrimary = primary !== undefined && data.reachablePorts.includes(primary);
  if (okPrimary) {
    const ms = data.attempts.find((x) => x.port === primary)?.durationMs ?? 0;
    return { status: 'pass', cause: null, summary: `Reachable on port ${primary} (${ms} ms).`, data };
  }
  if (data.reachablePorts.length > 0) {
    return {
      status: 'warn',
      cause: 'push.fallback_only',
      summary: `Only fallback port ${data.reachablePorts.join(', ')} reachable; port ${primary === undefined ? '?' : describe(primary)} is blocked.`,
      data,
    };
  }
  return { status: 'fail', cause: 'push.blocked', summary: `No push port reachable: ${ports.map(describe).join(', ')}.`, data };
}
