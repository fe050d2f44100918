import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineDeps } from '../../electron/engine/types';
import { computeVerdict } from '../../electron/engine/verdict';
import { type AppCore, createAppCore } from '../../electron/service/app-core';
import { STEPS_FILE } from '../../electron/service/store/steps-log';
import { causeText } from '../../shared/cause-text';
import { CHECK_IDS, type CheckId } from '../../shared/checks';
import { DEFAULT_CONFIG } from '../../shared/config';
import { fixCards } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { EN } from '../../shared/i18n';
import type { DiagnosisUpdate } from '../../shared/ipc';
import type { Report } from '../../shared/report';
import { checkResult, type FakeEngine, fakeEngine, fakeReport } from './fakes';
import { createVirtualTime, type VirtualTime } from './monitor/virtual-time';

const MIN = 60_000;
const green = fakeReport('green');
const red = fakeReport('red', 'tcp.timeout');

function actionId(kind: FixAction['kind']): string {
  for (const card of Object.values(fixCards(EN))) {
    const i = card.steps.findIndex((s) => s.action?.kind === kind);
    if (i >= 0) return `${card.id}#${i}`;
  }
  throw new Error(`no ${kind} action in the catalog`);
}

let dir: string;
let vt: VirtualTime;
let engine: FakeEngine;
let core: AppCore;
let updates: DiagnosisUpdate[];
const notify = vi.fn();
const runAction = vi.fn(async (a: FixAction) => ({ ok: true, message: `ran ${a.kind}` }));

