/**
 * Diagnosis speed bench (independent probes run in parallel, so the floor is the slowest endpoint
 * chain, as in OONI's fork/join, ooni/spec nettests/ts-017-web-connectivity.md): on the simulated Apple network with 40 ms injected per
 * packet exchange,
 *  (a) fullMs        one full `runDiagnosis` (network checks; macOS checks skip off macOS),
 *  (b) criticalPathMs the slowest single endpoint chain measured alone (the physical floor),
 *  (c) sequentialMs  the engine's own probes one after another, in this process: a reference only
 *                    (the CLI's speed-up is measured against the tools a person would use,
 *                    ./manual-checklist.ts, not against the engine),
 *  (d) blackholeMs   a full run with DNS, NTP and the status feed black-holed (default budgets).
 * Targets: full ≤ 1.25 × critical path; ≥ 5 × faster than sequential; black-holed ≤ totalMs + 10 %.
 * The sim runs in a child process (tests/sim/sim-process.ts). Run alone: `npx tsx tests/bench/diagnosis-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { probeCaptive } from '../../electron/engine/probes/captive-probe';
import { runEndpointChain } from '../../electron/engine/probes/endpoint-chain';
import { type ProbeEnv, probeEnv } from '../../electron/engine/probes/probe-env';
import { probePush } from '../../electron/engine/probes/push-probe';
import { resolveHost } from '../../electron/engine/probes/resolver';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { CheckId } from '../../shared/checks';
import type { Config } from '../../shared/config';
import { type SimProcess, startSimProcess } from '../sim/sim-process';
import { makeContext, mustResolve, testDeps } from '../sim/test-context';
import { median } from './median';

const LATENCY_MS = 40;

export interface DiagnosisBenchResult {
  fullMs: number;
  criticalPathMs: number;
  sequentialMs: number;
  blackholeMs: number;
  totalMsBudget: number;
}

const now = (): number => performance.now();

async function envFor(config: Config): Promise<ProbeEnv> {
  const r = await probeEnv(makeContext(config));
  if (!r.ok) throw new Error(r.message);
  return r.env;
}

async function fullRun(config: Config): Promise<number> {
  const t0 = now();
  const report = await runDiagnosis({ config, deps: testDeps() });
  if (report.verdict.light !== 'green') throw new Error(`bench network is not healthy: ${report.verdict.primaryCause}`);
  return now() - t0;
}

async function criticalPath(config: Config): Promise<number> {
  let slowest = 0;
  const env = await envFor(config);
  for (const ep of config.endpoints) {
    const t0 = now();
    const r = await runEndpointChain(ep, env);
    if (r.failure) throw new Error(`endpoint ${ep.id} failed: ${r.failure.cause}`);
    slowest = Math.max(slowest, now() - t0);
  }
  return slowest;
}

/** Every probe of a diagnosis, one after another, in process (the engine's probes, warm). */
async function sequential(config: Config): Promise<number> {
  const env = await envFor(config);
  const t0 = now();
  for (const ep of config.endpoints) await runEndpointChain(ep, env);
  await probePush(config.push.host, config.push.ports, env);
  await probeCaptive(config.captiveUrl, env);
  for (const ep of config.endpoints) {
    const opts = { timeoutMs: config.timeouts.dnsMs, signal: env.signal, mono: env.mono };
    await resolveHost(ep.host, { ...opts, servers: config.dnsServers });
    if (config.comparisonDnsServers.length) await resolveHost(ep.host, { ...opts, servers: config.comparisonDnsServers });
  }
  for (const id of ['clock', 'apple-status'] as CheckId[]) await runDiagnosis({ config, deps: testDeps(), only: [id] });
  return now() - t0;
}

async function blackholed(sim: SimProcess): Promise<{ ms: number; budget: number }> {
  await sim.scenario('everything-blackholed');
  const config = mustResolve({ ...sim.config, timeouts: undefined });
  const t0 = now();
  await runDiagnosis({ config, deps: testDeps() });
  const ms = now() - t0;
  await sim.scenario('healthy');
  return { ms, budget: config.timeouts.totalMs };
}

/** Run the bench (≈ 15 s: warm-up, 3 samples of each figure, one black-holed run). */
export async function diagnosisBench(): Promise<DiagnosisBenchResult> {
  // The sim runs in its own process so its TLS servers do not compete with the probes for this
  // event loop (on a real Mac the network is elsewhere too).
  const sim = await startSimProcess({ latencyMs: LATENCY_MS });
  try {
    const config = mustResolve(sim.config);
    await fullRun(config); // warm-up: JIT, TLS contexts, certificates
    const full: number[] = [];
    const critical: number[] = [];
    const seq: number[] = [];
    for (let i = 0; i < 3; i++) {
      full.push(await fullRun(config));
      critical.push(await criticalPath(config));
      seq.push(await sequential(config));
    }
    const bh = await blackholed(sim);
    return {
      fullMs: Math.round(median(full)),
      criticalPathMs: Math.round(median(critical)),
      sequentialMs: Math.round(median(seq)),
      blackholeMs: Math.round(bh.ms),
      totalMsBudget: bh.budget,
    };
  } finally {
    await sim.close();
  }
}

/** Human-readable lines with the targets, for `npm run bench`. */
export function formatDiagnosisBench(r: DiagnosisBenchResult): string[] {
  const ok = (b: boolean): string => (b ? 'ok' : 'MISSED');
  return [
    `diagnosis (sim network, ${LATENCY_MS} ms per exchange)`,
    `  full run            ${r.fullMs} ms  (≤ 1.25 × critical path ${r.criticalPathMs} ms: ${ok(r.fullMs <= 1.25 * r.criticalPathMs)})`,
    `  sequential probes   ${r.sequentialMs} ms  (${(r.sequentialMs / r.fullMs).toFixed(1)}× slower; ≥ 5×: ${ok(r.sequentialMs >= 5 * r.fullMs)})`,
    `  everything blackholed ${r.blackholeMs} ms  (≤ totalMs ${r.totalMsBudget} + 10 %: ${ok(r.blackholeMs <= r.totalMsBudget * 1.1)})`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  diagnosisBench().then(
    (r) => {
      for (const line of formatDiagnosisBench(r)) console.log(line);
      console.log(JSON.stringify(r));
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
