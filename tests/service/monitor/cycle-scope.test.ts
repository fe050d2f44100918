/**
 * Which checks a scheduled cycle measures again (electron/service/monitor/cycle-scope.ts): on a
 * green Mac the macOS checks (about fifteen spawned processes, `log show` among them) run once per
 * log window instead of every five minutes, and no minute of Apple's log goes unread.
 */
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../electron/engine/registry';
import { computeVerdict } from '../../../electron/engine/verdict';
import {
  CLOCK_STEP_MS,
  type CyclePlan,
  carryForward,
  type LastFullRun,
  logWindowMinutes,
  needsFollowUp,
  planCycle,
  SLOW_CHECKS,
  STEADY_CHECKS,
  steadyCarry,
  steadyConfig,
  WATCH_CHECKS,
  watchOnly,
} from '../../../electron/service/monitor/cycle-scope';
import type { RunReason } from '../../../electron/service/monitor/scheduler';
import { CHECK_IDS, type CheckId } from '../../../shared/checks';
import { DEFAULT_CONFIG } from '../../../shared/config';
import type { Report } from '../../../shared/report';
import { checkResult, fakeReport } from '../fakes';

const MIN = 60_000;
const WALL0 = Date.parse('2026-01-15T09:00:00.000Z');
const mac: LastFullRun = { startedMono: 0, startedWall: WALL0, macosProbes: true };
const linux: LastFullRun = { ...mac, macosProbes: false };
const input = (o: Partial<Parameters<typeof watchOnly>[0]> = {}) => ({
  reason: 'timer' as RunReason,
  last: mac,
  light: 'green' as const,
  nowMono: 5 * MIN,
  nowWall: WALL0 + 5 * MIN,
  intervalMs: 5 * MIN,
  logWindowMs: 15 * MIN,
  // The clock and the captive portal were measured by the last full run, at mono 0.
  measuredMono: () => 0,
  ...o,
});
const scope = (o: Partial<Parameters<typeof watchOnly>[0]> = {}) => watchOnly(input(o));

/**
 * The schedule as the monitor runs it, each cycle reporting `report`: a 2 s run, then the 5 min
 * interval. `onFull` sees each full plan, when it starts, and the full run before it.
 */
function schedule(cycles: number, report: Report, onFull?: (plan: CyclePlan, now: number, last: LastFullRun | null) => void): CyclePlan[] {
  let last: LastFullRun | null = null;
  let shown: Report | null = null;
  let now = 0;
  const plans: CyclePlan[] = [];
  for (let i = 0; i < cycles; i++) {
    const plan = planCycle({
      reason: i === 0 ? 'start' : 'timer',
      base: shown,
      last,
      measuredMono: () => 0,
      nowMono: now,
      nowWall: WALL0 + now,
      intervalMs: 5 * MIN,
      windowMinutes: 15,
    });
    plans.push(plan);
    if (plan.full) {
      onFull?.(plan, now, last);
      last = { startedMono: now, startedWall: WALL0 + now, macosProbes: report.platform.macosProbes };
    }
    shown = report;
    now += 2_000 + 5 * MIN;
  }
  return plans;
}

/**
 * `hours` of green monitoring as the app core runs it: each cycle measures what its plan says,
 * and the report shown carries the rest forward with the time each result was measured.
 */