function make(script = [green], o: { computeVerdict?: Parameters<typeof createAppCore>[0]['computeVerdict'] } = {}) {
  engine = fakeEngine(vt, script);
  core = createAppCore({
    config: DEFAULT_CONFIG,
    engineDeps: {} as EngineDeps,
    runDiagnosis: engine.fn,
    ...(o.computeVerdict ? { computeVerdict: o.computeVerdict } : {}),
    clock: vt,
    timers: vt,
    notifier: { notify },
    actions: { run: runAction },
    dataDir: dir,
    schedule: { random: () => 0.5 },
    log: () => undefined,
  });
  updates = [];
  core.onUpdate((u) => updates.push(u));
  return core;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'core-'));
  vt = createVirtualTime();
});
afterEach(async () => {
  await core?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('app core: monitor', () => {
  it('checks at start, streams progress, keeps the report, records history, schedules the next check', async () => {
    make();
    const t0 = vt.now();
    await core.start();
    await vt.advance(2_500);
    expect(updates.map((u) => u.kind)).toEqual(['started', 'check', 'check', 'check', 'finished', 'state', 'state']);
    const ids = updates.flatMap((u) => ('runId' in u ? [u.runId] : []));
    expect(new Set(ids).size).toBe(1); // started, check… and finished share one run id
    const state = await core.invoke('app:diagnosis-state', {});
    expect(state.report?.verdict.light).toBe('green');
    expect(state.running).toBeNull();
    expect(state.alertState).toBe('OK');
    expect(Date.parse(state.nextCheckAt!) - t0).toBe(2_000 + 5 * MIN); // 5 min after the 2 s run ended
    const history = await core.invoke('app:history-list', { sinceMs: 3600_000 });
    expect(history).toEqual([expect.objectContaining({ light: 'green', primaryCause: null, alertState: 'OK', endpoints: { appleid: 84, idmsa: 120 } })]);
  });

  it('AppState.running tracks pending and done checks during a run', async () => {
    make();
    await core.start();
    await vt.advance(100);
    const mid = await core.invoke('app:diagnosis-state', {});
    expect(mid.running?.pending).toEqual(['signin-endpoints', 'dns', 'clock']);
    expect(mid.running?.done).toEqual([]);
  });

  it('a real outage notifies once with the cause in plain words, then "works again" once', async () => {
    make([green, red, red, red, red, red, green, green, green]);
    await core.start();
    await vt.advance(40 * MIN);
    const kinds = notify.mock.calls.map((c) => c[0].kind);
    expect(kinds).toEqual(['down', 'restored']);
    expect(notify.mock.calls[0]![0].body).toContain(causeText('tcp.timeout', EN).sentence);
    expect(notify.mock.calls[0]![0].cause).toBe('tcp.timeout');
    const history = await core.invoke('app:history-list', { sinceMs: 3600_000 });
    expect(history.map((h) => h.alertState).slice(0, 9)).toEqual(['OK', 'SUSPECT', 'SUSPECT', 'DOWN', 'DOWN', 'DOWN', 'RECOVERING', 'OK', 'OK']);
  });

  it('respects the notification toggles', async () => {
    make([green, red]);
    await core.invoke('app:settings-set', { patch: { notifyUnreachable: false } });
    await core.start();
    await vt.advance(10 * MIN);
    expect(notify).not.toHaveBeenCalled();
    expect((await core.invoke('app:diagnosis-state', {})).alertState).toBe('DOWN');
  });

  it('re-probes ~10 s after a failure instead of waiting the full interval', async () => {
    make([red, green]);
    await core.start();
    await vt.advance(2_000 + 10_000 + 2_001);
    expect(engine.calls).toHaveLength(2);
  });

  it('"Check now" while a check runs joins it: one engine run, same report', async () => {
    make();
    await core.start();
    await vt.advance(100);
    const a = core.invoke('app:diagnosis-run', {});
    const b = core.invoke('app:diagnosis-run', {});
    core.signals.popoverOpened();
    core.signals.networkChanged();
    await vt.advance(3_000);
    expect(await a).toBe(await b);
    expect(engine.calls).toHaveLength(1);
  });

  it('sleep aborts the run in flight and keeps it out of alerts and history; wake re-checks after a grace', async () => {
    make();
    await core.start();
    await vt.advance(500);
    core.signals.suspend();
    await vt.advance(60 * MIN);
    expect(notify).not.toHaveBeenCalled();
    expect(await core.invoke('app:history-list', { sinceMs: 3600_000 })).toEqual([]);
    const paused = await core.invoke('app:diagnosis-state', {});
    expect(paused.nextCheckAt).toBeNull();
    expect(paused.report).toBeNull();
    core.signals.wake();
    await vt.advance(8_000 + 2_001);
    expect(engine.calls).toHaveLength(2);
    expect(await core.invoke('app:history-list', { sinceMs: 3600_000 })).toHaveLength(1);
  });

  it('passes the user clock thresholds to the engine and applies a new interval at once', async () => {
    make();
    await core.invoke('app:settings-set', { patch: { clockWarnSeconds: 20, clockFailSeconds: 120 } });
    await core.start();
    await vt.advance(2_001);
    expect(engine.calls[0]!.clock).toEqual({ warnMs: 20_000, failMs: 120_000 });
    await core.invoke('app:settings-set', { patch: { intervalMinutes: 1 } });
    await vt.advance(MIN);
    expect(engine.calls).toHaveLength(2);
  });

  it('a long flapping day with sleep and late timers: one "unstable" instead of a stream of alerts', async () => {
    const flap = Array.from({ length: 400 }, (_, i) => ([red, red, red, green, green] as const)[i % 5]!);
    make([...flap, green]);
    await core.start();
    for (let hour = 0; hour < 12; hour++) {
      if (hour === 4) {
        core.signals.suspend();
        await vt.advance(60 * MIN);
        core.signals.wake();
      }
      if (hour === 6) vt.lateBy(20 * MIN);
      await vt.advance(60 * MIN);
    }
    const kinds = notify.mock.calls.map((c) => c[0].kind);
    expect(kinds.filter((k) => k === 'unstable')).toHaveLength(1);
    // Two outage episodes are announced before the alternation is evident, then one "unstable", then quiet for hours.
    expect(kinds).toEqual(['down', 'restored', 'down', 'restored', 'unstable']);
    expect((await core.invoke('app:diagnosis-state', {})).unstable).toBe(true);
    // Once the network is steady again, one message says so.
    engine.script = [green];
    notify.mockClear();
    await vt.advance(4 * 60 * MIN);
    expect(notify.mock.calls.map((c) => c[0].kind)).toEqual(['restored']);
  });

  it('a throwing update listener does not break the monitor', async () => {
    make();
    core.onUpdate(() => {
      throw new Error('boom');
    });
    await core.start();
    await vt.advance(2_001);
    expect((await core.invoke('app:diagnosis-state', {})).report).not.toBeNull();
  });

  it('stop waits for what is still being written: the last "Check now" is in the steps log when it resolves', async () => {
    make();
    await core.start();
    await vt.advance(2_500);
    const manual = core.invoke('app:diagnosis-run', {});
    await vt.advance(2_500);
    await manual;
    await core.stop();
    const lines = readFileSync(join(dir, STEPS_FILE), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).kind)).toContain('rechecked');
  });

  it('stop leaves nothing scheduled', async () => {
    make();
    await core.start();
    await vt.advance(2_001);
    await core.stop();
    expect(vt.pending()).toBe(0);
  });
});

