/**
 * The verdict: a traffic light plus ONE primary cause chosen by evidence, not by arrival order.
 *
 * Red    = no sign-in endpoint works, or something makes sign-in fail even though packets flow
 *          (HTTPS interception, a captive portal, a large clock skew).
 * Amber  = sign-in works but something will bite (some endpoints failing, APNs blocked, skew near
 *          the limit, Apple reporting problems, a setting that breaks Apple services).
 * Green  = sign-in works and nothing on the list above was seen.
 *
 * Cross-check explanations (shared/reference/failure-taxonomy.md §6): a clock skew explains
 * expired / not-yet-valid certificates; a captive portal explains redirects, hostname mismatches,
 * plaintext-on-443 and private DNS answers; a dead proxy explains refused connects; an Apple outage
 * explains 5xx from Apple.
 */
import { CAUSE_TEXT, causeTitleInSentence } from '../../shared/cause-text';
import { type Cause } from '../../shared/causes';
import type { ClockData, EndpointResult } from '../../shared/checks';
import type { CheckResult, Verdict } from '../../shared/report';

/** Causes that, when a check warns or fails with them, make the light at least amber. */
const AMBER_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'push.blocked',
  'push.fallback_only',
  'clock.skew',
  'apple.outage',
  'apple.degraded',
  'apple.maintenance',
  'time.auto_off',
  'firewall.block_all',
  'macos.outdated',
  'dns.bogon',
  'dns.fakeip',
  'dns.inconsistent',
  'proxy.pac_unavailable',
  'captive.detected',
]);

/** Endpoint failures a captive portal produces (taxonomy §6.1). */
const PORTAL_SYMPTOMS: ReadonlySet<Cause> = new Set<Cause>(['tls.hostname', 'tls.untrusted', 'tls.not_tls', 'http.redirect', 'dns.bogon']);
/** Endpoint failures Apple's own outage produces. */
const OUTAGE_SYMPTOMS: ReadonlySet<Cause> = new Set<Cause>(['http.server_error', 'http.rate_limited', 'http.timeout', 'http.truncated']);
/** Order in which failures explain the others when sign-in is down (most fundamental first). */
const EXPLAINS_FIRST: readonly string[] = ['net.', 'captive.', 'proxy.', 'clock.', 'tls.intercepted', 'dns.', 'tcp.', 'tls.', 'http.'];

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
  const clockExplainsCerts = failures.some((f) => f === 'tls.expired' || f === 'tls.not_yet_valid') && clockExplains(endpoints, clock?.data as Partial<ClockData> | undefined, now);
  if (clockExplainsCerts) return red('clock.skew', clockSentence(clock?.data as Partial<ClockData> | undefined));
  // 2. Deterministic local causes that make sign-in fail even when packets flow.
  if (found('captive.detected') && (signinDown || signinPartial || failures.some((f) => PORTAL_SYMPTOMS.has(f)) || failures.length === 0)) {
    return red('captive.detected');
  }
  if (failures.includes('tls.intercepted')) return red('tls.intercepted');
  if (clockFail) return red('clock.skew', clockSentence(clock?.data as Partial<ClockData> | undefined));
  // 3. No sign-in endpoint works.
  if (signinDown) {
    // The check saw more than the endpoints did (no usable interface): that explains everything.
    if (signin?.cause === 'net.offline') return red('net.offline');
    if (appleOutage && failures.every((f) => OUTAGE_SYMPTOMS.has(f))) return red('apple.outage');
    return red(mostExplanatory(failures) ?? signin?.cause ?? 'probe.failed');
  }
  // `--only` without the sign-in check: the verdict is about the checks that ran, no more.
  if (!signin) return onlyVerdict(checks, all);
  if (signin.status === 'error' || signin.status === 'skip') {
    // Sign-in could not be measured: never claim green.
    return verdict('amber', signin?.cause ?? 'probe.failed', all, 'The sign-in servers could not be checked.');
  }
  // 4. Sign-in works; is there something that will bite?
  if (signinPartial) {
    const cause = appleOutage && failures.every((f) => OUTAGE_SYMPTOMS.has(f)) ? 'apple.outage' : (mostExplanatory(failures) ?? signin.cause);
    return verdict('amber', cause ?? 'probe.failed', all);
  }
  const amber = pickAmber(checks);
  if (amber) return verdict('amber', amber, all, amber === 'clock.skew' ? clockSentence(clock?.data as Partial<ClockData> | undefined) : undefined);
  return verdict('green', null, all);
}

/** Headline of a green verdict from a subset of checks (it cannot claim sign-in works). */
export const ONLY_GREEN_HEADLINE = 'No problem found by the checks that ran';

