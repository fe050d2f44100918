import { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRealDeps } from '../../electron/engine/deps';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { CommandRunner, EngineDeps } from '../../electron/engine/types';
import type { ConfigInput } from '../../shared/config';
import { DEFAULT_CONFIG, resolveConfig } from '../../shared/config';
import type { Report } from '../../shared/report';
import { scheduledCore } from '../service/monitor/scheduled-core';
import { createVirtualTime } from '../service/monitor/virtual-time';
import type { SimScenario } from '../sim/scenarios';

export interface MonitorBenchResult {
  cycles: number;
  /** Engine runs in those cycles: one per cycle, two when a partial cycle was followed by a full one. */
  engineRuns: number;
  /** Of those, runs that carried results forward (cycle-scope.ts): between full runs, or full ones below. */
  partialRuns: number;
  /** Of the partial runs, full ones that carried only the clock and the captive portal (all push ports asked). */
  fullCarryingRuns: number;
  cpuMsPerCycle: number;
  /**
   * Of that, the main thread's (JS, TLS, c-ares, socket syscalls); the rest ran on V8's helper
   * threads (GC, TurboFan) and libuv's pool (file I/O). From /proc/self/task; null where there is none.
   */
  mainThreadMsPerCycle: number | null;
  heapBeforeMb: number;
  heapAfterMb: number;
  childProcessesPerHealthyCycle: number;
  /** The measured cycles in consecutive blocks (the parent runs its raw reference between them). */
  blocks: MonitorBlock[];
}

/** One block of measured cycles: its CPU and its mix of engine runs. */
export interface MonitorBlock {
  cycles: number;
  cpuMs: number;
  /** Full runs that measured everything. */
  fullRuns: number;
  /** Full runs carrying the clock and the captive portal. */
  fullCarryingRuns: number;
  /** Runs between full runs (the full run that follows a cycle that was not green is in `fullRuns`). */
  steadyRuns: number;
}

const WARMUP = 200;

const OUTAGE_EVERY = 2_000;
const OUTAGE_CYCLES = 12;

/** CPU ms this process's main thread has used (Linux: utime + stime of its task, in clock ticks of 10 ms), or null. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the parenthesised name: utime and stime are the 12th and 13th (proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

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

/** What the child needs from the parent: the sim's config and a way to switch its scenario. */
export interface SimHandle {
  config: ConfigInput;
  scenario(name: SimScenario): Promise<void>;
  /** Called after each block of measured cycles, outside the measurement (the parent's raw reference runs then). */
  between?(block: number): Promise<void>;
}

/** How many blocks the measured cycles are cut into (at least 100 cycles each). */
const BLOCKS = 10;

