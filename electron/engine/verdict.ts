/**
 * The verdict: a traffic light plus ONE primary cause chosen by evidence, not by arrival order.
 *
 * Red    = no sign-in endpoint works, or something makes sign-in fail even though packets flow
 *          (HTTPS interception, a captive portal, a large clock skew).
 * Amber  = sign-in works but something will bite (some endpoints failing, APNs blocked, skew near
 *          the limit, Apple reporting problems, a setting that breaks Apple services).
 * Green  = sign-in works and nothing on the list above was seen.
 *
 * Cross-check explanations (our own rules, after OONI's recipes in ooni/spec nettests/ts-010-captive-portal.md
 * and ts-017-web-connectivity.md): a clock skew explains
 * expired / not-yet-valid certificates; a captive portal explains redirects, hostname mismatches,
 * plaintext-on-443 and private DNS answers; a dead proxy explains refused connects; an Apple outage
 * explains 5xx from Apple.
 */

import { byRank, CAUSE_TRAITS, explains, pickCause } from '../../shared/cause-info';
import type { Cause } from '../../shared/causes';
import type { ClockData, EndpointResult } from '../../shared/checks';
import { defaultExplanation, clockSentence as sharedClockSentence, headlineFor as sharedHeadlineFor } from '../../shared/headlines';
import { EN } from '../../shared/i18n';
import type { CheckResult, Verdict } from '../../shared/report';
import { appleLogVerdict } from './apple-log-verdict';

/** Compute the verdict from all check results. Pure. */
export function computeVerdict(checks: readonly CheckResult[], now: number = Date.now()): Verdict {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const signin = byId.get('signin-endpoints');
  const endpoints = ((signin?.data.endpoints as EndpointResult[] | undefined) ?? []).filter(Boolean);
  const failures = endpoints.map((e) => e.failure?.cause).filter((c): c is Cause => Boolean(c));
  const signinDown = signin?.status === 'fail';
  const signinPartial = signin?.status === 'warn';
  const found = (cause: Cause) => checks.some((c) => c.cause === cause && (c.status === 'fail' || c.status === 'warn'));
  const clock = byId.get('clock');
  const clockFail = clock?.cause === 'clock.skew' && clock.status === 'fail';
  const appleOutage = found('apple.outage');

  const all = collectCauses(checks, failures);
  const red = (primary: Cause, explanation?: string) => verdict('red', primary, all, explanation);

  // 1. Certificates failing only because of this Mac's clock.
  const clockExplainsCerts =
    failures.some((f) => f === 'tls.expired' || f === 'tls.not_yet_valid') && clockExplains(endpoints, clock?.data as Partial<ClockData> | undefined, now);
  if (clockExplainsCerts) return red('clock.skew', clockSentence(clock?.data as Partial<ClockData> | undefined));
  // 2. Deterministic local causes that make sign-in fail even when packets flow.
  if (found('captive.detected') && (signinDown || signinPartial || failures.some((f) => explains('captive.detected', f)) || failures.length === 0)) {
    return red('captive.detected');
  }
  if (failures.includes('tls.intercepted')) return red('tls.intercepted');
  if (clockFail) return red('clock.skew', clockSentence(clock?.data as Partial<ClockData> | undefined));
  // 3. No sign-in endpoint works.
  if (signinDown) {
    // The check saw more than the endpoints did (no usable interface): that explains everything.
    if (signin?.cause === 'net.offline') return red('net.offline');
    if (appleOutage && failures.every((f) => explains('apple.outage', f))) return red('apple.outage');
    return red(pickCause(failures) ?? signin?.cause ?? 'probe.failed');
  }
  // 3b. Apple's own software reported an account/device failure no live check explains.
  const fromLog = appleLogVerdict(checks);
  if (fromLog) return verdict(fromLog.light, fromLog.cause, all, fromLog.explanation);
  // `--only` without the sign-in check: the verdict is about the checks that ran, no more.
  if (!signin) return onlyVerdict(checks, all);
  if (signin.status === 'error' || signin.status === 'skip') {
    // Sign-in could not be measured: never claim green.
    return verdict('amber', signin?.cause ?? 'probe.failed', all, EN.t('causes.explanation.signin-not-checked'));
  }
  // 4. Sign-in works; is there something that will bite?
  if (signinPartial) {
    const cause = appleOutage && failures.every((f) => explains('apple.outage', f)) ? 'apple.outage' : (pickCause(failures) ?? signin.cause);
    return verdict('amber', cause ?? 'probe.failed', all);
  }
  const amber = pickAmber(checks);
  if (amber) return verdict('amber', amber, all, amber === 'clock.skew' ? clockSentence(clock?.data as Partial<ClockData> | undefined) : undefined);
  return verdict('green', null, all);
}