/** Verdict from a subset of checks that leaves out sign-in (`--only clock`). */
function onlyVerdict(checks: readonly CheckResult[], all: Cause[]): Verdict {
  const failed = checks.filter((c) => c.status === 'fail' && c.cause).map((c) => c.cause as Cause);
  if (failed.length) return verdict('red', mostExplanatory(failed)!, all);
  const warned = checks.filter((c) => c.status === 'warn' && c.cause).map((c) => c.cause as Cause);
  const amber = pickAmber(checks) ?? mostExplanatory(warned);
  if (amber) return verdict('amber', amber, all);
  const error = checks.find((c) => c.status === 'error');
  if (error) return verdict('amber', error.cause ?? 'probe.failed', all, 'Some of the checks that were asked for could not run.');
  return { ...verdict('green', null, all, 'Every check that ran passed. Sign-in itself was not checked (run without --only for that).'), headline: ONLY_GREEN_HEADLINE };
}

/** Headline per light and primary cause, in plain words. */
export function headlineFor(light: Verdict['light'], cause: Cause | null): string {
  if (light === 'green') return 'You can sign in to your Apple Account';
  if (light === 'amber') {
    if (cause === 'push.blocked' || cause === 'push.fallback_only') return 'You can sign in, but verification prompts may not arrive';
    if (cause?.startsWith('apple.')) return 'You can reach Apple, but Apple reports a problem';
    if (cause === 'probe.failed') return 'Sign-in could not be fully checked';
    return `You can sign in, but: ${cause ? causeTitleInSentence(cause) : 'something needs attention'}`;
  }
  if (!cause) return 'Apple’s sign-in servers are unreachable from this network';
  if (cause === 'captive.detected') return 'This Wi-Fi needs you to log in first';
  if (cause === 'clock.skew') return 'Your Mac’s clock is wrong, so sign-in fails';
  if (cause === 'tls.intercepted') return 'Your secure traffic is being inspected, and Apple refuses it';
  if (cause === 'apple.outage') return 'Apple Account sign-in is down on Apple’s side';
  if (cause === 'net.offline') return 'This Mac is offline';
  if (cause.startsWith('proxy.')) return 'Your proxy is blocking Apple sign-in';
  if (cause.startsWith('dns.')) return 'This network can’t find Apple’s sign-in servers';
  return 'Apple’s sign-in servers are unreachable from this network';
}

function verdict(light: Verdict['light'], primary: Cause | null, all: Cause[], explanation?: string): Verdict {
  return {
    light,
    headline: headlineFor(light, primary),
    primaryCause: primary,
    explanation: explanation ?? (primary ? CAUSE_TEXT[primary].sentence : 'Every sign-in server answered and nothing else needs attention.'),
    otherCauses: all.filter((c) => c !== primary),
  };
}

/** Every cause seen (checks and individual endpoints), most explanatory first, unique. */
function collectCauses(checks: readonly CheckResult[], endpointCauses: Cause[]): Cause[] {
  const seen = new Set<Cause>();
  for (const c of checks) if (c.cause && c.status !== 'pass' && c.status !== 'skip') seen.add(c.cause);
  for (const c of endpointCauses) seen.add(c);
  return [...seen].sort((a, b) => rank(a) - rank(b));
}

function rank(cause: Cause): number {
  const i = EXPLAINS_FIRST.findIndex((p) => cause.startsWith(p));
  return i === -1 ? EXPLAINS_FIRST.length : i;
}

/** The failure that explains the most: fundamental phase first, then the most frequent. */
function mostExplanatory(failures: Cause[]): Cause | null {
  if (failures.length === 0) return null;
  const counts = new Map<Cause, number>();
  for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1])[0]![0];
}

/** First amber-worthy cause among warning/failing checks, by check order of importance. */
function pickAmber(checks: readonly CheckResult[]): Cause | null {
  const order = ['push', 'clock', 'apple-status', 'dns', 'captive-portal', 'proxy', 'time-settings', 'firewall', 'macos'];
  const candidates = checks
    .filter((c) => (c.status === 'warn' || c.status === 'fail') && c.cause && AMBER_CAUSES.has(c.cause))
    .sort((a, b) => idx(order, a.id) - idx(order, b.id));
  return candidates[0]?.cause ?? null;
}

function idx(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
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

/** "This Mac’s clock is 10 min behind" from the clock evidence. */
export function clockSentence(clock: Partial<ClockData> | undefined): string {
  const offset = clock?.offsetMs;
  if (typeof offset !== 'number') return CAUSE_TEXT['clock.skew'].sentence;
  const dir = offset > 0 ? 'behind' : 'ahead';
  return `This Mac’s clock is ${formatDuration(Math.abs(offset))} ${dir}; secure connections and verification codes fail when the time is wrong.`;
}

/** 601000 → "10 min 1 s"; 4500 → "4.5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const totalS = Math.round(ms / 1000);
  if (totalS < 3600) return `${Math.floor(totalS / 60)} min ${totalS % 60} s`;
  const h = Math.floor(totalS / 3600);
  const m = Math.round((totalS % 3600) / 60);
  if (h < 48) return `${h} h ${m} min`;
  return `${Math.round(h / 24)} days`;
}
