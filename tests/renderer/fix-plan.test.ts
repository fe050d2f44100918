/** Which fix cards show, in which order, and how a Re-check is judged. */
import { describe, expect, it } from 'vitest';
import { FIX_CARDS, fixIdsForCause } from '../../shared/fix-catalog';
import type { CheckResult } from '../../shared/report';
import { cardIdsFor, fixPlan } from '../../renderer/lib/fix-plan';
import { recheckOutcome } from '../../renderer/lib/recheck';
import { cannedReport } from './canned-reports';

const red = cannedReport('red');
const green = cannedReport('green');
const problems = (r = red) => r.checks.filter((c) => c.status === 'fail' || c.status === 'warn');

describe('fixPlan', () => {
  it('shows the catalog cards of the primary cause first and open, each card once', () => {
    const plans = fixPlan(problems(), 'dns.nxdomain');
    expect(plans.map((p) => p.card.id)).toEqual(fixIdsForCause('dns.nxdomain'));
    expect(plans.filter((p) => p.primary).map((p) => p.card.id)).toEqual([fixIdsForCause('dns.nxdomain')[0]]);
    // The three checks that failed with the same cause share the cards.
    expect(plans[0]!.checks.map((c) => c.id).sort()).toEqual(['dns', 'push', 'signin-endpoints']);
  });

  it('adds the cards the engine attached and drops ids the catalog does not know', () => {
    const c: CheckResult = { ...red.checks[0]!, cause: 'push.fallback_only', fixes: ['admin-allow-apple-hosts', 'no-such-card'] };
    const ids = cardIdsFor(c);
    expect(ids).toContain('admin-allow-apple-hosts');
    expect(ids).not.toContain('no-such-card');
    expect(ids.every((id) => Object.hasOwn(FIX_CARDS, id))).toBe(true);
  });

  it('puts the primary cause’s check first even when it is only a warning', () => {
    const amber = cannedReport('amber');
    const extra = { ...green.checks.find((c) => c.id === 'firewall')!, status: 'fail' as const, cause: 'firewall.block_all' as const };
    const plans = fixPlan([extra, ...problems(amber)], 'push.fallback_only');
    expect(plans[0]!.checks[0]!.id).toBe('push');
  });

  it('has nothing to show when nothing fails', () => {
    expect(fixPlan(problems(green), null)).toEqual([]);
  });
});

describe('recheckOutcome', () => {
  it('says fixed when the checks that failed now pass', () => {
    const o = recheckOutcome(green, ['dns', 'signin-endpoints'], ['signin-endpoints', 'dns', 'push']);
    expect(o).toEqual({ worked: true, text: 'Fixed — all 2 checks pass now.' });
  });

  it('says not fixed, naming the check still failing', () => {
    const o = recheckOutcome(red, ['dns'], ['dns']);
    expect(o.worked).toBe(false);
    expect(o.text).toMatch(/^Not fixed yet — DNS answers for Apple: /);
  });

  it('cannot tell when the check could not run or did not run', () => {
    const broken = { ...green, checks: green.checks.map((c) => (c.id === 'dns' ? { ...c, status: 'error' as const } : c)) };
    expect(recheckOutcome(broken, ['dns'], ['dns']).worked).toBeNull();
    expect(recheckOutcome({ ...green, checks: [] }, ['dns'], ['dns']).worked).toBeNull();
  });

  it('words a symptom guide’s run as a diagnosis, not a fix', () => {
    expect(recheckOutcome(red, ['dns', 'clock'], ['dns', 'clock'], 'diagnose').text).toMatch(/^One check found a problem — DNS answers for Apple/);
    expect(recheckOutcome(green, ['dns', 'clock'], ['dns', 'clock'], 'diagnose').text).toBe('No problem found by these 2 checks.');
  });
});