/** A Mac's report: the network checks and three macOS checks, all passing unless `failing`. */
function macReport(failing: 'signin-endpoints' | 'firewall' | null = null): Report {
  const r = fakeReport('green');
  const st = (id: CheckId) => (id === failing ? 'fail' : 'pass');
  return {
    ...r,
    platform: { ...r.platform, os: 'darwin', macosProbes: true },
    verdict: failing ? { ...r.verdict, light: 'red', primaryCause: 'tcp.timeout' } : r.verdict,
    checks: [
      ...r.checks.map((c) => (c.id === failing ? checkResult(c.id, 'fail', 'tcp.timeout', c.data) : c)),
      checkResult('firewall', st('firewall')),
      checkResult('keychain', 'pass'),
      checkResult('apple-log', 'pass'),
    ],
  };
}

describe('app core: the monitor on a Mac', () => {
  // A full run asks every push port; "full+" is one that carries the clock (and the captive portal) within the hour.
  const runs = () => engine.calls.map((c) => (!c.only ? 'full' : c.pushPorts.length > 1 ? 'full+' : 'watch'));

  it('re-reads the macOS checks once per log window while green, and no minute of the log goes unread', async () => {
    make([macReport()], { computeVerdict });
    const firstAt = new Date(vt.now()).toISOString(); // the first run starts now
    await core.start();
    await vt.advance(31 * MIN);
    expect(runs()).toEqual(['full', 'watch', 'watch', 'full+', 'watch', 'watch', 'full+']);
    expect(engine.calls.filter((c) => c.pushPorts.length > 1).map((c) => c.logWindowMinutes)).toEqual([15, 16, 16]);
    expect(engine.calls[3]?.only).toEqual(CHECK_IDS.filter((id) => id !== 'clock'));
    expect(engine.calls.find((c) => c.only)?.only).not.toContain('apple-log');
    // What the popover shows after a watch cycle: fresh network results, the macOS ones with their time.
    await vt.advance(6 * MIN);
    const report = (await core.invoke('app:diagnosis-state', {})).report!;
    expect(engine.calls.at(-1)?.only).toBeDefined();
    const lastFullAt = report.checks.find((c) => c.id === 'firewall')?.measuredAt;
    expect(Date.parse(report.startedAt) - Date.parse(lastFullAt!)).toBeGreaterThanOrEqual(5 * MIN);
    // The clock passed in the first run, within the hour, and the wall clock has not stepped
    // since: carried through both later full runs too, with the time of that first run.
    expect(report.checks.filter((c) => !c.measuredAt).map((c) => c.id)).toEqual(['signin-endpoints', 'dns']);
    expect(report.checks.find((c) => c.id === 'clock')?.measuredAt).toBe(firstAt);
    expect(Date.parse(lastFullAt!) - Date.parse(firstAt)).toBeGreaterThanOrEqual(30 * MIN);
    // Every cycle is its own history entry.
    const history = await core.invoke('app:history-list', { sinceMs: 3600_000 });
    expect(new Set(history.map((h) => h.at)).size).toBe(history.length);
  });

  it('a watch cycle that is not green is followed by a full run at once, and the light and the alert rest on it', async () => {
    make([macReport(), macReport(), macReport('signin-endpoints'), macReport('signin-endpoints'), macReport()], { computeVerdict });
    await core.start();
    await vt.advance(10 * MIN + 5_000); // the third cycle (a watch cycle) came back red at 10:04
    expect(runs()).toEqual(['full', 'watch', 'watch']);
    await vt.advance(5_000);
    expect(runs()).toEqual(['full', 'watch', 'watch', 'full']);
    const shown = (await core.invoke('app:diagnosis-state', {})).report!;
    expect(shown.verdict.light).toBe('red');
    expect(shown.checks.filter((c) => c.measuredAt)).toEqual([]);
    // One cycle, one entry: the red watch run itself is neither shown nor recorded.
    expect((await core.invoke('app:history-list', { sinceMs: 3600_000 })).map((h) => h.light)).toEqual(['green', 'green', 'red']);
    // The backoff re-check after a red light is full too.
    await vt.advance(12_000);
    expect(runs()).toEqual(['full', 'watch', 'watch', 'full', 'full']);
  });

  it('a result a Re-check measured is carried with the time of that Re-check, not of the full run before it', async () => {
    make([macReport()], { computeVerdict });
    await core.start();
    await vt.advance(2 * MIN);
    engine.script = [{ ...macReport(), checks: [checkResult('firewall', 'pass')] }];
    const recheckAt = new Date(vt.now()).toISOString();
    const recheck = core.invoke('app:diagnosis-run', { only: ['firewall'] });
    await vt.advance(3_000);
    const fullAt = (await recheck).startedAt;
    expect(engine.calls.at(-1)?.only).toEqual(['firewall']);
    engine.script = [macReport()];
    await vt.advance(3 * MIN + 2_000); // the first watch cycle, at 5 min
    const report = (await core.invoke('app:diagnosis-state', {})).report!;
    expect(engine.calls.at(-1)?.only).toBeDefined();
    expect(report.checks.find((c) => c.id === 'firewall')?.measuredAt).toBe(recheckAt);
    expect(report.checks.find((c) => c.id === 'keychain')?.measuredAt).toBe(fullAt);
  });

  it('measures everything on every run not started by the timer', async () => {
    make([macReport()], { computeVerdict });
    await core.start();
    await vt.advance(2 * MIN);
    core.signals.popoverOpened();
    await vt.advance(3_000);
    const manual = core.invoke('app:diagnosis-run', {});
    await vt.advance(3_000);
    await manual;
    core.signals.networkChanged();
    await vt.advance(MIN);
    expect(runs()).toEqual(['full', 'full', 'full', 'full']);
  });

  it('off macOS, the clock is carried between full runs until the wall clock steps', async () => {
    make([green]);
    await core.start();
    await vt.advance(16 * MIN);
    expect(runs()).toEqual(['full', 'watch', 'watch', 'full+']);
    expect(engine.calls[1]?.only).not.toContain('clock');
    expect(engine.calls[1]?.only).toContain('signin-endpoints');
    expect(engine.calls[3]?.only).not.toContain('clock');
    // Someone sets the clock 90 s ahead: the next timer cycle measures the clock again (here
    // nothing else could be carried, so that cycle is full).
    vt.jumpWall(90_000);
    await vt.advance(5 * MIN + 2_001);
    expect(runs()).toEqual(['full', 'watch', 'watch', 'full+', 'full']);
  });
});

