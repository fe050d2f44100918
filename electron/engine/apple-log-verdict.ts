/**
 * The verdict's rule for what Apple's own software logged (see shared/apple-codes/relate.ts): an
 * account or device error in the recency window that no live check explains is the primary
 * cause — amber, red when sign-in cannot succeed (account locked, Mac not accepted). Network
 * errors never change the light here: reproduced ones corroborate the live cause, the others are
 * history.
 */
import { CAUSE_TEXT } from '../../shared/cause-text';
import type { Cause } from '../../shared/causes';
import { decideFromLog, eventCodeText, eventTime, relateAppleLog } from '../../shared/apple-codes/relate';
import type { CheckResult, Light } from '../../shared/report';

/** The log's decision for the verdict, or null when the log decides nothing. */
export function appleLogVerdict(checks: readonly CheckResult[]): { light: Exclude<Light, 'green'>; cause: Cause; explanation: string } | null {
  const decision = decideFromLog(relateAppleLog(checks));
  if (!decision) return null;
  const e = decision.event;
  const explanation = `At ${eventTime(e, true)} ${e.process} reported ${eventCodeText(e)}. ${CAUSE_TEXT[decision.cause].sentence}`;
  return { light: decision.light, cause: decision.cause, explanation };
}

/** Headline for a primary cause from the log. */
export function authHeadline(light: Light, cause: Cause): string {
  if (cause === 'auth.locked') return 'Your Apple Account is locked';
  if (cause === 'auth.attestation_failed') return 'Apple does not accept this Mac for sign-in';
  if (light === 'red') return 'Apple Account sign-in is failing on this Mac';
  return `The network is fine, but sign-in reported: ${CAUSE_TEXT[cause].title.toLowerCase()}`;
}