/** Drive `cycles` monitor cycles against `sim` and measure this process. */
export async function runMonitorCycles(sim: SimHandle, cycles: number): Promise<MonitorBenchResult> {
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
    let engineRuns = 0;
    let partialRuns = 0;
    let fullCarryingRuns = 0;
    let notices = 0;
    const { core, start, next } = scheduledCore({
      config: resolved.config,
      engineDeps: { ...real, runner },
      runDiagnosis: (o) => {
        engineRuns++;
        if (o.only) partialRuns++;
        // Between full runs the push check asks only its primary port (cycle-scope.ts steadyConfig).
        if (o.only && o.config.push.ports.length > 1) fullCarryingRuns++;
        return runDiagnosis(o);
      },
      notifier: { notify: () => void notices++ },
      dataDir,
    });
    let updates = 0;
    core.onUpdate(() => void updates++);

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
      const report = await next();
      if (report.verdict.light === 'red') red++;
      if (report.verdict.light === 'green') {
        healthy++;
        spawnedInHealthy += spawned - s0;
        runnerInHealthy += runnerCalls - r0;
      }
    };

    await start(); // the first of the warm-up cycles
    for (let i = 1; i < WARMUP; i++) await cycle(i + 1);
    const heapBeforeMb = heapMb();
    const blocks: MonitorBlock[] = [];
    const blockCount = Math.max(1, Math.min(BLOCKS, Math.floor(cycles / 100)));
    let mainMs: number | null = 0;
    let wallMs = 0;
    for (let b = 0, done = 0; b < blockCount; b++) {
      const size = Math.round(((b + 1) * cycles) / blockCount) - done;
      const runs0 = { all: engineRuns, partial: partialRuns, carrying: fullCarryingRuns };
      const main0 = mainThreadCpuMs();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < size; i++) await cycle(WARMUP + done + i + 1);
      const cpu = process.cpuUsage(cpu0);
      wallMs += performance.now() - t0;
      const main1 = mainThreadCpuMs();
      mainMs = mainMs === null || main0 === null || main1 === null ? null : mainMs + main1 - main0;
      const blockPartial = partialRuns - runs0.partial;
      const carrying = fullCarryingRuns - runs0.carrying;
      blocks.push({
        cycles: size,
        cpuMs: (cpu.user + cpu.system) / 1000,
        fullRuns: engineRuns - runs0.all - blockPartial,
        fullCarryingRuns: carrying,
        steadyRuns: blockPartial - carrying,
      });
      done += size;
      await sim.between?.(b);
    }
    const wallS = wallMs / 1000;
    const heapAfterMb = heapMb();
    const sum = (k: keyof MonitorBlock): number => blocks.reduce((total, b) => total + b[k], 0);
    const fullCarrying = sum('fullCarryingRuns');
    const partial = fullCarrying + sum('steadyRuns');
    const runs = partial + sum('fullRuns');
    await core.stop();

    const historyEntries = (await core.invoke('app:history-list', { sinceMs: 31 * 86_400_000 })).length;
    const last = (await core.invoke('app:diagnosis-state', {})).report;
    const overhead = last ? await monitorOverheadMs(last, cycles) : Number.NaN;
    process.stderr.write(
      `monitor bench: ${runs} engine runs (${partial - fullCarrying} between full runs, ${fullCarrying} full runs carrying the clock and the captive portal) for ${cycles} cycles in ${wallS.toFixed(0)} s (1 sign-in endpoint, no comparison DNS); ` +
        `${red} red cycles in ${Math.floor(cycles / OUTAGE_EVERY)} DNS outages, ${notices} notifications, ${updates} UI updates; ` +
        `runner calls in healthy cycles: ${runnerInHealthy}; history entries on disk: ${historyEntries}; ` +
        `monitor's own CPU (engine stubbed with that report): ${overhead.toFixed(3)} ms/cycle\n`,
    );
    return {
      cycles,
      engineRuns: runs,
      partialRuns: partial,
      fullCarryingRuns: fullCarrying,
      cpuMsPerCycle: sum('cpuMs') / Math.max(1, cycles),
      mainThreadMsPerCycle: mainMs === null ? null : mainMs / Math.max(1, cycles),
      heapBeforeMb,
      heapAfterMb,
      childProcessesPerHealthyCycle: spawnedInHealthy / Math.max(1, healthy),
      blocks,
    };
  } finally {
    proto.spawn = realSpawn;
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** CPU per cycle of everything but the engine: scheduler, alert machine, history append, updates. */
async function monitorOverheadMs(report: Report, cycles: number): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'appleid-doctor-monitor-overhead-'));
  try {
    const vt = createVirtualTime();
    const { core, start, next } = scheduledCore(
      {
        config: DEFAULT_CONFIG,
        engineDeps: {} as EngineDeps,
        runDiagnosis: async (o) => {
          o.onEvent?.({ kind: 'started', checks: report.checks.map((c) => c.id) });
          for (const result of report.checks) o.onEvent?.({ kind: 'check', result });
          return { ...report, startedAt: new Date(vt.now()).toISOString() };
        },
        dataDir,
      },
      vt,
    );
    await start();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < cycles; i++) await next();
    const cpu = process.cpuUsage(cpu0);
    await core.stop();
    return (cpu.user + cpu.system) / 1000 / cycles;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The child's entry: wait for the parent's {config, cycles}, relay scenario switches, send the result.
if (process.send && process.env.APPLEID_DOCTOR_MONITOR_BENCH_CHILD === '1') {
  let pending: (() => void) | null = null;
  process.on('message', (m: { kind: 'start'; config: ConfigInput; cycles: number } | { kind: 'scenario-done' } | { kind: 'continue' }) => {
    if (m.kind === 'scenario-done' || m.kind === 'continue') {
      pending?.();
      pending = null;
      return;
    }
    const sim: SimHandle = {
      config: m.config,
      scenario: (name) =>
        new Promise<void>((resolve) => {
          pending = resolve;
          process.send?.({ kind: 'scenario', name });
        }),
      between: (block) =>
        new Promise<void>((resolve) => {
          pending = resolve;
          process.send?.({ kind: 'block', block });
        }),
    };
    runMonitorCycles(sim, m.cycles).then(
      (result) => process.send?.({ kind: 'result', result }, () => process.exit(0)),
      (err: unknown) => process.send?.({ kind: 'error', message: err instanceof Error ? err.stack : String(err) }, () => process.exit(1)),
    );
  });
}
