/**
 * DNS faults D1–D15: each fault on the sim resolver → the documented cause, from the
 * sign-in check and the DNS check, within the DNS budget + margin.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dnsCheck } from '../../../electron/engine/checks/dns';
import { signinEndpointsCheck } from '../../../electron/engine/checks/signin-endpoints';
import { resolveHost } from '../../../electron/engine/probes/resolver';
import type { Cause } from '../../../shared/causes';
import type { DnsFault } from '../../sim/dns-server';
import { closedPort, FAST, runCheck, setUpFaultSim, simConfig, startFaultSim, within } from './fault-helpers';
import { dials, route } from './loopback-guard';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

const HOST = 'appleid.apple.com';
const fixture = setUpFaultSim();
let closed: number;
beforeAll(async () => {
  closed = await closedPort();
});

describe('resolver rcode and transport faults', () => {
  const rows: [string, DnsFault, Cause][] = [
    ['D1 NXDOMAIN', 'nxdomain', 'dns.nxdomain'],
    ['D2 SERVFAIL', 'servfail', 'dns.servfail'],
    ['D3 REFUSED', 'refused', 'dns.refused'],
    ['D4 NODATA (no A, no AAAA)', 'nodata', 'dns.nodata'],
    ['D5 blackhole', 'blackhole', 'dns.timeout'],
    ['D11 garbage reply', 'garbage', 'dns.badresp'],
    ['D12 reply with the wrong query id', 'wrong-id', 'dns.timeout'],
  ];
  it.each(rows)('%s → %s', async (_name, fault, cause) => {
    fixture.sim.faults.dns.setFault(HOST, fault);
    const { outcome, elapsedMs } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('fail');
    expect(outcome.cause).toBe(cause);
    const ep = outcome.data.endpoints?.[0];
    expect(ep?.failure?.phase).toBe('dns');
    expect(ep?.phases.tcp).toBeNull();
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs));

    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome.status).toBe('fail');
    expect(dns.outcome.cause).toBe(cause);
  });

  it('D6 slow resolver: an answer later than the budget is cut at the deadline', async () => {
    fixture.sim.faults.dns.setDelay(FAST.dnsMs * 2.5);
    const { outcome, elapsedMs } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('dns.timeout');
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs));
    fixture.sim.faults.dns.setDelay(0);
  });

  it('D6 slow resolver within budget still resolves', async () => {
    fixture.sim.faults.dns.setDelay(FAST.dnsMs / 4);
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
    fixture.sim.faults.dns.setDelay(0);
  });

  it('D13 nothing listening on the resolver → dns.unreachable', async () => {
    await fixture.sim.faults.dns.setDown(true);
    const { outcome, elapsedMs } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('dns.unreachable');
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs));
    await fixture.sim.faults.dns.setDown(false);
  });

  it('a failure of one host out of four is a warning naming that host', async () => {
    const four = await startFaultSim({ endpoints: 4 });
    try {
      four.faults.dns.setFault('gsa.apple.com', 'nxdomain');
      const { outcome } = await runCheck(signinEndpointsCheck, simConfig(four));
      expect(outcome.status).toBe('warn');
      // The cause once, then the host it hit (not the cause's title after every host).
      expect(outcome.summary).toMatch(/^3 of 4 reachable — Apple’s address not found: gsa\.apple\.com( \(slowest \d+ ms\))?$/);
      const dns = await runCheck(dnsCheck, simConfig(four));
      expect(dns.outcome.status).toBe('warn');
      expect(dns.outcome.cause).toBe('dns.nxdomain');
    } finally {
      await four.close();
    }
  });
});

describe('bogon answers (OONI rule: a bogon is the cause only when it fails to connect/verify)', () => {
  it('D7 sinkhole 0.0.0.0 with nothing behind it → dns.bogon', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['0.0.0.0'] });
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('dns.bogon');
    // 0.0.0.0 is never dialled (it would reach this machine): not-dialled, blamed on DNS.
    expect(outcome.data.endpoints?.[0]?.failure).toMatchObject({ phase: 'dns', code: 'EADDRNOTAVAIL' });
    expect(dials.some((d) => d.startsWith('0.0.0.0'))).toBe(false);
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome).toMatchObject({ status: 'fail', cause: 'dns.bogon' });
    expect(dns.outcome.data.hosts?.[0]?.bogons).toEqual(['0.0.0.0']);
  });

  it('D8 private answer whose server presents another name → dns.bogon', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['10.10.34.35'] });
    route('10.10.34.35', { port: fixture.sim.servers.impostor.port });
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('dns.bogon');
    expect(outcome.data.endpoints?.[0]?.phases.tls?.authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('D9 fake-IP answer whose tunnel delivers nothing → dns.fakeip', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['198.18.0.7'] });
    route('198.18.0.7', { port: closed });
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('dns.fakeip');
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome.cause).toBe('dns.fakeip');
  });

  it('D9 fake-IP answer whose tunnel works (verified TLS) is genuine → pass', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['198.18.0.7'] });
    route('198.18.0.7');
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome.status).toBe('pass');
    expect(dns.outcome.data.hosts?.[0]?.verifiedBogons).toEqual(['198.18.0.7']);
  });

  it('the sim itself on 127.0.0.1 verifies TLS, so it is not a bogon', async () => {
    const local = await startFaultSim({ answerAddress: '127.0.0.1' });
    try {
      const dns = await runCheck(dnsCheck, simConfig(local));
      expect(dns.outcome.status).toBe('pass');
      expect(dns.outcome.data.hosts?.[0]).toMatchObject({ bogons: ['127.0.0.1'], verifiedBogons: ['127.0.0.1'] });
    } finally {
      await local.close();
    }
  });
});

describe('answers that differ from the comparison resolver', () => {
  it('D10 wrong but routable address failing TLS while the comparison answer verifies → dns.inconsistent', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['93.184.216.34'] });
    route('93.184.216.34', { port: fixture.sim.servers.impostor.port });
    const signin = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(signin.outcome.cause).toBe('tls.hostname');
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome).toMatchObject({ status: 'fail', cause: 'dns.inconsistent' });
    expect(dns.outcome.data.hosts?.[0]?.comparison?.addresses).toEqual(['17.253.144.10']);
  });

  it('different answers that both verify are not tampering (CDNs answer differently)', async () => {
    fixture.sim.faults.dns.setAnswer(HOST, { a: ['17.253.144.99'] });
    route('17.253.144.99');
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome.status).toBe('pass');
  });

  it('without a comparison resolver the comparison is null', async () => {
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim, { comparisonDnsServers: [] }));
    expect(dns.outcome.status).toBe('pass');
    expect(dns.outcome.data.comparisonResolver).toBeNull();
    expect(dns.outcome.data.hosts?.[0]?.comparison).toBeNull();
  });
});

describe('system resolver (getaddrinfo) path', () => {
  const opts = { servers: [], timeoutMs: 300, signal: new AbortController().signal, mono: () => performance.now() };

  it('D15 a lookup that never returns is cut at our deadline → dns.timeout', async () => {
    const t0 = performance.now();
    const r = await resolveHost(HOST, { ...opts, lookup: () => new Promise(() => {}) });
    expect(r.failure?.cause).toBe('dns.timeout');
    expect(r.phase.resolver).toBe('system');
    expect(performance.now() - t0).toBeLessThan(within(300));
  });

  it.each([
    ['ENOTFOUND', 'dns.nxdomain'],
    ['EAI_AGAIN', 'dns.timeout'],
    ['EAI_FAIL', 'dns.servfail'],
  ] as const)('getaddrinfo %s → %s', async (code, cause) => {
    const r = await resolveHost(HOST, { ...opts, lookup: async () => Promise.reject(Object.assign(new Error(code), { code })) });
    expect(r.failure?.cause).toBe(cause);
  });

  it('both families are kept from getaddrinfo', async () => {
    const r = await resolveHost(HOST, {
      ...opts,
      lookup: async () => [
        { address: '17.1.1.1', family: 4 },
        { address: '2620:149:a44::1', family: 6 },
      ],
    });
    expect(r.failure).toBeNull();
    expect(r.phase.addresses).toEqual(['17.1.1.1', '2620:149:a44::1']);
    expect(r.phase.bogons).toEqual([]);
  });

  it('a cancelled run stops the lookup at once', async () => {
    const c = new AbortController();
    setTimeout(() => c.abort(new Error('run cancelled')), 50);
    const t0 = performance.now();
    const r = await resolveHost(HOST, { ...opts, timeoutMs: 5000, signal: c.signal, lookup: () => new Promise(() => {}) });
    expect(r.failure?.cause).toBe('dns.timeout');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
