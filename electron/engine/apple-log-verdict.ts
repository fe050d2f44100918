/**
 * The verdict's rule for what Apple's own software logged (see shared/apple-codes/relate.ts): an
 * account or device error in the recency window that no live check explains is the primary
 * cause — amber, red when sign-in cannot succeed (account locked, Mac not accepted). Network
 * errors never change the light here: reproduced ones corroborate the live cause, the others are
 * history.
 */

import { decideFromLog, eventTime, relateAppleLog } from '../../shared/apple-codes/relate';
import { causeText } from '../../shared/cause-text';
import type { Cause } from '../../shared/causes';
import { authHeadline as sharedAuthHeadline } from '../../shared/headlines';
import { EN } from '../../shared/i18n';
import type { CheckResult, Light } from '../../shared/report';

/** The log's decision for the verdict, or null when the log decides nothing. */
export function appleLogVerdict(checks: readonly CheckResult[]): { light: Exclude<Light, 'green'>; cause: Cause; explanation: string } | null {
  const decision = decideFromLog(relateAppleLog(checks));
  if (!decision) return null;
  const e = decision.event;
  const code = e.code === null ? (e.name ?? e.domain) : `${e.domain} ${e.code}`;
  const explanation = `${e.process} reported ${code} at ${eventTime(e, true)}: ${lowerFirst(e.meaning ?? causeText(decision.cause, EN).title)} The network checks do not explain it.`;
  return { light: decision.light, cause: decision.cause, explanation };
}

/** Headline for a primary cause from the log (English, as the report stores it). */
export function authHeadline(light: Light, cause: Cause): string {
  return sharedAuthHeadline(light, cause, EN);
}

function lowerFirst(s: string): string {
  const t = /^(Apple|AuthKit|TLS|DNS)\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
