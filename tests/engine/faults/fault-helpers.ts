/**
 * Shared set-up for the fault-matrix tests: a sim network whose DNS answers a public stand-in
 * address (mapped onto 127.0.0.1 by ./loopback-guard), short phase budgets, and a runner that
 * times a check.
 */
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type CheckDefinition, type CheckOutcome, runCheck as measureAndJudge } from '../../../electron/engine/types';
import type { CheckId } from '../../../shared/checks';
import type { Config } from '../../../shared/config';
import { type SimNetwork, type SimNetworkOptions, startSimNetwork } from '../../sim/sim-network';
import { makeContext, mustResolve, type TestContextOptions } from '../../sim/test-context';
import { resetRoutes, STAND_IN, violations } from './loopback-guard';

/** Short per-phase budgets so black-holed rows finish quickly. */
export const FAST = { dnsMs: 600, tcpMs: 600, tlsMs: 600, httpMs: 800, ntpMs: 500, commandMs: 500, totalMs: 4000 } as const;

/** A deadline bound for assertions: the budget plus 10 % plus scheduling slack (2 cores, parallel files). */
export function within(...budgetsMs: number[]): number {
  const sum = budgetsMs.reduce((a, b) => a + b, 0);
  return sum * 1.1 + 400;
}

/** Start the sim for fault tests (stand-in answers, FAST budgets). */
export function startFaultSim(opts: SimNetworkOptions = {}): Promise<SimNetwork> {
  return startSimNetwork({ answerAddress: STAND_IN, timeouts: FAST, endpoints: 1, ...opts });
}

/**
 * Register the hooks every fault-matrix file shares: one sim for the file, a healthy network and
 * fresh dial routes before each test, and — when the file ends — proof that nothing was dialled
 * off loopback. Read the sim as `fixture.sim` inside tests.
 */
export function setUpFaultSim(opts: SimNetworkOptions = {}): { readonly sim: SimNetwork } {
  const fixture = {} as { sim: SimNetwork };
  beforeAll(async () => {
    fixture.sim = await startFaultSim(opts);
  });
  afterAll(async () => {
    await fixture.sim?.close();
    expect(violations).toEqual([]);
  });
  beforeEach(async () => {
    resetRoutes();
    await fixture.sim.faults.scenario('healthy');
  });
  return fixture;
}

/** The resolved config of a sim, optionally patched. */
export function simConfig(sim: SimNetwork, patch: Partial<Config> = {}): Config {
  return { ...mustResolve(sim.config), ...patch };
}

/** Run one check against `config`, timing it. */
export async function runCheck<Id extends CheckId>(
  check: CheckDefinition<Id>,
  config: Config,
  opts: TestContextOptions = {},
): Promise<{ outcome: CheckOutcome<Id>; elapsedMs: number }> {
  const ctx = makeContext(config, opts);
  const t0 = performance.now();
  const outcome = await measureAndJudge(check, ctx);
  return { outcome, elapsedMs: performance.now() - t0 };
}

/** A loopback port with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
