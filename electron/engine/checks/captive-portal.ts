/**
 * Wi-Fi login page (captive portal). pass only for 200 + Apple's Success page; any other answer
 * (redirect, another page, another status) is a portal → fail `captive.detected`. When the probe
 * cannot get an answer at all (DNS/TCP/TLS/HTTP failure) the portal question is UNKNOWN: warn with
 * the network cause, never `captive.detected`.
 */
import type { CaptivePortalData } from '../../../shared/checks';
import { probeCaptive } from '../probes/captive-probe';
import type { CheckDefinition, CheckOutcome } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';
import { say } from './say';

type Outcome = CheckOutcome<'captive-portal'>;

export const captivePortalCheck: CheckDefinition<'captive-portal', NetworkEvidence<CaptivePortalData>> = {
  id: 'captive-portal',
  kind: 'network',
  measure: (ctx) => withProbeEnv(ctx, (env) => probeCaptive(ctx.config.captiveUrl, env)),
  judge: (e) => (e.ok ? judgeCaptive(e.value) : couldNotRun(e.error)),
};

/** Outcome from a captive probe (pure). */
export function judgeCaptive(data: CaptivePortalData): Outcome {
  if (data.failure) {
    if (data.failure.cause === 'probe.failed')
      return { status: 'error', cause: 'probe.failed', ...say('checks.common.could_not_run', { reason: data.failure.message }), data };
    return {
      status: 'warn',
      cause: data.failure.cause,
      ...say('checks.captive-portal.unknown', { cause: { cause: data.failure.cause, inSentence: true } }),
      data,
    };
  }
  if (data.success) return { status: 'pass', cause: null, ...say('checks.captive-portal.ok'), data };
  const said =
    data.status !== null && data.status >= 300 && data.status < 400
      ? data.location
        ? say('checks.captive-portal.redirected', { location: data.location })
        : say('checks.captive-portal.redirected_nowhere')
      : data.status === 200
        ? data.snippet
          ? say('checks.captive-portal.replaced_snippet', { snippet: data.snippet.slice(0, 60) })
          : say('checks.captive-portal.replaced')
        : say('checks.captive-portal.status', { status: String(data.status) });
  return { status: 'fail', cause: 'captive.detected', ...said, data };
}
