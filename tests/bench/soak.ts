/**
 * Monitor soak on a bad network (issue "Fast and exact", item 5): the app core's monitor driven
 * for many full cycles against the simulated network (in its own process, so its sockets are not
 * counted here) stuck in one failure — black-holed DNS, refused connects, or TLS failures — on a
 * virtual clock (each cycle jumps to the next due time, backoff included). Before and after, with
 * a short settle and a forced GC: this process's open handles by type
 * (`process.getActiveResourcesInfo()`), its TCP/UDP sockets, and its heap. A socket leaked per
 * failing cycle shows up as growth proportional to the cycle count.
 * Used by `npm run bench` (1 000 cycles each) and tests/sim/soak.test.ts (100 cycles each).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRealDeps } from '../../electron/engine/deps';
import { resolveConfig } from '../../shared/config';
import type { Report } from '../../shared/report';
import { scheduledCore } from '../service/monitor/scheduled-core';
import type { SimScenario } from '../sim/scenarios';
import { startSimProcess } from '../sim/sim-process';

export interface SoakResult {
  scenario: SimScenario;
  cycles: number;
  lights: Record<string, number>;
  handlesBefore: number;
  handlesAfter: number;
  socketsBefore: number;
  socketsAfter: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Handle counts by type after the soak, for the failure message. */
  after: Record<string, number>;
}

const SOCKET_TYPES = new Set(['TCPWRAP', 'TCPSocketWrap', 'UDPWRAP', 'TLSWRAP', 'GetAddrInfoReqWrap', 'QueryReqWrap', 'TCPConnectWrap']);

function gc(): void {
  setFlagsFromString('--expose-gc');
  const run = runInNewContext('gc') as () => void;
  run();
  run();
}

function resources(): { total: number; sockets: number; byType: Record<string, number> } {
  const byType: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) byType[r] = (byType[r] ?? 0) + 1;
  const sockets = Object.entries(byType)
    .filter(([k]) => SOCKET_TYPES.has(k))
    .reduce((n, [, v]) => n + v, 0);
  return { total: Object.values(byType).reduce((a, b) => a + b, 0), sockets, byType };
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 200));
  gc();
}

/** Soak `cycles` monitor cycles on `scenario`. Budgets are short so a black-holed cycle ends fast. */
export async function soak(scenario: SimScenario, cycles: number): Promise<SoakResult> {
  const sim = await startSimProcess({ endpoints: 4, comparisonDns: false });
  const dataDir = await mkdtemp(join(tmpdir(), 'appleid-doctor-soak-'));
  try {
    const resolved = resolveConfig({ ...sim.config, timeouts: { dnsMs: 60, tcpMs: 150, tlsMs: 150, httpMs: 200, ntpMs: 60, totalMs: 500 } });
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    const { core, start, next } = scheduledCore({ config: resolved.config, engineDeps: createRealDeps(resolved.config), dataDir });
    const lights: Record<string, number> = {};
    const count = (report: Report): void => {
      lights[report.verdict.light] = (lights[report.verdict.light] ?? 0) + 1;
    };
    const cycle = async (): Promise<void> => count(await next());
    await sim.scenario(scenario);
    count(await start());
    for (let i = 1; i < 5; i++) await cycle(); // warm-up: trust store, JIT, the history file
    await settle();
    const before = resources();
    const heapBeforeMb = process.memoryUsage().heapUsed / 1048576;
    for (const k of Object.keys(lights)) delete lights[k];
    for (let i = 0; i < cycles; i++) await cycle();
    await settle();
    const after = resources();
    const heapAfterMb = process.memoryUsage().heapUsed / 1048576;
    await core.stop();
    return {
      scenario,
      cycles,
      lights,
      handlesBefore: before.total,
      handlesAfter: after.total,
      socketsBefore: before.sockets,
      socketsAfter: after.sockets,
      heapBeforeMb,
      heapAfterMb,
      after: after.byType,
    };
  } finally {
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
