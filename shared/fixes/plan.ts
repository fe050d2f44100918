/**
 * The fix plan: ONE path by cause, shared by the popover and the CLI.
 *
 * - One card for the verdict's primary cause, one for each independent cause (a problem the
 *   primary cause does not explain). Further cards that fit the same cause are `alternatives`.
 * - Checks that could not finish *because of* the primary cause (push, the Wi-Fi login check,
 *   the clock and Apple's status page when DNS is broken) get no card of their own: they are
 *   folded under the primary card as one "Also affected" line.
 * - A card whose text claims a specific observation is only offered when that observation was
 *   made (the DNS-filter card needs a bogon/sinkhole answer; the Wi-Fi login card needs a login
 *   page or a portal symptom).
 *
 * Pure: report in, plan out.
 */
import type { Cause } from '../causes';
import type { CheckId } from '../checks';
import type { FixCard } from '../fix-types';
import type { MessageKey, Translator } from '../i18n';
import { listOf } from '../presentation';
import type { CheckResult, Report } from '../report';
import { CAUSE_FIXES } from './cause-map';

/** Card lookup, passed in so this module does not import the whole catalog (the renderer lazy-loads it). */
export type CardLookup = Readonly<Record<string, FixCard>>;

export interface PlanCard {
  card: FixCard;
  /** The cause this card answers. */
  cause: Cause;
  /** 'primary' for the verdict's cause, 'independent' for another problem found alongside it. */
  role: 'primary' | 'independent';
  /** The checks whose evidence shows this cause. */
  checks: CheckResult[];
  /** Checks that could not finish because of this (primary) cause; empty for independent cards. */
  alsoAffected: CheckResult[];
  /** "Also affected: push notifications, … — they should work again once DNS works.", or null. */
  alsoAffectedLine: string | null;
  /** Other cards that fit the same cause and its evidence, for "more fixes". */
  alternatives: FixCard[];
}

export interface FixPlan {
  cards: PlanCard[];
  counts: {
    /** Distinct problems with a card (primary + independent). */
    problems: number;
    /** Checks folded under the primary card. */
    affected: number;
    /** Checks that could not run for their own reason (a tool failed, timed out…). */
    couldNotCheck: number;
    /** Checks that do not apply here (macOS-only checks on another OS). */
    notApplicable: number;
  };
  /** "1 problem · 4 other checks could not finish because of it", or null when nothing is wrong. */
  countLine: string | null;
}

const DNS_RESOLUTION: ReadonlySet<Cause> = new Set<Cause>([
  'dns.nxdomain',
  'dns.nodata',
  'dns.servfail',
  'dns.refused',
  'dns.timeout',
  'dns.unreachable',
  'dns.badresp',
]);
/** Results that only say "could not verify" — the check needed the network the primary cause broke. */
const COULD_NOT_VERIFY: ReadonlySet<Cause> = new Set<Cause>(['clock.unverifiable', 'apple.status_unknown']);
/** Checks that need the network to reach Apple (the ones a network-wide cause can stop). */
const NETWORK_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['push', 'captive-portal', 'dns', 'clock', 'apple-status']);
/**
 * Endpoint failures that show a login page answered in Apple's place (a redirect, another host's
 * certificate, plain HTTP on 443; revk.uk "Captive portals (apple)"). Stricter than what a portal
 * *explains* in `CAUSE_TRAITS` (shared/cause-info.ts): an untrusted certificate or a bogon answer
 * also comes from filters and interception, so it does not justify the "Log in to this Wi-Fi" card.
 */
const PORTAL_SYMPTOMS: ReadonlySet<Cause> = new Set<Cause>(['tls.hostname', 'tls.not_tls', 'http.redirect', 'captive.detected']);

/** How a folded check is named in the "Also affected" line. */
const AFFECTED_NAME: Partial<Record<CheckId, MessageKey>> = {
  push: 'fixes.plan.affected.push',
  'captive-portal': 'fixes.plan.affected.captive-portal',
  dns: 'fixes.plan.affected.dns',
  clock: 'fixes.plan.affected.clock',
  'apple-status': 'fixes.plan.affected.apple-status',
};