function hoursOfCycles(hours: number, macosProbes: boolean): { minute: number; ids: CheckId[]; full: boolean }[] {
  const every = CHECK_IDS.map((id) => checkResult(id, 'pass'));
  let last: LastFullRun | null = null;
  let shown: Report | null = null;
  let now = 0;
  const measured = new Map<CheckId, number>();
  const out: { minute: number; ids: CheckId[]; full: boolean }[] = [];
  while (now < hours * 60 * MIN) {
    const plan = planCycle({
      measuredMono: (id) => measured.get(id),
      reason: now === 0 ? 'start' : 'timer',
      base: shown,
      last,
      nowMono: now,
      nowWall: WALL0 + now,
      intervalMs: 5 * MIN,
      windowMinutes: 15,
    });
    const ids = plan.only ?? [...CHECK_IDS];
    for (const id of ids) measured.set(id, now);
    const run: Report = {
      ...fakeReport('green', null, new Date(WALL0 + now).toISOString()),
      platform: { ...fakeReport('green').platform, macosProbes },
      checks: every.filter((c) => ids.includes(c.id)),
    };
    shown = plan.only && shown ? carryForward(shown, run, computeVerdict, WALL0 + now) : run;
    if (plan.full) last = { startedMono: now, startedWall: WALL0 + now, macosProbes };
    out.push({ minute: Math.round(now / MIN), ids, full: plan.full });
    now += 2_000 + 5 * MIN;
  }
  return out;
}

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
    expect(scope({ last: linux })).toBe(false);
  });

  it('at the default settings, two of every three cycles are watch-only, and every full run reads the log back to the last one', () => {
    const windows: number[] = [];
    const report = { ...fakeReport('green'), platform: { ...fakeReport('green').platform, macosProbes: true } };
    const plans = schedule(10, report, (plan, now, last) => {
      windows.push(plan.configure(DEFAULT_CONFIG).appleLog.windowMinutes);
      // Contiguous reads: this one reaches back to the start of the last full run.
      if (last) expect(now - windows.at(-1)! * MIN).toBeLessThanOrEqual(last.startedMono);
    }).map((plan) => (plan.full ? 'full' : 'watch'));
    expect(plans).toEqual(['full', 'watch', 'watch', 'full', 'watch', 'watch', 'full', 'watch', 'watch', 'full']);
    expect(windows).toEqual([15, 16, 16, 16]);
  });

  it('never: with an interval as long as the log window every cycle is full', () => {
    expect(scope({ intervalMs: 15 * MIN, nowMono: 15 * MIN })).toBe(false);
  });
});

