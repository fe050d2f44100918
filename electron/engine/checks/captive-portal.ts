/**
 * Wi-Fi login page (captive portal). pass only for 200 + Apple's Success page; any other answer
 * (redirect, another page, another status) is a portal → fail `captive.detected`. When the probe
 * cannot get an answer at all (DNS/TCP/TLS/HTTP failure) the portal question is UNKNOWN: warn with
 * the network cause, never `captive.detected`.
 */
import { causeTitleInSentence } from '../../../shared/cause-text';
import type { CaptivePortalData } from '../../../shared/checks';
import { EN } from '../../../shared/i18n';
import { probeCaptive } from '../probes/captive-probe';
import type { CheckDefinition, CheckOutcome } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';

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
    if (data.failure.cause === 'probe.failed') return { status: 'error', cause: 'probe.failed', summary: data.failure.message, data };
    return {
      status: 'warn',
      cause: data.failure.cause,
      summary: `Could not check for a login page: ${causeTitleInSentence(data.failure.cause, EN)}.`,
      data,
    };
  }
  if (data.success) return { status: 'pass', cause: null, summary: 'No login page: Apple’s check page answers “Success”.', data };
  const what =
    data.status !== null && data.status >= 300 && data.status < 400
      ? `is redirected to ${data.location ?? 'another page'}`
      : data.status === 200
        ? `is replaced by another page${data.snippet ? ` (“${data.snippet.slice(0, 60)}”)` : ''}`
        : `answers ${data.status} instead of “Success”`;
  return { status: 'fail', cause: 'captive.detected', summary: `This network shows a login page: Apple’s check page ${what}.`, data };
}