/** The family a cause belongs to, for "same cause" folding and the "once X works" phrase. */
function family(cause: Cause): 'dns' | 'tcp' | 'proxy' | 'net' | 'captive' | 'other' {
  if (DNS_RESOLUTION.has(cause)) return 'dns';
  if (cause.startsWith('tcp.')) return 'tcp';
  if (cause.startsWith('proxy.')) return 'proxy';
  if (cause === 'net.offline') return 'net';
  if (cause === 'captive.detected') return 'captive';
  return 'other';
}

/** The check that measures a family directly (its result is evidence, not a consequence). */
const FAMILY_OWNER: Partial<Record<ReturnType<typeof family>, CheckId>> = { dns: 'dns', captive: 'captive-portal', proxy: 'proxy' };

const isProblem = (c: CheckResult) => c.status === 'fail' || c.status === 'warn';

/** What was observed, for cards whose text claims a specific observation. */
interface Seen {
  bogon: boolean;
  portal: boolean;
}

function observed(checks: readonly CheckResult[]): Seen {
  const bogon =
    checks.some((c) => isProblem(c) && c.cause === 'dns.bogon') ||
    checks.some((c) => {
      if (c.id === 'dns') return arrayOf(c.data.hosts).some((h) => arrayOf(h.bogons).length > 0 || arrayOf(h.verifiedBogons).length > 0);
      if (c.id === 'signin-endpoints')
        return arrayOf(c.data.endpoints).some((e) => arrayOf((e.phases as { dns?: { bogons?: unknown } } | undefined)?.dns?.bogons).length > 0);
      return false;
    });
  const portal =
    checks.some((c) => isProblem(c) && c.cause === 'captive.detected') ||
    checks.some(
      (c) =>
        c.id === 'signin-endpoints' && arrayOf(c.data.endpoints).some((e) => PORTAL_SYMPTOMS.has((e.failure as { cause?: Cause } | undefined)?.cause as Cause)),
    );
  return { bogon, portal };
}

