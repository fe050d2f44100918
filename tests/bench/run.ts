/**
 * `npm run bench`: every speed/cost figure, measured in one run and printed side by side with its
 * target. Not a test: nothing here fails the build; the figures go into the closing notes.
 */
import { diagnosisBench } from './diagnosis-bench';
import { median } from './median';
import { monitorBench } from './monitor-bench';
import { type ProcessBenchResult, processBench } from './process-bench';
import { rendererBench } from './renderer-bench';
import { soak } from './soak';

// A machine-wide NODE_EXTRA_CA_CERTS (this development sandbox points it at the whole system
// bundle) makes every Node process that touches TLS parse ~140 more certificates: tens of ms of
// CPU no Mac user pays, and curl does not either. Measure without it: run again, unset.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { spawnSync } = await import('node:child_process');
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  process.stderr.write('bench: NODE_EXTRA_CA_CERTS is set; measuring without it\n');
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  process.exit(again.status ?? 1);
}

const rows: [string, string, string][] = [];
const add = (name: string, value: string, target: string) => rows.push([name, value, target]);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function section<T>(name: string, run: () => Promise<T>, report: (r: T) => void): Promise<void> {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    report(await run());
  } catch (err) {
    add(`${name}: FAILED`, err instanceof Error ? err.message : String(err), '');
  }
}

