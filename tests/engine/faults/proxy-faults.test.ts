/**
 * Proxy-path faults P1–P7: the sign-in probes through an HTTP CONNECT proxy.
 */
import { describe, expect, it, vi } from 'vitest';
import { dnsCheck } from '../../../electron/engine/checks/dns';
import { signinEndpointsCheck } from '../../../electron/engine/checks/signin-endpoints';
import type { Cause } from '../../../shared/causes';
import type { ProxyFault } from '../../sim/proxy-server';
import { FAST, runCheck, setUpFaultSim, simConfig, within } from './fault-helpers';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

const fixture = setUpFaultSim({ viaProxy: true });

const run = async (fault: ProxyFault) => {
  await fixture.sim.faults.proxy(fault);
  const r = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
  return { ...r, ep: r.outcome.data.endpoints?.[0] };
};

describe('through an HTTP CONNECT proxy', () => {
  it('P1 healthy proxy: reachable, no DNS phase (the proxy resolves), TLS with the real SNI inside the tunnel', async () => {
    const before = fixture.sim.servers.proxy.connects.length;
    const { outcome, ep } = await run('ok');
    expect(outcome.status).toBe('pass');
    expect(ep?.via).toEqual({ kind: 'proxy', host: '127.0.0.1', port: fixture.sim.servers.proxy.port, source: 'config' });
    expect(ep?.phases.dns).toBeNull();
    expect(ep?.phases.tls?.authorized).toBe(true);
    expect(fixture.sim.servers.proxy.connects.slice(before)).toEqual([`appleid.apple.com:${fixture.sim.servers.endpoints.appleid?.port}`]);
    expect(outcome.summary).toContain(`via proxy 127.0.0.1:${fixture.sim.servers.proxy.port}`);
  });

  const rows: [string, ProxyFault, Cause, 'proxy' | 'tls', number][] = [
    ['P2 proxy wants credentials (407)', 'auth', 'proxy.auth_required', 'proxy', within(FAST.tcpMs)],
    ['P3 proxy cannot reach Apple (502)', 'bad-gateway', 'proxy.bad_gateway', 'proxy', within(FAST.tcpMs)],
    ['P3 proxy gateway timeout (504)', 'gateway-timeout', 'proxy.bad_gateway', 'proxy', within(FAST.tcpMs)],
    ['P4 inspecting proxy with an untrusted root', 'inspect', 'tls.untrusted', 'tls', within(FAST.tcpMs, FAST.tlsMs)],
    ['P5 proxy configured but not running', 'dead', 'proxy.down', 'proxy', within(FAST.tcpMs)],
    ['P6 proxy accepts but never answers CONNECT', 'silent', 'proxy.timeout', 'proxy', within(FAST.tcpMs, FAST.tcpMs)],
  ];
  it.each(rows)('%s (%s) → %s in phase %s', async (_name, fault, cause, phase, bound) => {
    const { outcome, ep, elapsedMs } = await run(fault);
    expect(outcome.status).toBe('fail');
    expect(outcome.cause).toBe(cause);
    expect(ep?.failure?.phase).toBe(phase);
    expect(ep?.via.kind).toBe('proxy');
    expect(elapsedMs).toBeLessThan(bound);
  });

  it('P2 keeps the Proxy-Authenticate challenge as evidence', async () => {
    const { ep } = await run('auth');
    expect(ep?.failure?.code).toBe('407');
    expect(ep?.failure?.message).toContain('Negotiate, NTLM');
  });

  it('P4 shows the inspecting issuer', async () => {
    const { ep } = await run('inspect');
    expect(ep?.phases.tls?.authorizationError).toBe('SELF_SIGNED_CERT_IN_CHAIN');
    expect(ep?.phases.tls?.issuer).toContain('Untrusted Proxy Root CA');
  });
});

describe('DNS while proxied', () => {
  it('a proxy-only network where this Mac cannot resolve Apple is not a DNS failure (the proxy resolves)', async () => {
    fixture.sim.faults.dns.setFault('*', 'nxdomain');
    const signin = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(signin.outcome.status).toBe('pass');
    const dns = await runCheck(dnsCheck, simConfig(fixture.sim));
    expect(dns.outcome.status).toBe('pass');
    expect(dns.outcome.data.hosts?.[0]?.system.cause).toBe('dns.nxdomain');
  });
});

describe('P7 proxy routes that cannot be honoured', () => {
  it('a PAC script that cannot be evaluated: probes go direct and the summary says so', async () => {
    const cfg = simConfig(fixture.sim, { proxy: 'system' });
    const { outcome } = await runCheck(signinEndpointsCheck, cfg, { route: { kind: 'pac-unevaluated', url: 'http://wpad.example/proxy.pac' } });
    expect(outcome.status).toBe('pass');
    expect(outcome.data.endpoints?.[0]?.via).toEqual({ kind: 'direct' });
    expect(outcome.data.endpoints?.[0]?.phases.dns).not.toBeNull();
    expect(outcome.summary).toContain('proxy script http://wpad.example/proxy.pac not evaluated; tested direct');
  });

  it('a proxy router that fails is treated as direct, never as a crash', async () => {
    const cfg = simConfig(fixture.sim, { proxy: 'system' });
    const { outcome } = await runCheck(signinEndpointsCheck, cfg, { route: async () => Promise.reject(new Error('scutil exploded')) });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('tested direct');
  });

  it('a proxy given by name that does not resolve → proxy.down', async () => {
    const cfg = simConfig(fixture.sim, { proxy: 'system' });
    fixture.sim.faults.dns.setFault('proxy.corp.example', 'nxdomain');
    const { outcome } = await runCheck(signinEndpointsCheck, cfg, { route: { kind: 'proxy', host: 'proxy.corp.example', port: 8080, source: 'env' } });
    expect(outcome.cause).toBe('proxy.down');
    expect(outcome.data.endpoints?.[0]?.via).toMatchObject({ kind: 'proxy', source: 'env' });
  });
});
