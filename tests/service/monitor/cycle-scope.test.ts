/**
 * Which checks a scheduled cycle measures again (electron/service/monitor/cycle-scope.ts): on a
 * green Mac the macOS checks (about fifteen spawned processes, `log show` among them) run once per
 * log window instead of every five minutes, and no minute of Apple's log goes unread.
 */
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../electron/engine/registry';
import { computeVerdict } from '../../../electron/engine/verdict';
import { carryForward, type LastFullRun, logWindowMinutes, planCycle, WATCH_CHECKS, watchOnly } from '../../../electron/service/monitor/cycle-scope';
import type { RunReason } from '../../../electron/service/monitor/scheduler';
import { CHECK_IDS, type CheckId } from '../../../shared/checks';
import { DEFAULT_CONFIG } from '../../../shared/config';
import type { Report } from '../../../shared/report';
import { checkResult, fakeReport } from '../fakes';

const MIN = 60_000;
const mac: LastFullRun = { startedMono: 0, macosProbes: true };
const scope = (o: Partial<Parameters<typeof watchOnly>[0]> = {}) =>
  watchOnly({ reason: 'timer', last: mac, light: 'green', nowMono: 5 * MIN, intervalMs: 5 * MIN, logWindowMs: 15 * MIN, ...o });

describe('watch-only cycles', () => {
  it('measure exactly the checks of kind "network"', () => {
    const network = CHECK_IDS.filter((id) => REGISTRY[id].kind === 'network');
    expect([...WATCH_CHECKS].sort()).toEqual([...network].sort());
  });

  it('happen only on a timer cycle of a green Mac whose macOS checks ran', () => {
    expect(scope()).toBe(true);
    for (const reason of ['start', 'wake', 'unlock', 'network', 'popover', 'manual'] as RunReason[]) expect(scope({ reason }), reason).toBe(false);
    for (const light of ['amber', 'red', null] as const) expect(scope({ light }), String(light)).toBe(false);
    expect(scope({ last: null })).toBe(false);
    expect(scope({ last: { startedMono: 0, macosProbes: false } })).toBe(false);
  });

  it('at the default settings, two of every three cycles are watch-only, and every full run reads the log back to the last one', () => {
    // The schedule as the monitor runs it: each 2 s run, then the 5 min interval.
    let last: LastFullRun | null = null;
    let now = 0;
    const plans: string[] = [];
    const windows: number[] = [];
    let report: Report | null = null;
    for (let i = 0; i < 10; i++) {
      const plan = planCycle({ reason: i === 0 ? 'start' : 'timer', base: report, last, nowMono: now, intervalMs: 5 * MIN, windowMinutes: 15 });
      plans.push(plan.only ? 'watch' : 'full');
      if (!plan.only) {
        windows.push(plan.configure(DEFAULT_CONFIG).appleLog.windowMinutes);
        // Contiguous reads: this one reaches back to the start of the last full run.
        if (last) expect(now - windows.at(-1)! * MIN).toBeLessThanOrEqual(last.startedMono);
        last = { startedMono: now, macosProbes: true };
      }
      report = { ...fakeReport('green'), platform: { ...fakeReport('green').platform, macosProbes: true } };
      now += 2_000 + 5 * MIN;
    }
    expect(plans).toEqual(['full', 'watch', 'watch', 'full', 'watch', 'watch', 'full', 'watch', 'watch', 'full']);
    expect(windows).toEqual([15, 16, 16, 16]);
  });

  it('never: with an interval as long as the log window every cycle is full', () => {
    expect(scope({ intervalMs: 15 * MIN, nowMono: 15 * MIN })).toBe(false);
  });
});

describe('the log window of a full run', () => {
  it('is the configured one, or back to the last full run, at most twice the configured one', () => {
    expect(logWindowMinutes(null, 99 * MIN, 15)).toBe(15);
    expect(logWindowMinutes(mac, 5 * MIN, 15)).toBe(15);
    expect(logWindowMinutes(mac, 15 * MIN + 6_000, 15)).toBe(16);
    expect(logWindowMinutes(mac, 3 * 60 * MIN, 15)).toBe(30);
  });
});

describe('carrying the macOS results forward', () => {
  const base: Report = {
    ...fakeReport('green', null, '2026-01-15T09:00:00.000Z'),
    checks: [checkResult('signin-endpoints', 'pass'), checkResult('firewall', 'pass'), checkResult('apple-log', 'pass'), checkResult('clock', 'pass')],
  };
  const watch = (status: 'pass' | 'fail'): Report => ({
    ...fakeReport('green', null, '2026-01-15T09:05:02.000Z'),
    durationMs: 310,
    checks: [checkResult('signin-endpoints', status, status === 'fail' ? 'tcp.timeout' : null), checkResult('clock', 'pass')],
  });
  const ids = (r: Report): CheckId[] => r.checks.map((c) => c.id);

  it('keeps the watch run’s time and results, and says when each carried result was measured', () => {
    const r = carryForward(base, watch('pass'), computeVerdict, Date.parse('2026-01-15T09:05:04.000Z'));
    expect(r.startedAt).toBe('2026-01-15T09:05:02.000Z');
    expect(r.durationMs).toBe(310);
    expect(ids(r)).toEqual(['signin-endpoints', 'firewall', 'apple-log', 'clock']);
    expect(r.checks.map((c) => c.measuredAt ?? 'now')).toEqual(['now', '2026-01-15T09:00:00.000Z', '2026-01-15T09:00:00.000Z', 'now']);
    // A result carried twice keeps the time it was measured, not the time of the report it came through.
    const again = carryForward(r, { ...watch('pass'), startedAt: '2026-01-15T09:10:04.000Z' }, computeVerdict, Date.now());
    expect(again.checks.find((c) => c.id === 'firewall')?.measuredAt).toBe('2026-01-15T09:00:00.000Z');
  });

  it('judges the light over every result, the fresh ones included', () => {
    const r = carryForward(base, watch('fail'), computeVerdict, Date.parse('2026-01-15T09:05:04.000Z'));
    expect(r.verdict.light).toBe('red');
    expect(r.verdict.primaryCause).toBe('tcp.timeout');
  });
});
