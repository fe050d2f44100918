/**
 * Black-box: `appleid-doctor check --json --config FILE` against the simulated Apple network.
 * Each row applies one fault and expects the documented primary cause, light and exit status.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cause } from '../../shared/causes';
import { type Report, reportSchema } from '../../shared/report';
import { main } from '../../electron/cli';
import { STAND_IN, violations } from '../faults/loopback-guard';
import { type SimFaults, type SimNetwork, startSimNetwork } from '../sim/sim-network';

// The sim's DNS answers a public stand-in address (so a failing handshake is not blamed on a
// loopback "bogon" answer); the guard maps it onto 127.0.0.1 and refuses any other address.
vi.mock('../../electron/probes/dial', async (orig) => (await import('../faults/loopback-guard')).guardDial(await orig()));

let sim: SimNetwork;
const dir = mkdtempSync(join(tmpdir(), 'aid-cli-sim-'));

beforeAll(async () => {
  sim = await startSimNetwork({ answerAddress: STAND_IN, timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 3000 } });
});
afterAll(async () => {
  await sim?.close();
  expect(violations).toEqual([]); // nothing was ever dialled off loopback (0.0.0.0 included: a sinkhole answer is never dialled)
});

function configFile(extra: Record<string, unknown> = {}): string {
  const f = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify({ ...sim.config, ...extra }));
  return f;
}

async function check(argv: string[]): Promise<{ code: number; report: Report }> {
  let out = '';
  const stdout = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
  const stderr = new Writable({ write(_c, _e, cb) { cb(); } });
  const code = await main(argv, { stdout, stderr, isTTY: false, env: {} });
  const report = JSON.parse(out) as Report;
  expect(reportSchema.safeParse(report).success).toBe(true);
  return { code, report };
}

type Row = [name: string, apply: (f: SimFaults) => Promise<void> | void, light: 'green' | 'amber' | 'red', cause: Cause | null, exit: number];
const rows: Row[] = [
  ['healthy network', () => {}, 'green', null, 0],
  ['DNS NXDOMAIN for everything', (f) => f.scenario('dns-nxdomain'), 'red', 'dns.nxdomain', 2],
  ['DNS SERVFAIL', (f) => f.dns.setFault('*', 'servfail'), 'red', 'dns.servfail', 2],
  ['DNS REFUSED', (f) => f.dns.setFault('*', 'refused'), 'red', 'dns.refused', 2],
  ['DNS black hole', (f) => f.scenario('dns-blackhole'), 'red', 'dns.timeout', 2],
  ['DNS sinkhole 0.0.0.0', (f) => f.dns.setAnswer('*', { a: ['0.0.0.0'] }), 'red', 'dns.bogon', 2],
  ['captive portal', (f) => f.scenario('captive-portal'), 'red', 'captive.detected', 2],
  ['HTTPS interception with a trusted root', (f) => f.scenario('interception'), 'red', 'tls.intercepted', 2],
  ['self-signed certificate', (f) => f.endpoint('*', 'self-signed'), 'red', 'tls.untrusted', 2],
  ['plaintext on 443', (f) => f.endpoint('*', 'plaintext'), 'red', 'tls.not_tls', 2],
  ['RST after ClientHello', (f) => f.endpoint('*', 'rst-after-hello'), 'red', 'tls.reset', 2],
  ['TLS stall', (f) => f.endpoint('*', 'tls-stall'), 'red', 'tls.timeout', 2],
  ['HTTP headers never sent', (f) => f.endpoint('*', 'http-headers-never'), 'red', 'http.timeout', 2],
  ['one endpoint answers 503', (f) => f.scenario('one-endpoint-down'), 'amber', 'http.server_error', 1],
  ['push port 5223 blocked', (f) => f.scenario('push-5223-blocked'), 'amber', 'push.fallback_only', 1],
  ['clock 10 minutes behind', (f) => f.ntp('none', 600_000), 'red', 'clock.skew', 2],
  ['clock 45 s ahead', (f) => f.ntp('none', -45_000), 'amber', 'clock.skew', 1],
];

describe('appleid-doctor check --json --config FILE on the simulated network', () => {
  it.each(rows)('%s → %s %s', async (_name, apply, light, cause, exit) => {
    await sim.faults.scenario('healthy');
    await apply(sim.faults);
    const { code, report } = await check(['check', '--json', '--config', configFile()]);
    expect(report.verdict.light).toBe(light);
    expect(report.verdict.primaryCause).toBe(cause);
    expect(code).toBe(exit);
  });

  it('reports a dead proxy as proxy.down when the probes go through it', async () => {
    await sim.faults.scenario('healthy');
    await sim.faults.proxy('dead');
    const { code, report } = await check(['--json', '--config', configFile({ proxy: sim.servers.proxy.url })]);
    expect(report.verdict).toMatchObject({ light: 'red', primaryCause: 'proxy.down' });
    expect(code).toBe(2);
  });

  it('reports a proxy that wants credentials as proxy.auth_required', async () => {
    await sim.faults.scenario('healthy');
    await sim.faults.proxy('auth');
    const { report } = await check(['--json', '--config', configFile({ proxy: sim.servers.proxy.url })]);
    expect(report.verdict.primaryCause).toBe('proxy.auth_required');
  });

  it('finishes within totalMs + 10 % when everything is black-holed', async () => {
    await sim.faults.scenario('everything-blackholed');
    const t0 = performance.now();
    const { report } = await check(['--json', '--config', configFile()]);
    expect(performance.now() - t0).toBeLessThan(3000 * 1.1);
    expect(report.verdict.light).toBe('red');
  });

  it('runs as a real process: npm run doctor -- --json --config FILE', async () => {
    // A separate sim answering 127.0.0.1 (a verified loopback address is genuine, not a bogon):
    // the child process has no dial guard, so it must only ever be told loopback addresses.
    const local = await startSimNetwork();
    const file = join(dir, 'real-process.json');
    writeFileSync(file, JSON.stringify(local.config));
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli.ts', '--json', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.schema).toBe('appleid-doctor/report@1');
    expect(report.checks.find((c) => c.id === 'signin-endpoints')?.data.endpoints).toHaveLength(4);
    await local.close();
  }, 30_000);
});
