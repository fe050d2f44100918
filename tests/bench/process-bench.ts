/**
 * Whole-process and critical-path figures (issue "Fast and exact"), on the simulated Apple
 * network in its own process:
 *  - engine `durationMs` against the critical path measured by an INDEPENDENT client: curl for
 *    each endpoint's TCP+TLS+HTTP (its own `time_total`, addresses pinned with --resolve) plus one
 *    DNS lookup by Node's c-ares resolver against the sim's DNS server — no product code involved;
 *  - the slowest TCP phase the engine reports on loopback with 0 ms injected;
 *  - `node dist/cli.cjs` and `npm run doctor` as whole processes, and the manual checklist done
 *    with dig, curl and nc, one process after another (./manual-checklist.ts);
 *  - black-holed network: process exit vs the report's own durationMs;
 *  - `node dist/cli.cjs --version` vs `node -e 0`.
 * Every figure is the median of `runs` rounds; the whole processes are timed several times a round
 * (PROCESS_PAIRS, START_PAIRS), each taking turns with its reference. Run alone: `npx tsx tests/bench/process-bench.ts`.
 */
import { execFile, spawn } from 'node:child_process';
import dns from 'node:dns';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { Config, ConfigInput } from '../../shared/config';
import type { Report } from '../../shared/report';
import { startSimProcess } from '../sim/sim-process';
import { mustResolve, testDeps } from '../sim/test-context';
import { manualChecklist } from './manual-checklist';
import { median } from './median';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

export interface ProcessBenchResult {
  engineDurationMs: number;
  curlCriticalPathMs: number;
  tcpZeroLatencyMaxMs: number;
  cliWholeMs: number;
  npmDoctorMs: number;
  /** `npm run` of a script that is only `node -e 0`, in a throwaway package: npm's fixed cost. */
  npmNoopMs: number;
  blackholeExitMs: number;
  blackholeReportMs: number;
  versionMs: number;
  bareNodeMs: number;
  /** The independent manual checklist (./manual-checklist.ts), and the steps it timed in process. */
  manualMs: number;
  manualInProcess: string[];
}

/** Wall time of one child process (spawn → exit), with its stdout. */
function timed(cmd: string, args: string[]): Promise<{ ms: number; out: string; code: number | null }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ ms: performance.now() - t0, out, code }));
  });
}

/** curl's own time for one endpoint: connect + TLS + request + answer (no DNS: pinned with --resolve). */
async function curlMs(ep: Config['endpoints'][number], caFile: string): Promise<number> {
  const url = `https://${ep.host}:${ep.port}${ep.path}`;
  const { stdout } = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '--max-time',
    '10',
    '--resolve',
    `${ep.host}:${ep.port}:127.0.0.1`,
    '--cacert',
    caFile,
    '-w',
    '%{time_total}',
    url,
  ]);
  return Number(stdout) * 1000;
}

async function dnsMs(server: string, host: string): Promise<number> {
  const r = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
  r.setServers([server]);
  const t0 = performance.now();
  await Promise.all([r.resolve4(host), r.resolve6(host).catch(() => [])]);
  return performance.now() - t0;
}

/** Per round: CLI, `npm run doctor` and the empty `npm run`, in turns. */
const PROCESS_PAIRS = 2;
/** Per round: `--version` and bare `node -e 0`, in turns. */
const START_PAIRS = 5;

export async function processBench(runs = 5, latencyMs = 40): Promise<ProcessBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'appleid-doctor-bench-'));
  const sim = await startSimProcess({ latencyMs });
  const zero = await startSimProcess({ latencyMs: 0 });
  try {
    const config = mustResolve(sim.config);
    const file = join(dir, 'sim.json');
    writeFileSync(file, JSON.stringify(sim.config));
    const caFile = config.extraCaFile as string;
    await runDiagnosis({ config, deps: testDeps() }); // warm-up

    const engine: number[] = [];
    const critical: number[] = [];
    const tcpZero: number[] = [];
    const cli: number[] = [];
    const doctor: number[] = [];
    const version: number[] = [];
    const bare: number[] = [];
    const npmNoop: number[] = [];
    const manual: number[] = [];
    let manualInProcess: string[] = [];
    const noopDir = join(dir, 'noop');
    mkdirSync(noopDir);
    writeFileSync(join(noopDir, 'package.json'), JSON.stringify({ name: 'noop', private: true, scripts: { noop: 'node -e 0' } }));
    // The same project settings as ours (.npmrc: no update check), so the two npm runs differ only by the script.
    copyFileSync(join(ROOT, '.npmrc'), join(noopDir, '.npmrc'));
    const zeroConfig = mustResolve(zero.config);
    await run(process.execPath, ['build/build.mjs', '--no-renderer'], { cwd: ROOT });
    for (let i = 0; i < runs; i++) {
      engine.push((await runDiagnosis({ config, deps: testDeps() })).durationMs);
      const curls = [];
      for (const ep of config.endpoints) curls.push(await curlMs(ep, caFile));
      critical.push(Math.max(...curls) + (await dnsMs(config.dnsServers[0] as string, config.endpoints[0]!.host)));
      const z = await runDiagnosis({ config: zeroConfig, deps: testDeps() });
      const data = z.checks.find((c) => c.id === 'signin-endpoints')?.data as { endpoints?: { phases: { tcp: { durationMs: number } | null } }[] } | undefined;
      const eps = data?.endpoints ?? [];
      tcpZero.push(Math.max(...eps.map((e) => e.phases.tcp?.durationMs ?? Number.NaN)));
      // Whole processes: each figure taking turns with its reference, several times per round.
      // Five samples of a 30–40 ms start let one quick minute move a median by a third.
      for (let j = 0; j < PROCESS_PAIRS; j++) {
        cli.push((await timed(process.execPath, ['dist/cli.cjs', '--json', '--config', file])).ms);
        doctor.push((await timed('npm', ['run', '--silent', 'doctor', '--', '--json', '--config', file])).ms);
        npmNoop.push((await timed('npm', ['run', '--silent', '--prefix', noopDir, 'noop'])).ms);
      }
      for (let j = 0; j < START_PAIRS; j++) {
        version.push((await timed(process.execPath, ['dist/cli.cjs', '--version'])).ms);
        bare.push((await timed(process.execPath, ['-e', '0'])).ms);
      }
      const m = await manualChecklist(config);
      manual.push(m.ms);
      manualInProcess = m.inProcess;
    }

    await sim.scenario('everything-blackholed');
    const bhInput: ConfigInput = { ...sim.config, timeouts: undefined };
    const bhFile = join(dir, 'blackholed.json');
    writeFileSync(bhFile, JSON.stringify(bhInput));
    const bh = await timed(process.execPath, ['dist/cli.cjs', '--json', '--config', bhFile]);
    const bhReport = JSON.parse(bh.out) as Report;
    await sim.scenario('healthy');

    return {
      engineDurationMs: median(engine),
      curlCriticalPathMs: median(critical),
      tcpZeroLatencyMaxMs: median(tcpZero),
      cliWholeMs: median(cli),
      npmDoctorMs: median(doctor),
      blackholeExitMs: bh.ms,
      blackholeReportMs: bhReport.durationMs,
      versionMs: median(version),
      bareNodeMs: median(bare),
      npmNoopMs: median(npmNoop),
      manualMs: median(manual),
      manualInProcess,
    };
  } finally {
    await Promise.all([sim.close(), zero.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  processBench().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
