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
import { main } from '../../electron/cli/cli';
import type { Cause } from '../../shared/causes';
import { type Report, reportSchema } from '../../shared/report';
import { STAND_IN, violations } from '../engine/faults/loopback-guard';
import { publishedSchemaErrors } from '../fleet/consumers';
import { type SimFaults, type SimNetwork, startSimNetwork } from '../sim/sim-network';

// The sim's DNS answers a public stand-in address (so a failing handshake is not blamed on a
// loopback "bogon" answer); the guard maps it onto 127.0.0.1 and refuses any other address.
vi.mock('../../electron/engine/probes/dial', async (orig) => (await import('../engine/faults/loopback-guard')).guardDial(await orig()));

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
  const stdout = new Writable({
    write(c, _e, cb) {
      out += String(c);
      cb();
    },
  });
  const stderr = new Writable({
    write(_c, _e, cb) {
      cb();
    },
  });
  const code = await main(argv, { stdout, stderr, isTTY: false, env: {} });
  const report = JSON.parse(out) as Report;
  expect(reportSchema.safeParse(report).success).toBe(true);
  expect(publishedSchemaErrors(report)).toEqual([]);
  return { code, report };
}

const DAY = 86_400_000;
/** An Apple System Status feed with one event on "Apple Account". */
const feedWith = (statusType: string, eventStatus: string) =>
  JSON.stringify({
    drpost: false,
    drMessage: null,
    services: [
      {
        serviceName: 'Apple Account',
        redirectUrl: null,
        events: [
          {
            statusType,
            eventStatus,
            message: 'Users may be unable to sign in.',
            usersAffected: 'Some users are affected',
            epochStartDate: Date.now() - 3_600_000,
            epochEndDate: null,
            messageId: '1',
            datePosted: '',
            startDate: '',
            endDate: null,
            affectedServices: null,
          },
        ],
      },
      { serviceName: 'iCloud Account &amp; Sign In', redirectUrl: null, events: [] },
    ],
  });

