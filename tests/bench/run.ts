/**
 * `npm run bench`: every speed/cost figure, measured in one run and printed side by side with its
 * target. Not a test: nothing here fails the build; the figures go into the closing notes.
 */
import { diagnosisBench } from './diagnosis-bench';
import { monitorBench } from './monitor-bench';
import { rendererBench } from './renderer-bench';

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

await section('diagnosis', diagnosisBench, (d) => {
  add('diagnosis: full run (wall)', fmt(d.fullMs), '');
  add('diagnosis: critical path (slowest endpoint alone)', fmt(d.criticalPathMs), '');
  add('diagnosis: same checks sequentially', fmt(d.sequentialMs), '');
  add('diagnosis: full / critical path', ratio(d.fullMs, d.criticalPathMs), '≤ 1.25×');
  add('diagnosis: sequential / full (speed-up)', ratio(d.sequentialMs, d.fullMs), '≥ 5×');
  add('diagnosis: everything black-holed', fmt(d.blackholeMs), `≤ ${fmt(d.totalMsBudget * 1.1)} (totalMs + 10 %)`);
});
await section('monitor', monitorBench, (m) => {
  add('monitor: cycles', String(m.cycles), '10 000');
  add('monitor: CPU per cycle', `${m.cpuMsPerCycle.toFixed(2)} ms`, '');
  add('monitor: heap before → after', `${m.heapBeforeMb.toFixed(1)} → ${m.heapAfterMb.toFixed(1)} MB`, 'flat within 5 MB');
  add('monitor: child processes per healthy cycle', String(m.childProcessesPerHealthyCycle), '0');
});
await section('renderer', rendererBench, (r) => {
  add('renderer: gzipped JS', `${r.gzippedJsKb.toFixed(1)} KB`, '≤ 150 KB');
  add('renderer: navigation → status header painted with data', fmt(r.headerPaintedMs), '≤ 150 ms');
});

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\n${'figure'.padEnd(w0)}  ${'measured'.padEnd(w1)}  target`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
process.exit(0);
