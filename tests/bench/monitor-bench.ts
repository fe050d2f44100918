/**
 * Monitor bench (issue 4, item 10): the app core's monitor — the one scheduler, the alert machine,
 * notifications, history appends (flushed to the disk on a change of state) and UI updates — driven for 10 000 full diagnosis
 * cycles against the simulated Apple network (in a child process, so its CPU is not counted).
 *
 * The schedule runs on a virtual clock (each cycle jumps to the next due time: 5 min when healthy,
 * the backoff after a failure), the diagnoses are real: DNS/TCP/TLS/HTTP/NTP over loopback.
 * To stay within ~3 minutes on 2 cores the sim has ONE sign-in endpoint (not four) and no
 * comparison resolver; every 2 000 cycles a 12-cycle DNS outage (NXDOMAIN) exercises the
 * down/backoff/restored path.
 *
 * Measured as shipped: the monitor and engine run in their own process from one esbuild bundle
 * built with the product's options (build/build.mjs: minified, names kept, no source maps), not
 * through tsx, whose source-map support makes every Error the probes create (a DNS "no AAAA
 * record" each cycle) noticeably dearer than in the app.
 *
 * Reported: CPU ms per cycle (that process: engine + monitor; on Linux also its main thread's
 * share), heap before/after (after GC, after a warm-up), the raw client's CPU for the same mix of
 * runs, measured between ten blocks of the monitor's cycles (each block against the raw runs on
 * either side of it), and child processes spawned per healthy cycle, counted twice — calls through the
 * CommandRunner seam and actual `ChildProcess#spawn`s in that process (target 0 on Linux, where
 * the macOS checks skip). Run alone: `npx tsx tests/bench/monitor-bench.ts [cycles]`.
 */
import { execFile, fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { SimScenario } from '../sim/scenarios';
import { startSimProcess } from '../sim/sim-process';
import type { MonitorBenchResult, MonitorBlock } from './monitor-cycles';

export type { MonitorBenchResult } from './monitor-cycles';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundle tests/bench/monitor-cycles.ts the way build/build.mjs bundles the main process. */
async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'monitor-cycles.cjs');
  const { bundles } = (await import(pathToFileURL(join(ROOT, 'build', 'build.mjs')).href)) as {
    bundles(): { main: Record<string, unknown> };
  };
  await build({
    ...bundles().main,
    entryPoints: [join(ROOT, 'tests', 'bench', 'monitor-cycles.ts')],
    outfile,
    target: 'node20',
    external: [],
    ...(process.env.MONITOR_BENCH_PROF ? { minify: false } : {}),
  });
  return outfile;
}

/** The monitor's figures, and the raw client's CPU for the same network operations (floor-cycle.mjs). */
export interface MonitorBenchFigures extends MonitorBenchResult {
  /** A full run's operations, full TLS handshake. */
  floorFullMs: number;
  /** A full run's operations, TLS resumed. */
  floorResumedMs: number;
  /** A full run that carries the clock and the captive portal (no captive page, no SNTP), TLS resumed. */
  floorFullCarryMs: number;
  /** A cycle between full runs (no captive page, status feed or SNTP; one APNs port), TLS resumed. */
  floorSteadyMs: number;
  /** The raw client over the same mix of runs as the monitor's: per cycle, TLS resumed. */
  floorMixMs: number;
  /** Monitor CPU / raw client, block by block (each block against the raw runs just before and after it). */
  blockRatios: number[];
}

type Floor = { fullMs: number; resumedMs: number; fullCarryMs: number; steadyMs: number };

/** Cycles per operation mix in each raw run between the monitor's blocks (plus floor-cycle.mjs's warm-up). */
const FLOOR_CYCLES = 400;

/** Run tests/bench/floor-cycle.mjs (plain node, no product code) against the same sim. */
async function floorCycle(config: unknown, dir: string): Promise<Floor> {
  const file = join(dir, 'sim.json');
  await writeFile(file, JSON.stringify(config));
  const { stdout } = await run(process.execPath, [join(ROOT, 'tests', 'bench', 'floor-cycle.mjs'), file, String(FLOOR_CYCLES)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Floor;
}

/** The raw client's CPU per cycle over a block's mix of runs. */
function mixMs(floor: Floor, b: MonitorBlock): number {
  return (b.fullRuns * floor.resumedMs + b.fullCarryingRuns * floor.fullCarryMs + b.steadyRuns * floor.steadyMs) / Math.max(1, b.cycles);
}

const meanFloor = (fs: readonly Floor[]): Floor => {
  const mean = (k: keyof Floor): number => fs.reduce((sum, f) => sum + f[k], 0) / Math.max(1, fs.length);
  return { fullMs: mean('fullMs'), resumedMs: mean('resumedMs'), fullCarryMs: mean('fullCarryMs'), steadyMs: mean('steadyMs') };
};

export async function monitorBench(cycles = 10_000): Promise<MonitorBenchFigures> {
  const sim = await startSimProcess({ endpoints: 1, comparisonDns: false });
  const dir = await mkdtemp(join(tmpdir(), 'appleid-doctor-monitor-bench-build-'));
  try {
    const file = await bundleChild(dir);
    // The raw client runs before the first block of measured cycles and after each block, and
    // each block is compared with the runs on either side of it: on this shared VM the CPU on
    // offer drifts within a minute, and one raw run before and one after the whole monitor moved
    // the ratio by up to 40 % between back-to-back benches.
    const floors: Floor[] = [await floorCycle(sim.config, dir)];
    const child = fork(file, [], {
      execArgv: process.env.MONITOR_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
      env: { ...process.env, APPLEID_DOCTOR_MONITOR_BENCH_CHILD: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const result = await new Promise<MonitorBenchResult>((resolve, reject) => {
      child.on(
        'message',
        (
          m:
            | { kind: 'scenario'; name: SimScenario }
            | { kind: 'block'; block: number }
            | { kind: 'result'; result: MonitorBenchResult }
            | { kind: 'error'; message: string },
        ) => {
          if (m.kind === 'scenario') void sim.scenario(m.name).then(() => child.send({ kind: 'scenario-done' }));
          else if (m.kind === 'block')
            void floorCycle(sim.config, dir).then(
              (f) => {
                floors.push(f);
                child.send({ kind: 'continue' });
              },
              (err: unknown) => reject(err),
            );
          else if (m.kind === 'result') resolve(m.result);
          else reject(new Error(m.message));
        },
      );
      child.on('exit', (code) => reject(new Error(`monitor bench child exited with ${code}`)));
      child.send({ kind: 'start', config: sim.config, cycles });
    });
    const blockMixMs = result.blocks.map((b, i) => mixMs(meanFloor(floors.slice(i, i + 2)), b));
    const blockRatios = result.blocks.map((b, i) => b.cpuMs / Math.max(1, b.cycles) / (blockMixMs[i] as number));
    const floorMixMs = result.blocks.reduce((sum, b, i) => sum + (blockMixMs[i] as number) * b.cycles, 0) / Math.max(1, result.cycles);
    const floor = meanFloor(floors);
    return {
      ...result,
      floorFullMs: floor.fullMs,
      floorResumedMs: floor.resumedMs,
      floorFullCarryMs: floor.fullCarryMs,
      floorSteadyMs: floor.steadyMs,
      floorMixMs,
      blockRatios,
    };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  monitorBench(Number(process.argv[2] ?? 10_000)).then((r) => console.log(r));
}