type Row = [name: string, apply: (f: SimFaults) => Promise<void> | void, light: 'green' | 'amber' | 'red', cause: Cause | null, exit: number];
const rows: Row[] = [
  ['healthy network', () => {}, 'green', null, 0],
  ['DNS NXDOMAIN for everything', (f) => f.scenario('dns-nxdomain'), 'red', 'dns.nxdomain', 2],
  ['DNS SERVFAIL', (f) => f.dns.setFault('*', 'servfail'), 'red', 'dns.servfail', 2],
  ['DNS REFUSED', (f) => f.dns.setFault('*', 'refused'), 'red', 'dns.refused', 2],
  ['DNS black hole', (f) => f.scenario('dns-blackhole'), 'red', 'dns.timeout', 2],
  ['DNS sinkhole 0.0.0.0', (f) => f.dns.setAnswer('*', { a: ['0.0.0.0'] }), 'red', 'dns.bogon', 2],
  ['DNS NODATA', (f) => f.dns.setFault('*', 'nodata'), 'red', 'dns.nodata', 2],
  ['DNS garbage replies', (f) => f.dns.setFault('*', 'garbage'), 'red', 'dns.badresp', 2],
  ['TCP refused on every sign-in server', (f) => f.endpoint('*', 'refused'), 'red', 'tcp.refused', 2],
  ['TCP reset on accept', (f) => f.endpoint('*', 'rst'), 'red', 'tcp.reset', 2],
  ['connection closed before the TLS handshake', (f) => f.endpoint('*', 'fin'), 'red', 'tls.closed', 2],
  ['accepts, then silence', (f) => f.endpoint('*', 'silence'), 'red', 'tls.timeout', 2],
  ['expired certificate (clock right)', (f) => f.endpoint('*', 'expired'), 'red', 'tls.expired', 2],
  ['certificate not yet valid (clock right)', (f) => f.endpoint('*', 'not-yet-valid'), 'red', 'tls.not_yet_valid', 2],
  [
    'expired certificate explained by a Mac clock 60 days ahead',
    async (f) => {
      await f.endpoint('*', 'expired');
      f.ntp('none', -60 * DAY);
    },
    'red',
    'clock.skew',
    2,
  ],
  ['certificate for another name', (f) => f.endpoint('*', 'wrong-san'), 'red', 'tls.hostname', 2],
  ['chain from an untrusted root', (f) => f.endpoint('*', 'untrusted-chain'), 'red', 'tls.untrusted', 2],
  ['TLS 1.3-only middlebox vs old TLS', (f) => f.endpoint('*', 'old-tls'), 'red', 'tls.protocol', 2],
  ['every server answers 503', (f) => f.endpoint('*', 'http-503'), 'red', 'http.server_error', 2],
  ['every server answers 429', (f) => f.endpoint('*', 'http-429'), 'red', 'http.rate_limited', 2],
  ['redirect to a portal address', (f) => f.endpoint('*', 'http-302-portal'), 'red', 'http.redirect', 2],
  ['body cut off', (f) => f.endpoint('*', 'http-truncated'), 'red', 'http.truncated', 2],
  ['captive probe redirected', (f) => f.captive('redirect'), 'red', 'captive.detected', 2],
  [
    'Apple reports an Apple Account outage and its servers answer 503',
    async (f) => {
      await f.endpoint('*', 'http-503');
      f.statusFeed('none', feedWith('Outage', 'ongoing'));
    },
    'red',
    'apple.outage',
    2,
  ],
  ['Apple reports an outage while its servers answer', (f) => f.statusFeed('none', feedWith('Outage', 'ongoing')), 'amber', 'apple.outage', 1],
  ['Apple reports maintenance', (f) => f.statusFeed('none', feedWith('Maintenance', 'ongoing')), 'amber', 'apple.maintenance', 1],
  ['Apple status feed unreadable (HTML)', (f) => f.statusFeed('html'), 'green', null, 0],
  ['NTP kiss-o’-death, HTTP Date fallback', (f) => f.ntp('kod-deny'), 'green', null, 0],
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

  it('--only means only: a good clock alone is green, exit 0, and says sign-in was not checked', async () => {
    await sim.faults.scenario('healthy');
    const { code, report } = await check(['check', '--json', '--only', 'clock', '--config', configFile()]);
    expect(report.checks.map((c) => c.id)).toEqual(['clock']);
    expect(report.verdict).toMatchObject({ light: 'green', primaryCause: null, headline: 'No problem found by the checks that ran' });
    expect(report.verdict.explanation).toMatch(/Sign-in itself was not checked/);
    expect(code).toBe(0);
  });

  it('--only flags add up, and the verdict comes from the checks that ran', async () => {
    await sim.faults.scenario('dns-nxdomain');
    const { code, report } = await check(['check', '--json', '--only', 'clock', '--only', 'dns', '--config', configFile()]);
    expect(report.checks.map((c) => c.id).sort()).toEqual(['clock', 'dns']);
    expect(report.verdict).toMatchObject({ light: 'red', primaryCause: 'dns.nxdomain' });
    expect(code).toBe(2);
  });

  it('reports a dead proxy as proxy.down when the probes go through it', async () => {
    await sim.faults.scenario('healthy');
    await sim.faults.proxy('dead');
    const { code, report } = await check(['--json', '--config', configFile({ proxy: sim.servers.proxy.url })]);
    expect(report.verdict).toMatchObject({ light: 'red', primaryCause: 'proxy.down' });
    expect(code).toBe(2);
  });

  it.each([
    ['bad-gateway', 'proxy.bad_gateway'],
    ['silent', 'proxy.timeout'],
  ] as const)('reports a proxy fault %s as %s', async (fault, cause) => {
    await sim.faults.scenario('healthy');
    await sim.faults.proxy(fault);
    const { report } = await check(['--json', '--config', configFile({ proxy: sim.servers.proxy.url })]);
    expect(report.verdict).toMatchObject({ light: 'red', primaryCause: cause });
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
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli/cli.ts', '--json', '--config', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
