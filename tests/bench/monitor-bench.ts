/**
 * Monitor bench (issue 4, item 10): the app core's monitor — the one scheduler, the alert machine,
 * notifications, history appends (fsync'd) and UI updates — driven for 10 000 full diagnosis
 * cycles against the simulated Apple network (in a child process, so its CPU is not counted).
 *
 * The schedule runs on a virtual clock (each cycle jumps to the next due time: 5 min when healthy,
 * the backoff after a failure), the diagnoses are real: DNS/TCP/TLS/HTTP/NTP over loopback.
 * To stay within ~3 minutes on 2 cores the sim has ONE sign-in endpoint (not four) and no
 * comparison resolver; every 2 000 cycles a 12-cycle DNS outage (NXDOMAIN) exercises the
 * down/backoff/restored path.
 *
 * Reported: CPU ms per cycle (this process: engine + monitor), heap before/after (after GC, after a
 * warm-up), and child processes spawned per healthy cycle, counted twice — calls through the
 * CommandRunner seam and actual `ChildProcess#spawn`s in this process (target 0 on Linux, where the
 * macOS checks skip). Run alone: `npx tsx tests/bench/monitor-bench.ts [cycles]`.
 */
import { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRealDeps } from '../../electron/engine/deps';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { CommandRunner, EngineDeps } from '../../electron/engine/types';
import { createAppCore } from '../../electron/service/app-core';
import { DEFAULT_CONFIG, resolveConfig } from '../../shared/config';
import type { Report } from '../../shared/report';
import { createVirtualTime } from '../service/monitor/virtual-time';
import { startSimProcess } from '../sim/sim-process';

export interface MonitorBenchResult {
  cycles: number;
  cpuMsPerCycle: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  childProcessesPerHealthyCycle: number;
}

const WARMUP = 200;
const OUTAGE_EVERY = 2_000;
const OUTAGE_CYCLES = 12;