describe('the clock, the captive portal and the status feed between full runs', () => {
  const base = (clock: 'pass' | 'warn' = 'pass'): Report => ({
    ...fakeReport('green'),
    checks: [checkResult('signin-endpoints', 'pass'), checkResult('captive-portal', 'pass'), checkResult('clock', clock), checkResult('apple-status', 'pass')],
  });
  const carry = (o: Partial<Parameters<typeof watchOnly>[0]> = {}, b = base()) => steadyCarry({ ...input(o), base: b });

  it('are carried on a green timer cycle, on a Mac and off it, when they passed', () => {
    expect(carry()).toEqual(['clock', 'captive-portal', 'apple-status']);
    expect(carry({ last: linux })).toEqual(['clock', 'captive-portal', 'apple-status']);
    expect(carry({}, base('warn'))).toEqual(['captive-portal', 'apple-status']);
    expect(carry({}, { ...base(), checks: [checkResult('signin-endpoints', 'pass')] })).toEqual([]);
  });

  it('are measured again on every run not started by the timer, after a light that is not green; the status feed once per window', () => {
    for (const reason of ['start', 'wake', 'unlock', 'network', 'popover', 'manual'] as RunReason[]) expect(carry({ reason }), reason).toEqual([]);
    for (const light of ['amber', 'red', null] as const) expect(carry({ light }), String(light)).toEqual([]);
    expect(carry({ last: null })).toEqual([]);
    // The timer's full run reads the status feed again and carries the other two, measured 15 min ago.
    expect(carry({ nowMono: 15 * MIN, nowWall: WALL0 + 15 * MIN })).toEqual(['clock', 'captive-portal']);
  });

  it('the clock and the captive portal again once their result is an hour old, or when it is not known', () => {
    const at = (min: number, measuredMono?: (id: CheckId) => number | undefined) =>
      carry({ nowMono: min * MIN, nowWall: WALL0 + min * MIN, ...(measuredMono ? { measuredMono } : {}) });
    expect(at(59)).toEqual(['clock', 'captive-portal']);
    expect(at(60)).toEqual([]);
    // Each by its own time: at 30 min, a clock measured 65 min ago, a captive portal 30 min ago.
    expect(at(30, (id) => (id === 'clock' ? -35 * MIN : 0))).toEqual(['captive-portal']);
    expect(at(5, (id) => (id === 'clock' ? undefined : 0))).toEqual(['captive-portal', 'apple-status']);
    // Monotonic time: a wall clock set back a day changes nothing here (the step re-measures the clock).
    expect(carry({ nowMono: 30 * MIN, nowWall: WALL0 - 24 * 60 * MIN })).toEqual(['captive-portal']);
    expect(carry({ nowMono: 61 * MIN, nowWall: WALL0 - 24 * 60 * MIN })).toEqual([]);
  });

  it('the clock again when the wall clock moved against the monotonic one, either way', () => {
    const at = (wallDelta: number) => carry({ nowWall: WALL0 + 5 * MIN + wallDelta });
    expect(at(CLOCK_STEP_MS)).toEqual(['clock', 'captive-portal', 'apple-status']);
    expect(at(CLOCK_STEP_MS + 1)).toEqual(['captive-portal', 'apple-status']);
    expect(at(-(CLOCK_STEP_MS + 1))).toEqual(['captive-portal', 'apple-status']);
    expect(at(-3_600_000)).toEqual(['captive-portal', 'apple-status']);
  });

  it('off macOS, two of every three cycles at the default settings measure all but those three; the full runs between, all but the clock and the captive portal', () => {
    const plans = schedule(6, base()).map((plan) => plan.only);
    const steady = CHECK_IDS.filter((id) => !STEADY_CHECKS.includes(id));
    const full = CHECK_IDS.filter((id) => !SLOW_CHECKS.includes(id));
    expect(plans).toEqual([undefined, steady, steady, full, steady, steady]);
  });

  it('over a green day, the clock and the captive portal are asked about once an hour, the status feed every full run', () => {
    for (const macosProbes of [true, false]) {
      const measured = hoursOfCycles(3, macosProbes);
      const clock = measured.filter((m) => m.ids.includes('clock')).map((m) => m.minute);
      expect(clock, `macosProbes ${macosProbes}`).toEqual([0, 60, 121]);
      expect(measured.filter((m) => m.ids.includes('captive-portal')).map((m) => m.minute)).toEqual(clock);
      expect(measured.filter((m) => m.ids.includes('apple-status')).map((m) => m.minute)).toEqual(measured.filter((m) => m.full).map((m) => m.minute));
      expect(measured.filter((m) => m.full).length).toBe(12);
    }
  });

  it('on a Mac, a watch cycle measures the network checks but those three', () => {
    const plan = planCycle({ ...input(), base: base(), windowMinutes: 15 });
    expect(plan.only).toEqual(['signin-endpoints', 'push', 'dns']);
    expect(plan.configure(DEFAULT_CONFIG)).toEqual({ ...DEFAULT_CONFIG, push: { ...DEFAULT_CONFIG.push, ports: [5223] } });
  });

  it('a cycle that carries results asks only the primary push port; a full run asks them all, in order', () => {
    const ports = (plan: CyclePlan) => plan.configure(DEFAULT_CONFIG).push.ports;
    expect(ports(planCycle({ ...input({ last: linux }), base: base(), windowMinutes: 15 }))).toEqual([5223]);
    expect(ports(planCycle({ ...input({ reason: 'popover' }), base: base(), windowMinutes: 15 }))).toEqual([5223, 443]);
    const single = { ...DEFAULT_CONFIG, push: { ...DEFAULT_CONFIG.push, ports: [443] } };
    expect(steadyConfig(single)).toBe(single);
  });

  it('a cycle that carried results and is not green asks for a full run at once; a full one never does', () => {
    const partial = planCycle({ ...input({ last: linux }), base: base(), windowMinutes: 15 });
    expect(partial.only).toBeDefined();
    expect(needsFollowUp(partial, fakeReport('green'))).toBe(false);
    expect(needsFollowUp(partial, fakeReport('amber'))).toBe(true);
    expect(needsFollowUp(partial, fakeReport('red', 'tcp.timeout'))).toBe(true);
    const full = planCycle({ ...input({ reason: 'wake' }), base: base(), windowMinutes: 15 });
    expect(full.only).toBeUndefined();
    expect(needsFollowUp(full, fakeReport('red', 'tcp.timeout'))).toBe(false);
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
