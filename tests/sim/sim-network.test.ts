/**
 * The simulated Apple network itself: healthy out of the box, every named scenario gives the light
 * documented in SCENARIO_LIGHT (what the UI/app helpers rely on), switches are reversible, and
 * close() releases everything.
 */
import dns from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import { SCENARIO_LIGHT, type SimScenario } from './scenarios';
import { type SimNetwork, startSimNetwork } from './sim-network';
import { mustResolve, testDeps } from './test-context';

let sim: SimNetwork;
beforeAll(async () => {
  sim = await startSimNetwork({ timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 2500 } });
});
afterAll(async () => {
  await sim?.close();
});

describe('the simulated Apple network', () => {
  it('keeps the real Apple hostnames and points DNS, CA and ports at loopback', () => {
    const c = sim.config;
    expect(c.endpoints?.map((e) => e.host)).toEqual(['appleid.apple.com', 'idmsa.apple.com', 'gsa.apple.com', 'appleid.cdn-apple.com']);
    expect(c.dnsServers?.[0]).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(c.captiveUrl).toMatch(/^http:\/\/captive\.apple\.com:\d+\/hotspot-detect\.html$/);
    expect(c.proxy).toBe('direct');
    expect(c.extraCaFile).toBe(sim.caFile);
    expect(mustResolve(c).endpoints).toHaveLength(4);
  });

  it('answers A and AAAA records it is told to, including IPv4-mapped IPv6', async () => {
    sim.faults.dns.setAnswer('gsa.apple.com', { a: ['127.0.0.1'], aaaa: ['2620:149:a44::1', '::ffff:10.0.0.1'] });
    const r = new dns.promises.Resolver({ timeout: 500, tries: 1 });
    r.setServers(sim.config.dnsServers ?? []);
    expect(await r.resolve6('gsa.apple.com')).toEqual(['2620:149:a44::1', '::ffff:10.0.0.1']);
    sim.faults.dns.reset();
  });

  it('a refused endpoint comes back on the same port', async () => {
    const port = sim.servers.endpoints.appleid?.port ?? 0;
    await sim.faults.endpoint('appleid', 'refused');
    await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await sim.faults.endpoint('appleid', 'ok');
    await expect(connect(port)).resolves.toBe(true);
  });

  const scenarios = Object.keys(SCENARIO_LIGHT) as SimScenario[];
  it.each(scenarios)('scenario %s gives the documented light', async (name) => {
    await sim.faults.scenario(name);
    const report = await runDiagnosis({ config: mustResolve(sim.config), deps: testDeps() });
    expect(report.verdict.light).toBe(SCENARIO_LIGHT[name]);
    await sim.faults.scenario('healthy');
  });

  it('close() releases every port', async () => {
    const other = await startSimNetwork({ endpoints: 1, comparisonDns: false });
    const port = other.servers.endpoints.appleid?.port ?? 0;
    await other.close();
    await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

function connect(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', reject);
  });
}
