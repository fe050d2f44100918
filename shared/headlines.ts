/**
 * The verdict's words: the headline per light and primary cause, and the explanations the engine
 * writes (electron/engine/verdict.ts). One table for the engine (which stores English in the
 * report, where scripts read it) and for the faces, which show the same verdict in the person's
 * language with `verdictText` — the light and the cause ids decide, never the stored English.
 */
import { causeText, causeTitleInSentence } from './cause-text';
import type { Cause } from './causes';
import type { ClockData } from './checks';
import { EN, type MessageKey, type Translator } from './i18n';
import { formatDuration } from './presentation';
import type { CheckResult, Light, Verdict } from './report';

const AUTH: Partial<Record<Cause, MessageKey>> = {
  'auth.locked': 'causes.headline.auth-locked',
  'auth.attestation_failed': 'causes.headline.auth-attestation',
  'auth.wrong_password': 'causes.headline.auth-wrong-password',
  'auth.too_many_attempts': 'causes.headline.auth-too-many',
  'auth.code_not_delivered': 'causes.headline.auth-code-not-delivered',
  'auth.code_rejected': 'causes.headline.auth-code-rejected',
  'auth.no_push_token': 'causes.headline.auth-no-push-token',
};

/** Headline for a primary cause that Apple's own software logged (`auth.*`). */
export function authHeadline(light: Light, cause: Cause, t: Translator): string {
  const known = AUTH[cause];
  if (known) return t.t(known);
  if (light === 'red') return t.t('causes.headline.auth-red');
  return t.t('causes.headline.auth-amber', { cause: causeTitleInSentence(cause, t) });
}

/** Headline per light and primary cause, in plain words. */
export function headlineFor(light: Light, cause: Cause | null, t: Translator): string {
  if (light === 'green') return t.t('causes.headline.green');
  if (cause?.startsWith('auth.')) return authHeadline(light, cause, t);
  if (light === 'amber') {
    if (cause === 'push.blocked' || cause === 'push.fallback_only') return t.t('causes.headline.amber-push');
    if (cause?.startsWith('apple.')) return t.t('causes.headline.amber-apple');
    if (cause === 'probe.failed') return t.t('causes.headline.amber-not-checked');
    return cause ? t.t('causes.headline.amber-cause', { cause: causeTitleInSentence(cause, t) }) : t.t('causes.headline.amber-other');
  }
  if (!cause) return t.t('causes.headline.red-unreachable');
  if (cause === 'captive.detected') return t.t('causes.headline.red-captive');
  if (cause === 'clock.skew') return t.t('causes.headline.red-clock');
  if (cause === 'tls.intercepted') return t.t('causes.headline.red-intercepted');
  if (cause === 'apple.outage') return t.t('causes.headline.red-outage');
  if (cause === 'net.offline') return t.t('causes.headline.red-offline');
  if (cause.startsWith('proxy.')) return t.t('causes.headline.red-proxy');
  if (cause.startsWith('dns.')) return t.t('causes.headline.red-dns');
  return t.t('causes.headline.red-unreachable');
}

/** "This Mac’s clock is 10 min behind; …" from the clock evidence (the cause's sentence without it). */
export function clockSentence(clock: Partial<ClockData> | undefined, t: Translator): string {
  const offset = clock?.offsetMs;
  if (typeof offset !== 'number') return causeText('clock.skew', t).sentence;
  return t.t('causes.explanation.clock', { duration: formatDuration(Math.abs(offset), t), direction: offset > 0 ? 'behind' : 'ahead' });
}

/** The explanation of a verdict without an override: the primary cause's sentence, or the all-clear. */
export function defaultExplanation(primary: Cause | null, t: Translator): string {
  return primary ? causeText(primary, t).sentence : t.t('causes.explanation.green');
}

/** The fixed explanations the engine may choose instead of the cause's sentence. */
const FIXED_EXPLANATIONS: readonly MessageKey[] = [
  'causes.explanation.signin-not-checked',
  'causes.explanation.only-could-not-run',
  'causes.explanation.only-green',
];

/**
 * A verdict's headline and explanation in `t`'s language. The report stores them in English;
 * this rebuilds them from the light, the cause and the clock evidence. An explanation only the
 * engine can word (what Apple's log said, with its process and time) stays as stored.
 */
export function verdictText(verdict: Verdict, checks: readonly Pick<CheckResult, 'id' | 'data'>[], t: Translator): { headline: string; explanation: string } {
  if (t === EN) return { headline: verdict.headline, explanation: verdict.explanation };
  const onlyGreen = verdict.light === 'green' && verdict.headline === EN.t('causes.headline.only-green');
  const headline = onlyGreen ? t.t('causes.headline.only-green') : headlineFor(verdict.light, verdict.primaryCause, t);
  const clock = checks.find((c) => c.id === 'clock')?.data as Partial<ClockData> | undefined;
  let explanation = verdict.explanation;
  if (explanation === defaultExplanation(verdict.primaryCause, EN)) explanation = defaultExplanation(verdict.primaryCause, t);
  else if (verdict.primaryCause === 'clock.skew' && explanation === clockSentence(clock, EN)) explanation = clockSentence(clock, t);
  else {
    const fixed = FIXED_EXPLANATIONS.find((k) => EN.t(k) === explanation);
    if (fixed) explanation = t.t(fixed);
  }
  return { headline, explanation };
}