function forceGc(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

const heapMb = (): number => {
  forceGc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

export async function monitorBench(cycles = 10_000): Promise<MonitorBenchResult> {
  const sim = await startSimProcess({ endpoints: 1, comparisonDns: false });
  const dataDir = await mkdtemp(join(tmpdir(), 'appleid-doctor-monitor-bench-'));
  // Count every process this process starts, whatever starts it (not only the runner seam):
  // spawn/execFile/exec/fork all go through the (untyped) ChildProcess.prototype.spawn.
  const proto = ChildProcess.prototype as unknown as { spawn: (this: ChildProcess, ...args: unknown[]) => unknown };
  const realSpawn = proto.spawn;
  let spawned = 0;
  proto.spawn = function (this: ChildProcess, ...args: unknown[]) {
    spawned++;
    return realSpawn.apply(this, args);
  };
  try {
    const resolved = resolveConfig(sim.config);
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    const real = createRealDeps(resolved.config);
    let runnerCalls = 0;
    const runner: CommandRunner = {
      run: (tool, args, opts) => {
        runnerCalls++;
        return real.runner.run(tool, args, opts);
      },
    };
    const vt = createVirtualTime();
    let engineRuns = 0;
    let notices = 0;
    const core = createAppCore({
      config: resolved.config,
      engineDeps: { ...real, runner },
      runDiagnosis: (o) => {
        engineRuns++;
        return runDiagnosis(o);
      },
      clock: vt,
      timers: vt,
      notifier: { notify: () => void notices++ },
      actions: { run: async () => ({ ok: true, message: '' }) },
      dataDir,
      log: () => undefined,
    });
    let updates = 0;
    let finished: ((r: Report) => void) | null = null;
    core.onUpdate((u) => {
      updates++;
      if (u.kind === 'finished') finished?.(u.report);
    });
    await core.start();

    let healthy = 0;
    let spawnedInHealthy = 0;
    let runnerInHealthy = 0;
    let red = 0;
    const cycle = async (i: number): Promise<void> => {
      const outage = i % OUTAGE_EVERY >= OUTAGE_EVERY - OUTAGE_CYCLES;
      const wasOutage = (i - 1) % OUTAGE_EVERY >= OUTAGE_EVERY - OUTAGE_CYCLES;
      if (outage !== wasOutage) await sim.scenario(outage ? 'dns-nxdomain' : 'healthy');
      const s0 = spawned;
      const r0 = runnerCalls;
      // Jump to the next due time: the scheduler's own timer starts the run, and we wait for its
      // report. (Not "Check now": that is a person's click and adds a steps-log record.)
      const state = await core.invoke('app:diagnosis-state', {});
      const due = state.nextCheckAt ? Date.parse(state.nextCheckAt) - vt.now() : 0;
      const done = new Promise<Report>((r) => {
        finished = r;
      });
      await vt.advance(Math.max(0, due));
      const report = await done;
      finished = null;
      if (report.verdict.light === 'red') red++;
      if (report.verdict.light === 'green') {
        healthy++;
        spawnedInHealthy += spawned - s0;
        runnerInHealthy += runnerCalls - r0;
      }
    };

    for (let i = 0; i < WARMUP; i++) await cycle(i + 1);
    const heapBeforeMb = heapMb();
    const runsBefore = engineRuns;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < cycles; i++) await cycle(WARMUP + i + 1);
    const cpu = process.cpuUsage(cpu0);
    const wallS = (performance.now() - t0) / 1000;
    const heapAfterMb = heapMb();
    const runs = engineRuns - runsBefore;
    await core.stop();

    const historyEntries = (await core.invoke('app:history-list', { sinceMs: 31 * 86_400_000 })).length;
    const last = (await core.invoke('app:diagnosis-state', {})).report;
    const overhead = last ? await monitorOverheadMs(last, cycles) : Number.NaN;
    process.stderr.write(
      `monitor bench: ${runs} engine runs for ${cycles} cycles in ${wallS.toFixed(0)} s (1 sign-in endpoint, no comparison DNS); ` +
        `${red} red cycles in ${Math.floor(cycles / OUTAGE_EVERY)} DNS outages, ${notices} notifications, ${updates} UI updates; ` +
        `runner calls in healthy cycles: ${runnerInHealthy}; history entries on disk: ${historyEntries}; ` +
        `monitor's own CPU (engine stubbed with that report): ${overhead.toFixed(3)} ms/cycle\n`,
    );
    return {
      cycles: runs,
      cpuMsPerCycle: (cpu.user + cpu.system) / 1000 / Math.max(1, runs),
      heapBeforeMb,
      heapAfterMb,
      childProcessesPerHealthyCycle: spawnedInHealthy / Math.max(1, healthy),
    };
  } finally {
    proto.spawn = realSpawn;
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** CPU per cycle of everything but the engine: scheduler, alert machine, history append, updates. */
async function monitorOverheadMs(report: Report, cycles: number): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'appleid-doctor-monitor-overhead-'));
  try {
    const vt = createVirtualTime();
    const core = createAppCore({
      config: DEFAULT_CONFIG,
      engineDeps: {} as EngineDeps,
      runDiagnosis: async (o) => {
        o.onEvent?.({ kind: 'started', checks: report.checks.map((c) => c.id) });
        for (const result of report.checks) o.onEvent?.({ kind: 'check', result });
        return { ...report, startedAt: new Date(vt.now()).toISOString() };
      },
      clock: vt,
      timers: vt,
      notifier: { notify: () => undefined },
      actions: { run: async () => ({ ok: true, message: '' }) },
      dataDir,
      log: () => undefined,
    });
    let runs = 0;
    core.onUpdate((u) => void (u.kind === 'finished' && runs++));
    await core.start();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < cycles; i++) {
      const before = runs;
      const state = await core.invoke('app:diagnosis-state', {});
      await vt.advance(Math.max(0, state.nextCheckAt ? Date.parse(state.nextCheckAt) - vt.now() : 0));
      while (runs === before) await new Promise((r) => setImmediate(r));
    }
    const cpu = process.cpuUsage(cpu0);
    await core.stop();
    return (cpu.user + cpu.system) / 1000 / cycles;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  monitorBench(Number(process.argv[2] ?? 10_000)).then((r) => console.log(r));
}