let sequentialMs = Number.NaN;
await section('diagnosis', diagnosisBench, (d) => {
  sequentialMs = d.sequentialMs;
  add('diagnosis: full run (wall)', fmt(d.fullMs), '');
  add("reference: the engine's own probes one after another, in process (not independent)", fmt(d.sequentialMs), '');
  add('diagnosis: everything black-holed (in process)', fmt(d.blackholeMs), `≤ ${fmt(d.totalMsBudget * 1.1)} (totalMs + 10 %)`);
});
await section(
  'process',
  () => processBench(),
  (p: ProcessBenchResult) => {
    add('engine durationMs', fmt(p.engineDurationMs), '');
    add('critical path (curl slowest endpoint + one c-ares DNS lookup)', fmt(p.curlCriticalPathMs), '');
    add('engine durationMs / critical path', ratio(p.engineDurationMs, p.curlCriticalPathMs), '≤ 1.15×');
    add('TCP phase on loopback, 0 ms injected (slowest endpoint)', fmt(p.tcpZeroLatencyMaxMs), '≤ 5 ms');
    add('node dist/cli.cjs whole process', fmt(p.cliWholeMs), '');
    const tools = p.manualInProcess.length ? `; timed in process: ${p.manualInProcess.join(', ')}` : '';
    add(`manual checklist: dig, curl, nc one after another${tools}`, fmt(p.manualMs), '');
    add('manual checklist / built CLI (speed-up)', ratio(p.manualMs, p.cliWholeMs), '≥ 5×');
    // The most any CLI could reach here: node's own start-up plus the network's critical path.
    add(
      'reference: manual checklist / (node -e 0 + critical path), the ceiling',
      `${ratio(p.manualMs, p.bareNodeMs + p.curlCriticalPathMs)} (${fmt(p.bareNodeMs + p.curlCriticalPathMs)})`,
      '',
    );
    add("reference: the engine's own probes in sequence / built CLI", ratio(sequentialMs, p.cliWholeMs), '');
    add('npm run doctor whole process', fmt(p.npmDoctorMs), '');
    add('npm run doctor / built CLI', ratio(p.npmDoctorMs, p.cliWholeMs), '≤ 1.5×');
    // What `npm run` costs any script (npm's start-up, its shell, a second node): the floor under
    // the ratio above, which grows as the CLI itself gets faster.
    add('reference: npm run of a `node -e 0` script', fmt(p.npmNoopMs), '');
    add("reference: (built CLI + npm run's cost) / built CLI, the floor", ratio(p.cliWholeMs + p.npmNoopMs - p.bareNodeMs, p.cliWholeMs), '');
    add(
      'black-holed: process exit / report durationMs',
      `${ratio(p.blackholeExitMs, p.blackholeReportMs)} (${fmt(p.blackholeExitMs)} / ${fmt(p.blackholeReportMs)})`,
      '≤ 1.1×',
    );
    add('--version / node -e 0', `${ratio(p.versionMs, p.bareNodeMs)} (${fmt(p.versionMs)} / ${fmt(p.bareNodeMs)})`, '≤ 1.3×');
  },
);
const cycles = Number(process.env.BENCH_MONITOR_CYCLES ?? 10_000);
await section(
  'monitor',
  () => monitorBench(cycles),
  (m) => {
    add('monitor: cycles', String(m.cycles), '10 000');
    add(
      'monitor: engine runs (between full runs / full runs carrying the clock and the captive portal)',
      `${m.engineRuns} (${m.partialRuns - m.fullCarryingRuns} / ${m.fullCarryingRuns})`,
      '',
    );
    add('monitor: CPU per healthy cycle', `${m.cpuMsPerCycle.toFixed(2)} ms`, '≤ 2 ms');
    if (m.mainThreadMsPerCycle !== null) {
      const helpers = m.cpuMsPerCycle - m.mainThreadMsPerCycle;
      add('monitor: of that, main thread / other threads (GC, TurboFan, file I/O)', `${m.mainThreadMsPerCycle.toFixed(2)} / ${helpers.toFixed(2)} ms`, '');
    }
    add('reference: raw Node client, a full run’s network operations, full TLS handshake', `${m.floorFullMs.toFixed(2)} ms`, '');
    add('reference: raw Node client, a full run’s network operations, TLS resumed', `${m.floorResumedMs.toFixed(2)} ms`, '');
    add('reference: raw Node client, a full run carrying the clock and the captive portal, resumed', `${m.floorFullCarryMs.toFixed(2)} ms`, '');
    add('reference: raw Node client, a cycle between full runs (sign-in + primary APNs port), resumed', `${m.floorSteadyMs.toFixed(2)} ms`, '');
    add('reference: raw Node client, the monitor’s mix of runs, per cycle', `${m.floorMixMs.toFixed(2)} ms`, '');
    add('monitor CPU per healthy cycle / raw client (same mix)', ratio(m.cpuMsPerCycle, m.floorMixMs), '');
    if (m.blockRatios.length > 1) {
      const sorted = [...m.blockRatios].sort((a, b) => a - b);
      add(
        `monitor / raw client, block by block (${sorted.length} blocks, raw runs between them): median (range)`,
        `${median(sorted).toFixed(2)}× (${(sorted[0] as number).toFixed(2)}–${(sorted.at(-1) as number).toFixed(2)}×)`,
        '',
      );
    }
    add('monitor: heap before → after', `${m.heapBeforeMb.toFixed(1)} → ${m.heapAfterMb.toFixed(1)} MB`, 'flat within 5 MB');
    add('monitor: child processes per healthy cycle', String(m.childProcessesPerHealthyCycle), '0');
  },
);
const soakCycles = Number(process.env.BENCH_SOAK_CYCLES ?? 1_000);
for (const scenario of ['dns-blackhole', 'connections-refused', 'tls-failing'] as const) {
  await section(
    `soak ${scenario}`,
    () => soak(scenario, soakCycles),
    (r) => {
      add(
        `soak ${scenario}: cycles (lights)`,
        `${r.cycles} (${Object.entries(r.lights)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')})`,
        '1 000',
      );
      add(`soak ${scenario}: handles / sockets before → after`, `${r.handlesBefore} → ${r.handlesAfter} / ${r.socketsBefore} → ${r.socketsAfter}`, 'flat');
      add(`soak ${scenario}: heap before → after`, `${r.heapBeforeMb.toFixed(1)} → ${r.heapAfterMb.toFixed(1)} MB`, 'flat within 5 MB');
    },
  );
}
await section('renderer', rendererBench, (r) => {
  add('renderer: gzipped JS a launch loads (entry + one locale, de)', `${r.gzippedJsKb.toFixed(1)} KB`, '≤ 150 KB');
  add('renderer: gzipped JS, every chunk (all locales, all tabs)', `${r.allJsKb.toFixed(1)} KB`, 'for reference');
  add('renderer: navigation → status header painted with data', fmt(r.headerPaintedMs), '≤ 150 ms');
  add('reference: navigation → one-element page painted (same browser, server, probe)', fmt(r.referencePaintedMs), '');
  add('renderer: header paint above the reference', fmt(r.headerPaintedMs - r.referencePaintedMs), '');
});

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\n${'figure'.padEnd(w0)}  ${'measured'.padEnd(w1)}  target`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
process.exit(0);
