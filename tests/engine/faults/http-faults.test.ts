/**
 * HTTP faults H1–H10 on the sign-in endpoints and on the captive-portal probe.
 */
import { describe, expect, it, vi } from 'vitest';
import { captivePortalCheck } from '../../../electron/engine/checks/captive-portal';
import { signinEndpointsCheck } from '../../../electron/engine/checks/signin-endpoints';
import type { Cause } from '../../../shared/causes';
import { CAPTIVE_REDIRECT } from '../../sim/aux-servers';
import { type EndpointFault, PORTAL_URL } from '../../sim/endpoint-server';
import { FAST, runCheck, setUpFaultSim, simConfig, within } from './fault-helpers';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

const fixture = setUpFaultSim();

const run = async (fault: EndpointFault) => {
  await fixture.sim.faults.endpoint('*', fault);
  const r = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
  return { ...r, ep: r.outcome.data.endpoints?.[0] };
};
const allPhases = within(FAST.dnsMs, FAST.tcpMs, FAST.tlsMs, FAST.httpMs);

describe('sign-in endpoint HTTP answers', () => {
  const failing: [string, EndpointFault, Cause, string | null][] = [
    ['H1 503 from Apple', 'http-503', 'http.server_error', '503'],
    ['H2 429 rate limited', 'http-429', 'http.rate_limited', '429'],
    ['H3 302 to a portal outside Apple', 'http-302-portal', 'http.redirect', '302'],
    ['H6 headers never sent', 'http-headers-never', 'http.timeout', null],
    ['H7 body cut after the headers', 'http-truncated', 'http.truncated', 'ECONNRESET'],
  ];
  it.each(failing)('%s (%s) → %s', async (_name, fault, cause, code) => {
    const { outcome, ep, elapsedMs } = await run(fault);
    expect(outcome.status).toBe('fail');
    expect(outcome.cause).toBe(cause);
    expect(ep?.failure).toMatchObject({ phase: 'http', code });
    expect(ep?.phases.tls?.authorized).toBe(true);
    expect(elapsedMs).toBeLessThan(allPhases);
  });

  it('H3 records the Location without following it', async () => {
    const { ep } = await run('http-302-portal');
    expect(ep?.phases.http).toMatchObject({ status: 302, location: PORTAL_URL });
    expect(ep?.failure?.message).toContain('10.0.0.1');
  });

  const passing: [string, EndpointFault, number][] = [
    ['404 (Apple answers 404 on some hosts)', 'http-404', 404],
    ['H10 redirect within Apple (not followed, so no loop)', 'http-301-apple', 301],
    ['H9 huge body (read up to the cap)', 'http-huge', 200],
    ['H8 trickling body (status known, body slow)', 'http-trickle', 200],
  ];
  it.each(passing)('%s → reachable', async (_name, fault, status) => {
    const { outcome, ep, elapsedMs } = await run(fault);
    expect(outcome.status).toBe('pass');
    expect(ep?.phases.http?.status).toBe(status);
    expect(elapsedMs).toBeLessThan(allPhases);
  });

  it('H9 stops reading a huge body early instead of downloading 100 MB', async () => {
    const { ep } = await run('http-huge');
    expect(ep?.phases.http?.durationMs).toBeLessThan(FAST.httpMs);
  });
});

describe('captive-portal probe (H3–H5)', () => {
  it('H5 Apple’s Success page → pass', async () => {
    const { outcome } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'pass', cause: null });
    expect(outcome.data).toMatchObject({ status: 200, success: true, snippet: null, failure: null });
  });

  it('H5 Success page with other whitespace and case → pass', async () => {
    await fixture.sim.faults.captive('success-whitespace');
    const { outcome } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
  });

  it('H4 a login page instead of Success → captive.detected with a text snippet', async () => {
    await fixture.sim.faults.captive('portal-page');
    const { outcome } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'fail', cause: 'captive.detected' });
    expect(outcome.data.snippet).toContain('Guest WiFi Login');
    expect(outcome.data.snippet).not.toMatch(/[<>]/);
    expect(outcome.data.snippet?.length).toBeLessThanOrEqual(200);
  });

  it('H3 a redirect (not followed) → captive.detected with the Location', async () => {
    await fixture.sim.faults.captive('redirect');
    const { outcome } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'fail', cause: 'captive.detected' });
    expect(outcome.data).toMatchObject({ status: 302, location: CAPTIVE_REDIRECT });
    expect(outcome.summary).toContain('portal.example');
  });

  it('another status → captive.detected', async () => {
    await fixture.sim.faults.captive('http-500');
    const { outcome } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('captive.detected');
  });

  const unknown: [string, Cause, () => Promise<void> | void][] = [
    ['the probe host does not resolve', 'dns.nxdomain', () => fixture.sim.faults.dns.setFault('captive.apple.com', 'nxdomain')],
    ['the probe port is closed', 'tcp.refused', () => fixture.sim.faults.captive('refused')],
    ['the probe server never answers', 'http.timeout', () => fixture.sim.faults.captive('silence')],
  ];
  it.each(unknown)('when %s the answer is unknown: warn %s, never captive.detected', async (_name, cause, apply) => {
    await apply();
    const { outcome, elapsedMs } = await runCheck(captivePortalCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('warn');
    expect(outcome.cause).toBe(cause);
    expect(outcome.data.failure?.cause).toBe(cause);
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs, FAST.tcpMs, FAST.httpMs));
  });
});
