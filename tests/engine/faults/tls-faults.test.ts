/**
 * TLS faults S1–S12: each certificate / handshake fault → the documented cause, with
 * the chain captured even when verification fails, within the TCP + TLS budget + margin.
 */
import { describe, expect, it, vi } from 'vitest';
import { signinEndpointsCheck } from '../../../electron/engine/checks/signin-endpoints';
import type { Cause } from '../../../shared/causes';
import type { EndpointFault } from '../../sim/endpoint-server';
import { FAST, runCheck, setUpFaultSim, simConfig, within } from './fault-helpers';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

const fixture = setUpFaultSim();

const run = async (fault: EndpointFault) => {
  await fixture.sim.faults.endpoint('*', fault);
  const r = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
  return { ...r, ep: r.outcome.data.endpoints?.[0] };
};

describe('healthy handshakes', () => {
  it('verifies the real hostname against the test CA and records the chain', async () => {
    const { outcome, ep } = await run('ok');
    expect(outcome.status).toBe('pass');
    const tls = ep?.phases.tls;
    expect(tls).toMatchObject({ authorized: true, authorizationError: null, expectedIssuer: true, leafSubject: 'CN=appleid.apple.com' });
    expect(tls?.issuer).toContain('Apple Public Server RSA CA 12 - G1 (TEST)');
    expect(tls?.chain.map((c) => c.subject)).toEqual([
      'CN=appleid.apple.com',
      'CN=Apple Public Server RSA CA 12 - G1 (TEST), O=Apple Inc. (TEST)',
      'CN=Sim Network Test Root, O=Doctor Test Lab',
    ]);
    expect(tls?.chain[0]?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(ep?.phases.http?.status).toBe(200);
    expect(ep?.phases.http?.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('S11 a certificate expiring in minutes still passes', async () => {
    const { outcome } = await run('expiring-soon');
    expect(outcome.status).toBe('pass');
  });

  it('a TLS 1.3-only server passes and reports TLSv1.3', async () => {
    const { outcome, ep } = await run('tls13-only');
    expect(outcome.status).toBe('pass');
    expect(ep?.phases.tls?.protocol).toBe('TLSv1.3');
  });
});

describe('certificate and handshake faults', () => {
  const rows: [string, EndpointFault, Cause, string | null][] = [
    ['S1 self-signed leaf', 'self-signed', 'tls.untrusted', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['S2 unknown CA, leaf only', 'untrusted-leaf', 'tls.untrusted', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ['S3 unknown CA with its root sent', 'untrusted-chain', 'tls.untrusted', 'SELF_SIGNED_CERT_IN_CHAIN'],
    ['S5 expired', 'expired', 'tls.expired', 'CERT_HAS_EXPIRED'],
    ['S6 not yet valid', 'not-yet-valid', 'tls.not_yet_valid', 'CERT_NOT_YET_VALID'],
    ['S7 wrong hostname', 'wrong-san', 'tls.hostname', 'ERR_TLS_CERT_ALTNAME_INVALID'],
    ['S8 plaintext HTTP on the TLS port', 'plaintext', 'tls.not_tls', null],
    ['S9 SSH banner instead of ServerHello', 'garbage', 'tls.not_tls', null],
    ['S10 downgrade box (TLS ≤ 1.1 only)', 'old-tls', 'tls.protocol', null],
    ['S12 handshake stalls after ClientHello', 'tls-stall', 'tls.timeout', null],
  ];
  it.each(rows)('%s (%s) → %s', async (_name, fault, cause, verifyCode) => {
    const { outcome, ep, elapsedMs } = await run(fault);
    expect(outcome.status).toBe('fail');
    expect(outcome.cause).toBe(cause);
    expect(ep?.failure?.phase).toBe('tls');
    expect(ep?.phases.http).toBeNull();
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs, FAST.tcpMs, FAST.tlsMs));
    if (verifyCode) {
      expect(ep?.phases.tls?.authorizationError).toBe(verifyCode);
      expect(ep?.failure?.code).toBe(verifyCode);
      // The chain is captured even though it did not verify (OONI keeps peer certificates).
      expect(ep?.phases.tls?.chain.length).toBeGreaterThan(0);
    }
  });

  it('S3 keeps the untrusted issuer as evidence', async () => {
    const { ep } = await run('untrusted-chain');
    expect(ep?.phases.tls?.issuer).toContain('Untrusted Proxy Root CA');
    expect(ep?.phases.tls?.chain).toHaveLength(2);
    expect(ep?.phases.tls?.expectedIssuer).toBe(false);
  });

  it('S5 keeps the validity window so the clock can be cross-checked', async () => {
    const { ep } = await run('expired');
    const validTo = Date.parse(ep?.phases.tls?.chain[0]?.validTo ?? '');
    expect(validTo).toBeLessThan(Date.now());
  });
});

describe('S4 interception with a trusted root', () => {
  it('verifies, yet no certificate comes from an expected issuer → tls.intercepted', async () => {
    const { outcome, ep } = await run('intercept');
    expect(outcome).toMatchObject({ status: 'fail', cause: 'tls.intercepted' });
    expect(ep?.phases.tls).toMatchObject({ authorized: true, expectedIssuer: false });
    expect(ep?.phases.tls?.issuer).toContain('Corp MITM Proxy Root CA');
  });

  it('an administrator can list the inspection CA as expected (config.expectedIssuers)', async () => {
    await fixture.sim.faults.endpoint('*', 'intercept');
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim, { expectedIssuers: ['Corp MITM'] }));
    expect(outcome.status).toBe('pass');
  });

  it('the leaf subject (which names an Apple host) never counts as an expected issuer', async () => {
    await fixture.sim.faults.endpoint('*', 'intercept');
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim, { expectedIssuers: ['apple.com'] }));
    expect(outcome.cause).toBe('tls.intercepted');
  });
});

describe('trust configuration', () => {
  it('without the test CA (extraCaFile) the sim certificate is untrusted', async () => {
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim, { extraCaFile: null }));
    expect(outcome.cause).toBe('tls.untrusted');
  });

  it('an unreadable extraCaFile makes the check an error (could not run), not a network verdict', async () => {
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim, { extraCaFile: '/nonexistent/ca.pem' }));
    expect(outcome).toMatchObject({ status: 'error', cause: 'probe.failed' });
  });
});