/** Headline of a green verdict from a subset of checks (it cannot claim sign-in works). */
export const ONLY_GREEN_HEADLINE = EN.t('causes.headline.only-green');

/** Verdict from a subset of checks that leaves out sign-in (`--only clock`). */
function onlyVerdict(checks: readonly CheckResult[], all: Cause[]): Verdict {
  const failed = checks.filter((c) => c.status === 'fail' && c.cause).map((c) => c.cause as Cause);
  if (failed.length) return verdict('red', pickCause(failed)!, all);
  const warned = checks.filter((c) => c.status === 'warn' && c.cause).map((c) => c.cause as Cause);
  const amber = pickAmber(checks) ?? pickCause(warned);
  if (amber) return verdict('amber', amber, all);
  const error = checks.find((c) => c.status === 'error');
  if (error) return verdict('amber', error.cause ?? 'probe.failed', all, EN.t('causes.explanation.only-could-not-run'));
  return {
    ...verdict('green', null, all, EN.t('causes.explanation.only-green')),
    headline: ONLY_GREEN_HEADLINE,
  };
}

/** Headline per light and primary cause, in plain words (English: the report stores it; faces use shared/headlines.ts). */
export function headlineFor(light: Verdict['light'], cause: Cause | null): string {
  return sharedHeadlineFor(light, cause, EN);
}

function verdict(light: Verdict['light'], primary: Cause | null, all: Cause[], explanation?: string): Verdict {
  return {
    light,
    headline: headlineFor(light, primary),
    primaryCause: primary,
    explanation: explanation ?? defaultExplanation(primary, EN),
    otherCauses: all.filter((c) => c !== primary),
  };
}

/** Every cause seen (checks and individual endpoints), most explanatory first, unique. */
function collectCauses(checks: readonly CheckResult[], endpointCauses: Cause[]): Cause[] {
  const seen = new Set<Cause>();
  for (const c of checks) if (c.cause && c.status !== 'pass' && c.status !== 'skip') seen.add(c.cause);
  for (const c of endpointCauses) seen.add(c);
  return byRank(seen);
}

/** The amber-worthy cause of highest priority among warning/failing checks (`CauseTraits.amber`). */
function pickAmber(checks: readonly CheckResult[]): Cause | null {
  let best: Cause | null = null;
  for (const c of checks) {
    if ((c.status !== 'warn' && c.status !== 'fail') || !c.cause) continue;
    const p = CAUSE_TRAITS[c.cause].amber;
    if (p === false) continue;
    const bp = best ? CAUSE_TRAITS[best].amber : false;
    if (bp === false || p < bp) best = c.cause;
  }
  return best;
}

/**
 * Does the measured clock offset explain the certificate failures? Yes when, with true time
 * (now + offset), every failing leaf certificate would be inside its validity window.
 */
function clockExplains(endpoints: EndpointResult[], clock: Partial<ClockData> | undefined, now: number): boolean {
  const offset = clock?.offsetMs;
  if (typeof offset !== 'number') return false;
  const bound = clock?.errorBoundMs ?? 0;
  if (Math.abs(offset) <= bound) return false;
  const trueNow = now + offset;
  const certFailures = endpoints.filter((e) => e.failure?.cause === 'tls.expired' || e.failure?.cause === 'tls.not_yet_valid');
  return certFailures.every((e) => {
    const leaf = e.phases.tls?.chain?.[0];
    if (!leaf) return true; // no certificate captured: the skew is still the best explanation
    const from = Date.parse(leaf.validFrom);
    const to = Date.parse(leaf.validTo);
    if (Number.isNaN(from) || Number.isNaN(to)) return true;
    return trueNow >= from && trueNow <= to;
  });
}

/** "This Mac’s clock is 10 min behind" from the clock evidence (English, as the report stores it). */
export function clockSentence(clock: Partial<ClockData> | undefined): string {
  return sharedClockSentence(clock, EN);
}