describe('app core: Re-check of single checks', () => {
  it('runs only those checks, merges them into the last report with a recomputed verdict, outside history', async () => {
    const computeVerdict = vi.fn((_checks: readonly unknown[], _now?: number) => ({ ...red.verdict, light: 'amber' as const, headline: 'merged' }));
    make([green], { computeVerdict });
    await core.start();
    await vt.advance(2_001);
    engine.script = [{ ...green, checks: [checkResult('dns', 'warn', 'dns.bogon')] }];
    const p = core.invoke('app:diagnosis-run', { only: ['dns'] });
    await vt.advance(2_001);
    const merged = await p;
    expect(engine.calls.at(-1)!.only).toEqual(['dns']);
    expect(merged.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['signin-endpoints:pass', 'dns:warn', 'clock:pass']);
    expect(merged.verdict.headline).toBe('merged');
    expect(computeVerdict.mock.calls[0]![0]).toHaveLength(3);
    expect((await core.invoke('app:diagnosis-state', {})).report).toEqual(merged);
    expect(await core.invoke('app:history-list', { sinceMs: 3600_000 })).toHaveLength(1);
  });
});

describe('app core: fix actions, settings, export', () => {
  it('runs catalog actions by id only; unknown ids do nothing', async () => {
    make();
    expect(await core.invoke('app:fix-run-action', { id: 'no-such-card#0' })).toEqual({ ok: false, message: expect.any(String) });
    expect(runAction).not.toHaveBeenCalled();
    const url = await core.invoke('app:fix-run-action', { id: actionId('open-url') });
    expect(url).toEqual({ ok: true, message: 'ran open-url' });
    expect(runAction.mock.calls[0]![0].kind).toBe('open-url');
  });

  it('recheck actions return the checks to re-run without calling the runner', async () => {
    make();
    const r = await core.invoke('app:fix-run-action', { id: actionId('recheck') });
    expect(r.ok).toBe(true);
    expect(r.recheck?.length).toBeGreaterThan(0);
    expect(runAction).not.toHaveBeenCalled();
  });

  it('a runner that throws becomes ok:false', async () => {
    make();
    runAction.mockRejectedValueOnce(new Error('no browser'));
    expect(await core.invoke('app:fix-run-action', { id: actionId('open-url') })).toMatchObject({ ok: false });
  });

  it('settings round-trip, persist under the data dir, and tell listeners', async () => {
    make();
    const seen = vi.fn();
    core.onSettingsChange(seen);
    const s = await core.invoke('app:settings-set', { patch: { titleText: 'status' } });
    expect(s.titleText).toBe('status');
    expect((await core.invoke('app:settings-get', {})).titleText).toBe('status');
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ titleText: 'status' }));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).titleText).toBe('status');
    expect(core.firstRun).toBe(true);
  });

  it('exports the support report built from the current report', async () => {
    make();
    await core.start();
    await vt.advance(2_001);
    const out = await core.invoke('app:report-export', { options: { format: 'json', includePersonal: false, stepsDone: [] } });
    expect(out.mime).toBe('application/json');
    expect(out.text).toContain('You can sign in');
  });
});
