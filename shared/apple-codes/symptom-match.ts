/**
 * Which logged events a symptom guide shows as live evidence: "codes don't arrive" shows code and
 * push-token errors and apsd's network errors; "stuck on Verifying" shows every sign-in error;
 * password prompts show password and lockout errors. Pure.
 */
import type { Cause } from '../causes';
import type { RelatedEvent } from './relate';

const CODES: ReadonlySet<Cause> = new Set<Cause>(['auth.code_not_delivered', 'auth.code_rejected', 'auth.no_push_token', 'auth.attestation_failed']);
const PASSWORD: ReadonlySet<Cause> = new Set<Cause>(['auth.wrong_password', 'auth.too_many_attempts', 'auth.locked']);

/** The events that match the symptom, most recent first. */
export function eventsForSymptom(symptomId: string, related: readonly RelatedEvent[]): RelatedEvent[] {
  const withCause = related.filter((r) => r.event.cause && r.relation !== 'info');
  let out: RelatedEvent[];
  switch (symptomId) {
    case 'codes-not-arriving':
      out = withCause.filter((r) => CODES.has(r.event.cause!) || (r.event.process === 'apsd' && r.event.family === 'network'));
      break;
    case 'password-prompts-fail':
      out = withCause.filter((r) => PASSWORD.has(r.event.cause!) || r.event.cause === 'auth.attestation_failed');
      break;
    case 'stuck-verifying':
    case 'icloud-errors':
    case 'works-on-iphone-not-mac':
      out = withCause;
      break;
    default:
      out = [];
  }
  return [...out].reverse();
}
