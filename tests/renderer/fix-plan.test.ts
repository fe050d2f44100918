/** Which fix cards show, in which order, and how a Re-check is judged. */
import { describe, expect, it } from 'vitest';
import { cardIdsFor, fixPlan } from '../../renderer/lib/fix-plan';
import { recheckOutcome } from '../../renderer/lib/recheck';
import { fixCards } from '../../shared/fix-catalog';
import { EN } from '../../shared/i18n';
import type { CheckResult } from '../../shared/report';
import { cannedReport } from './canned-reports';

const red = cannedReport('red');
const green = cannedReport('green');

describe('fixPlan', () => {
  it('on a DNS NXDOMAIN network: one card, the checks DNS broke folded under it as one line', () => {
    const plan = fixPlan(red, EN);
    expect(plan.cards.map((p) => p.card.id)).toEqual(['dns-server-failing']);
    const [card] = plan.cards;
    expect(card!.role).toBe('primary');
    // The sign-in check and the DNS check are the evidence; the rest only failed because of DNS.
    expect(card!.checks.map((c) => c.id).sort()).toEqual(['dns', 'signin-endpoints']);
    expect(card!.alsoAffected.map((c) => c.id)).toEqual(['push', 'captive-portal', 'clock', 'apple-status']);
    expect(card!.alsoAffectedLine).toBe(
      'Also affected: push notifications, the Wi-Fi login check, the clock check and Apple’s status page — they should work again once DNS works.',
    );
    expect(plan.countLine).toBe('1 problem · 4 other checks could not finish because of it');
  });

  it('never offers a card whose text claims more than was seen', () => {
    // NXDOMAIN: no address came back, so no "fake or private address" card; no login page seen.
    const ids = fixPlan(red, EN).cards.flatMap((p) => [p.card.id, ...p.alternatives.map((a) => a.id)]);
    expect(ids).not.toContain('dns-filter-blocks-apple');
    expect(ids).not.toContain('captive-portal-login');
    // A sinkhole answer IS the filter's signature: then the card is offered.
    const sinkhole = {
      ...red,
      checks: red.checks.map((c) =>
        c.id === 'dns'
          ? { ...c, cause: 'dns.bogon' as const, data: { ...c.data, hosts: [{ host: 'appleid.apple.com', bogons: ['0.0.0.0'], verifiedBogons: [] }] } }
          : c,
      ),
    };
    expect(fixPlan(sinkhole, EN).cards.flatMap((p) => [p.card.id, ...p.alternatives.map((a) => a.id)])).toContain('dns-filter-blocks-apple');
  });

  it('keeps a card for a problem the primary cause does not explain', () => {
    const withKeychain = {
      ...red,
      checks: red.checks.map((c) => (c.id === 'keychain' ? { ...c, status: 'warn' as const, cause: 'keychain.duplicates' as const } : c)),
    };
    const plan = fixPlan(withKeychain, EN);
    expect(plan.cards.map((p) => [p.role, p.cause])).toEqual([
      ['primary', 'dns.nxdomain'],
      ['independent', 'keychain.duplicates'],
    ]);
    expect(plan.cards[1]!.alsoAffected).toEqual([]);
    expect(plan.countLine).toBe('2 problems · 4 other checks could not finish because of the first');
  });

  it('does not fold a measured clock error under DNS: a wrong clock is its own problem', () => {
    const skewed = {
      ...red,
      checks: red.checks.map((c) => (c.id === 'clock' ? { ...c, status: 'fail' as const, cause: 'clock.skew' as const, data: { offsetMs: 600_000 } } : c)),
    };
    const plan = fixPlan(skewed, EN);
    expect(plan.cards.map((p) => p.cause)).toEqual(['dns.nxdomain', 'clock.skew']);
    expect(plan.cards[0]!.alsoAffected.map((c) => c.id)).not.toContain('clock');
  });

  it('adds the cards the engine attached and drops ids the catalog does not know', () => {
    const c: CheckResult = { ...red.checks[0]!, cause: 'push.fallback_only', fixes: ['admin-allow-apple-hosts', 'no-such-card'] };
    const ids = cardIdsFor(c);
    expect(ids).toContain('admin-allow-apple-hosts');
    expect(ids).not.toContain('no-such-card');
    expect(ids.every((id) => Object.hasOwn(fixCards(EN), id))).toBe(true);
  });

  it('puts the primary cause’s card first even when it is only a warning', () => {
    const amber = cannedReport('amber');
    const withFirewall = {
      ...amber,
      checks: amber.checks.map((c) => (c.id === 'firewall' ? { ...c, status: 'fail' as const, cause: 'firewall.block_all' as const } : c)),
    };
    const plan = fixPlan(withFirewall, EN);
    expect(plan.cards[0]!.checks[0]!.id).toBe('push');
    expect(plan.cards.map((p) => p.role)).toEqual(['primary', 'independent']);
  });

  it('has nothing to show when nothing fails', () => {
    expect(fixPlan(green, EN).cards).toEqual([]);
    expect(fixPlan(green, EN).countLine).toBeNull();
    expect(fixPlan(null, EN).cards).toEqual([]);
  });
});

describe('recheckOutcome', () => {
  it('says fixed when the checks that failed now pass', () => {
    const o = recheckOutcome(green, ['dns', 'signin-endpoints'], ['signin-endpoints', 'dns', 'push'], 'fix', EN);
    expect(o).toEqual({ worked: true, text: 'Fixed — all 2 checks pass now.' });
  });

  it('says not fixed, naming the check still failing', () => {
    const o = recheckOutcome(red, ['dns'], ['dns'], 'fix', EN);
    expect(o.worked).toBe(false);
    expect(o.text).toMatch(/^Not fixed yet — DNS answers for Apple: /);
  });

  it('cannot tell when the check could not run or did not run', () => {
    const broken = { ...green, checks: green.checks.map((c) => (c.id === 'dns' ? { ...c, status: 'error' as const } : c)) };
    expect(recheckOutcome(broken, ['dns'], ['dns'], 'fix', EN).worked).toBeNull();
    expect(recheckOutcome({ ...green, checks: [] }, ['dns'], ['dns'], 'fix', EN).worked).toBeNull();
  });

  it('words a symptom guide’s run as a diagnosis, not a fix', () => {
    expect(recheckOutcome(red, ['dns', 'macos'], ['dns', 'macos'], 'diagnose', EN).text).toMatch(/^One check found a problem — DNS answers for Apple/);
    expect(recheckOutcome(green, ['dns', 'clock'], ['dns', 'clock'], 'diagnose', EN).text).toBe('No problem found by these 2 checks.');
  });
});