function arrayOf(x: unknown): Record<string, unknown>[] {
  return Array.isArray(x) ? x.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

/** Cards whose text states an observation, and the observation they need. */
const NEEDS: Record<string, (seen: Seen) => boolean> = {
  // "…is answering for Apple’s sign-in servers with a fake or private address…"
  'dns-filter-blocks-apple': (s) => s.bogon,
  // "Log in to this Wi-Fi network": only when a login page or its symptoms were seen.
  'captive-portal-login': (s) => s.portal,
};

/** Card ids for one cause (catalog order) plus what the checks attached, known to the catalog. */
function candidateIds(cause: Cause, checks: readonly CheckResult[], cards: CardLookup): string[] {
  const ids = [...(Object.hasOwn(CAUSE_FIXES, cause) ? CAUSE_FIXES[cause] : []), ...checks.flatMap((c) => (Array.isArray(c.fixes) ? c.fixes : []))];
  return [...new Set(ids)].filter((id) => Object.hasOwn(cards, id));
}

/** Does the primary cause explain why `check` could not finish? */
function explainedBy(primary: Cause, check: CheckResult, signinDown: boolean): boolean {
  if (!check.cause || check.id === 'signin-endpoints') return false;
  const fam = family(primary);
  if (fam !== 'other' && family(check.cause) === fam) return true;
  if (!signinDown || !NETWORK_CHECKS.has(check.id)) return false;
  // The whole network path to Apple is broken: a check that only says "could not verify"
  // needed that path (the clock's HTTPS-date fallback and the status feed go to Apple too).
  if (fam !== 'other' && COULD_NOT_VERIFY.has(check.cause)) return true;
  // Behind a login page or offline, every network check fails at some network phase.
  return (fam === 'captive' || fam === 'net') && /^(dns|tcp|tls|http|push)\./.test(check.cause);
}

/** Build the plan for a report (the last complete one). */
export function buildFixPlan(report: Pick<Report, 'verdict' | 'checks'> | null | undefined, cards: CardLookup, t: Translator): FixPlan {
  const checks = report?.checks ?? [];
  const primary = report?.verdict.primaryCause ?? null;
  const seen = observed(checks);
  const signinDown = checks.some((c) => c.id === 'signin-endpoints' && c.status === 'fail');
  const problems = checks.filter(isProblem);

  const owner = primary ? FAMILY_OWNER[family(primary)] : undefined;
  // The sign-in check and the check that owns the cause's family are its evidence; the rest fold.
  const affected = primary ? checks.filter((c) => (isProblem(c) || c.status === 'error') && c.id !== owner && explainedBy(primary, c, signinDown)) : [];
  const affectedIds = new Set(affected.map((c) => c.id));

  // Group the remaining problems by cause, the primary cause first.
  const byCause = new Map<Cause, CheckResult[]>();
  if (primary) byCause.set(primary, []);
  for (const c of problems) {
    if (!c.cause || affectedIds.has(c.id)) continue;
    // Sign-in down for a reason the verdict names differently (e.g. the clock explains expired
    // certificates): its evidence belongs under the primary card.
    const key = primary && c.id === 'signin-endpoints' ? primary : c.cause;
    byCause.set(key, [...(byCause.get(key) ?? []), c]);
  }

  const planCards: PlanCard[] = [];
  const used = new Set<string>();
  for (const [cause, causeChecks] of byCause) {
    const isPrimary = cause === primary;
    if (!isPrimary && causeChecks.length === 0) continue;
    if (isPrimary && causeChecks.length === 0 && !problems.length && affected.length === 0) continue; // green with a cause note
    const fits = candidateIds(cause, causeChecks, cards).filter((id) => (NEEDS[id] ? NEEDS[id](seen) : true));
    const fresh = fits.filter((id) => !used.has(id));
    const first = fresh[0];
    if (!first) {
      // Same card already answers an earlier cause: this cause's checks join that card.
      const owner = planCards.find((p) => fits.includes(p.card.id));
      if (owner) owner.checks.push(...causeChecks);
      continue;
    }
    for (const id of fresh) used.add(id);
    const folded = isPrimary ? affected : [];
    planCards.push({
      card: cards[first]!,
      cause,
      role: isPrimary ? 'primary' : 'independent',
      checks: causeChecks,
      alsoAffected: folded,
      alsoAffectedLine: folded.length ? alsoAffectedLine(cause, folded, t) : null,
      alternatives: fresh.slice(1).map((id) => cards[id]!),
    });
  }

  const couldNotCheck = checks.filter((c) => c.status === 'error' && !affectedIds.has(c.id)).length;
  const notApplicable = checks.filter((c) => c.status === 'skip').length;
  const counts = { problems: planCards.length, affected: affected.length, couldNotCheck, notApplicable };
  return { cards: planCards, counts, countLine: countLine(counts, t) };
}

/** "Also affected: push notifications, the clock check and Apple’s status page — they should work again once DNS works." */
export function alsoAffectedLine(cause: Cause, folded: readonly CheckResult[], t: Translator): string {
  const names = folded.map((c) => {
    const key = AFFECTED_NAME[c.id];
    return key ? t.t(key) : c.title;
  });
  return t.t('fixes.plan.also-affected', { list: listOf(names, t), count: names.length, family: family(cause) });
}

/** Counts in words that say what they count. */
export function countLine(counts: FixPlan['counts'], t: Translator): string | null {
  const parts: string[] = [];
  if (counts.problems) parts.push(t.t('fixes.plan.count.problems', { n: counts.problems }));
  if (counts.affected) parts.push(t.t('fixes.plan.count.affected', { n: counts.affected, problems: counts.problems }));
  if (counts.couldNotCheck) parts.push(t.t('fixes.plan.count.could-not-run', { n: counts.couldNotCheck }));
  return parts.length ? parts.join(' · ') : null;
}
