/**
 * End to end through the lead's `runDiagnosis`: a representative subset of the fault matrix on the
 * simulated network → the traffic light and primary cause a user would see; and the whole run
 * staying inside its deadline when everything is black-holed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDiagnosis } from '../../../electron/engine/run-diagnosis';
import type { Cause } from '../../../shared/causes';
import type { Config } from '../../../shared/config';
import { findCheck, reportSchema } from '../../../shared/report';
import { publishedSchemaErrors } from '../../fleet/consumers';
import type { SimNetwork } from '../../sim/sim-network';
import { testDeps } from '../../sim/test-context';
import { FAST, simConfig, startFaultSim } from './fault-helpers';
import { resetRoutes, violations } from './loopback-guard';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

let sim: SimNetwork;
beforeAll(async () => {
  sim = await startFaultSim({ endpoints: 4, viaProxy: false });
});
afterAll(async () => {
  await sim?.close();
  expect(violations).toEqual([]);
});
beforeEach(async () => {
  resetRoutes();
  await sim.faults.scenario('healthy');
});

const diagnose = async (config: Config = simConfig(sim)) => {
  const report = await runDiagnosis({ config, deps: testDeps() });
  expect(publishedSchemaErrors(report)).toEqual([]);
  return report;
};

describe('the light a user sees', () => {
  it('healthy simulated Apple network → green, every network check passes, macOS checks skip', async () => {
    const report = await diagnose();
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.verdict).toMatchObject({ light: 'green', primaryCause: null });
    for (const id of ['signin-endpoints', 'push', 'captive-portal', 'dns'] as const) expect(findCheck(report, id)?.status).toBe('pass');
    expect(findCheck(report, 'keychain')?.status).toBe('skip');
    expect(findCheck(report, 'signin-endpoints')?.summary).toMatch(/^4 of 4 reachable/);
  });

  const rows: [string, () => Promise<void> | void, 'amber' | 'red', Cause][] = [
    ['every Apple name NXDOMAIN', () => sim.faults.dns.setFault('*', 'nxdomain'), 'red', 'dns.nxdomain'],
    ['APNs 5223 blocked', () => sim.faults.push('primary', 'refused'), 'amber', 'push.fallback_only'],
    ['one of four endpoints refuses', () => sim.faults.endpoint('gsa', 'refused'), 'amber', 'tcp.refused'],
    ['an SNI filter resets every connection after ClientHello', () => sim.faults.endpoint('*', 'rst-after-hello'), 'red', 'tls.reset'],
    [
      'Wi-Fi login page',
      async () => {
        await sim.faults.captive('portal-page');
        await sim.faults.endpoint('*', 'wrong-san');
      },
      'red',
      'captive.detected',
    ],
    ['HTTPS inspection with a trusted root', () => sim.faults.endpoint('*', 'intercept'), 'red', 'tls.intercepted'],
  ];
  it.each(rows)('%s → %s', async (_name, apply, light, cause) => {
    await apply();
    const report = await diagnose();
    expect(report.verdict.light).toBe(light);
    expect(report.verdict.primaryCause).toBe(cause);
  });

  it('proxy that wants credentials → red proxy.auth_required', async () => {
    await sim.faults.proxy('auth');
    const report = await diagnose(simConfig(sim, { proxy: sim.servers.proxy.url }));
    expect(report.verdict).toMatchObject({ light: 'red', primaryCause: 'proxy.auth_required' });
  });

  it('a fault removed → the next run is green again (Re-check)', async () => {
    sim.faults.dns.setFault('*', 'nxdomain');
    expect((await diagnose()).verdict.light).toBe('red');
    await sim.faults.scenario('healthy');
    expect((await diagnose()).verdict.light).toBe('green');
  });
});

describe('deadlines', () => {
  it('everything black-holed: the report arrives within totalMs + 10 %, red', async () => {
    await sim.faults.scenario('everything-blackholed');
    const config = simConfig(sim, { timeouts: { ...FAST, dnsMs: 2000, tcpMs: 3000, tlsMs: 3000, httpMs: 4000, ntpMs: 1500, totalMs: 2500 } });
    const t0 = performance.now();
    const report = await diagnose(config);
    const elapsed = performance.now() - t0;
    expect(report.verdict.light).toBe('red');
    expect(elapsed).toBeLessThan(config.timeouts.totalMs * 1.1);
  });

  it('phases that would add up past totalMs are cut at the run deadline (ctx.signal honoured)', async () => {
    sim.faults.dns.setDelay(400);
    await sim.faults.endpoint('*', 'http-headers-never');
    sim.faults.statusFeed('silence');
    const config = simConfig(sim, { timeouts: { ...FAST, dnsMs: 600, tcpMs: 600, tlsMs: 600, httpMs: 3000, totalMs: 1500 } });
    const t0 = performance.now();
    const report = await diagnose(config);
    const elapsed = performance.now() - t0;
    sim.faults.dns.setDelay(0);
    expect(elapsed).toBeLessThan(config.timeouts.totalMs * 1.1);
    const signin = findCheck(report, 'signin-endpoints');
    expect(signin?.status).toBe('fail');
    expect(signin?.cause).toBe('http.timeout');
  });
});
