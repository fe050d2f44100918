/**
 * The verdict's rule for what Apple's own software logged (see shared/apple-codes/relate.ts): an
 * account or device error in the recency window that no live check explains is the primary
 * cause — amber, red when sign-in cannot succeed (account locked, Mac not accepted). Network
 * errors never change the light here: reproduced ones corroborate the live cause, the others are
 * history.
 */

import { decideFromLog, eventTime, relateAppleLog } from '../../shared/apple-codes/relate';
import { CAUSE_TEXT } from '../../shared/cause-text';
import type { Cause } from '../../shared/causes';
import type { CheckResult, Light } from '../../shared/report';

/** The log's decision for the verdict, or null when the log decides nothing. */
export function appleLogVerdict(checks: readonly CheckResult[]): { light: Exclude<Light, 'green'>; cause: Cause; explanation: string } | null {
  const decision = decideFromLog(relateAppleLog(checks));
  if (!decision) return null;
  const e = decision.event;
  const code = e.code === null ? (e.name ?? e.domain) : `${e.domain} ${e.code}`;
  const explanation = `${e.process} reported ${code} at ${eventTime(e, true)}: ${lowerFirst(e.meaning ?? CAUSE_TEXT[decision.cause].title)} The network checks do not explain it.`;
  return { light: decision.light, cause: decision.cause, explanation };
}

/** Headline for a primary cause from the log. */
export function authHeadline(light: Light, cause: Cause): string {
  if (cause === 'auth.locked') return 'Your Apple Account is locked';
  if (cause === 'auth.attestation_failed') return 'Apple does not accept this Mac for sign-in';
  const SHORT: Partial<Record<Cause, string>> = {
    'auth.wrong_password': 'Apple refused your password',
    'auth.too_many_attempts': 'Too many sign-in attempts: wait, then retry',
    'auth.code_not_delivered': 'Your verification code never arrived',
    'auth.code_rejected': 'Apple refused the verification code',
    'auth.no_push_token': 'This Mac can’t receive sign-in approvals',
  };
  return SHORT[cause] ?? (light === 'red' ? 'Apple Account sign-in is failing on this Mac' : `Sign-in reported: ${CAUSE_TEXT[cause].title.toLowerCase()}`);
}

function lowerFirst(s: string): string {
  const t = /^(Apple|AuthKit|TLS|DNS)\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
