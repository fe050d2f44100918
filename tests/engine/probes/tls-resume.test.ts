/**
 * The monitor's repeat checks resume TLS sessions (electron/engine/probes/tls-sessions.ts): the
 * second run of the same deps resumes what the first verified, yet nothing a full handshake would
 * catch is missed — a new certificate (interception, expiry) on the same host is judged afresh,
 * and a Mac clock outside the verified chain's dates gets a full handshake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainValidAt, createTlsSessionCache, MAX_AGE_MS } from '../../../electron/engine/probes/tls-sessions';
import { runDiagnosis } from '../../../electron/engine/run-diagnosis';
import type { EngineDeps } from '../../../electron/engine/types';
import type { EndpointResult } from '../../../shared/checks';
import type { Config } from '../../../shared/config';
import type { Report } from '../../../shared/report';
import { type SimNetwork, startSimNetwork } from '../../sim/sim-network';
import { mustResolve, testDeps } from '../../sim/test-context';

let sim: SimNetwork;
let config: Config;
beforeAll(async () => {
  sim = await startSimNetwork({ endpoints: 1, comparisonDns: false });
  config = mustResolve(sim.config);
});
afterAll(() => sim.close());

const endpoint = (r: Report): EndpointResult => {
  const data = r.checks.find((c) => c.id === 'signin-endpoints')?.data as { endpoints: EndpointResult[] };
  return data.endpoints[0] as EndpointResult;
};
const signin = (r: Report) => r.checks.find((c) => c.id === 'signin-endpoints');

function depsWithSessions(now: () => number = () => Date.now()): EngineDeps {
  const base = testDeps();
  return { ...base, clock: { ...base.clock, now }, tlsSessions: createTlsSessionCache() };
}

describe('TLS session resumption between runs', () => {
  it('resumes on the second run and reports the chain the first run verified', async () => {
    await sim.faults.scenario('healthy');
    const deps = depsWithSessions();
    const first = endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] }));
    const second = endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] }));
    expect(first.failure).toBeNull();
    expect(first.phases.tls?.resumed).toBe(false);
    expect(second.failure).toBeNull();
    expect(second.phases.tls?.resumed).toBe(true);
    expect(second.phases.tls?.authorized).toBe(true);
    expect(second.phases.tls?.issuer).toBe(first.phases.tls?.issuer);
    expect(second.phases.tls?.chain).toEqual(first.phases.tls?.chain);
    expect(second.phases.http?.status).toBe(200);
  });

  it('does not resume into a false green when the host now presents an intercepting certificate', async () => {
    await sim.faults.scenario('healthy');
    const deps = depsWithSessions();
    await runDiagnosis({ config, deps, only: ['signin-endpoints'] });
    await sim.faults.endpoint('*', 'intercept');
    const after = await runDiagnosis({ config, deps, only: ['signin-endpoints'] });
    expect(signin(after)?.status).toBe('fail');
    expect(endpoint(after).failure?.cause).toBe('tls.intercepted');
    expect(endpoint(after).phases.tls?.resumed).toBe(false);
    // Back to Apple's certificate: the failure forgot the session, so this is a full handshake again.
    await sim.faults.scenario('healthy');
    const healed = endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] }));
    expect(healed.failure).toBeNull();
    expect(healed.phases.tls?.resumed).toBe(false);
  });

  it('judges an expired certificate afresh after a good run', async () => {
    await sim.faults.scenario('healthy');
    const deps = depsWithSessions();
    await runDiagnosis({ config, deps, only: ['signin-endpoints'] });
    await sim.faults.scenario('tls-failing');
    const after = await runDiagnosis({ config, deps, only: ['signin-endpoints'] });
    expect(signin(after)?.status).toBe('fail');
    // (The sim answers 127.0.0.1, a bogon, so the failure is blamed on the DNS answer; the TLS
    // phase shows what the full handshake saw.)
    expect(endpoint(after).failure).not.toBeNull();
    expect(endpoint(after).phases.tls?.resumed).toBe(false);
    expect(endpoint(after).phases.tls?.authorizationError).toBe('CERT_HAS_EXPIRED');
  });

  it('makes a full handshake when the Mac clock is outside the verified chain’s dates', async () => {
    await sim.faults.scenario('healthy');
    let offset = 0;
    const deps = depsWithSessions(() => Date.now() + offset);
    const first = endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] }));
    const validTo = Math.min(...(first.phases.tls?.chain ?? []).map((c) => Date.parse(c.validTo)));
    offset = validTo - Date.now() + 60_000; // the Mac now believes the leaf has expired
    const second = endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] }));
    expect(second.phases.tls?.resumed).toBe(false);
  });

  it('never resumes without a session cache (the CLI, tests)', async () => {
    await sim.faults.scenario('healthy');
    const deps = testDeps();
    await runDiagnosis({ config, deps, only: ['signin-endpoints'] });
    expect(endpoint(await runDiagnosis({ config, deps, only: ['signin-endpoints'] })).phases.tls?.resumed).toBe(false);
  });
});

describe('session cache rules', () => {
  const chain = [{ subject: 'CN=a', issuer: 'CN=b', validFrom: '2026-01-01T00:00:00Z', validTo: '2027-01-01T00:00:00Z', fingerprint256: 'x' }];
  const entry = (verifiedAt: number) => ({
    session: Buffer.from('s'),
    verifiedAt,
    protocol: 'TLSv1.3',
    leafSubject: 'CN=a',
    issuer: 'CN=b',
    chain,
    expectedIssuer: true,
  });
  const t = Date.parse('2026-06-01T00:00:00Z');

  it('offers a session only within its age and its chain’s dates', () => {
    const cache = createTlsSessionCache();
    cache.store('k', entry(t));
    expect(cache.offer('k', t + 1000)).not.toBeNull();
    expect(cache.offer('k', t + MAX_AGE_MS + 1)).toBeNull();
    cache.store('k', entry(t));
    expect(cache.offer('k', t - 1)).toBeNull(); // the clock went backwards past the verification
    cache.store('k', entry(t));
    cache.forget('k');
    expect(cache.offer('k', t)).toBeNull();
  });

  it('treats unreadable or empty certificate dates as not valid', () => {
    expect(chainValidAt(chain, t)).toBe(true);
    expect(chainValidAt(chain, Date.parse('2027-01-02T00:00:00Z'))).toBe(false);
    expect(chainValidAt([{ ...chain[0]!, validTo: 'garbage' }], t)).toBe(false);
    expect(chainValidAt([], t)).toBe(false);
  });
});
