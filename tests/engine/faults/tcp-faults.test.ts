/**
 * TCP faults T1–T8 plus the APNs ports: each fault → the documented cause within the
 * phase budgets + margin.
 */
import { describe, expect, it, vi } from 'vitest';
import { pushCheck } from '../../../electron/engine/checks/push';
import { signinEndpointsCheck } from '../../../electron/engine/checks/signin-endpoints';
import { connectAny } from '../../../electron/engine/probes/connector';
import type { Cause } from '../../../shared/causes';
import type { EndpointFault } from '../../sim/endpoint-server';
import { dropSupported } from '../../sim/listener';
import { FAST, runCheck, setUpFaultSim, simConfig, startFaultSim, within } from './fault-helpers';

vi.mock('../../../electron/engine/probes/dial', async (orig) => (await import('./loopback-guard')).guardDial(await orig()));

const fixture = setUpFaultSim();

describe('sign-in endpoint TCP faults', () => {
  const rows: [string, EndpointFault, Cause, 'tcp' | 'tls', number][] = [
    ['T1 port closed', 'refused', 'tcp.refused', 'tcp', within(FAST.tcpMs)],
    ['T3 accept then silence', 'silence', 'tls.timeout', 'tls', within(FAST.tcpMs, FAST.tlsMs)],
    ['T4 RST on accept', 'rst', 'tcp.reset', 'tcp', within(FAST.tcpMs)],
    ['T5 FIN on accept', 'fin', 'tls.closed', 'tls', within(FAST.tcpMs, FAST.tlsMs)],
    ['T6 RST after ClientHello (SNI filter)', 'rst-after-hello', 'tls.reset', 'tls', within(FAST.tcpMs, FAST.tlsMs)],
  ];
  it.each(rows)('%s (%s) → %s in phase %s', async (_name, fault, cause, phase, bound) => {
    await fixture.sim.faults.endpoint('*', fault);
    const { outcome, elapsedMs } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('fail');
    expect(outcome.cause).toBe(cause);
    expect(outcome.data.endpoints?.[0]?.failure?.phase).toBe(phase);
    expect(elapsedMs).toBeLessThan(bound);
  });

  it.skipIf(!dropSupported())('T2 SYN dropped (firewall DROP) → tcp.timeout at the TCP deadline', async () => {
    await fixture.sim.faults.endpoint('*', 'drop');
    const { outcome, elapsedMs } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('tcp.timeout');
    const tcp = outcome.data.endpoints?.[0]?.phases.tcp;
    expect(tcp?.attempts[0]).toMatchObject({ address: '17.253.144.10', cause: 'tcp.timeout' });
    expect(tcp?.byFamily.v4).toBe('tcp.timeout');
    expect(elapsedMs).toBeGreaterThanOrEqual(FAST.tcpMs - 50);
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs, FAST.tcpMs));
  });

  it('T8 IPv6 dead, IPv4 fine → reachable (IPv4 is tried first, IPv6 need not be)', async () => {
    fixture.sim.faults.dns.setAnswer('appleid.apple.com', { a: ['17.253.144.10'], aaaa: ['::1'] });
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
    expect(outcome.data.endpoints?.[0]?.phases.dns?.addresses).toEqual(['17.253.144.10', '::1']);
    expect(outcome.data.endpoints?.[0]?.phases.tcp?.byFamily.v4).toBe('ok');
  });

  it('T8 a dead IPv6 address tried first does not hide a working IPv4 one; both outcomes are recorded', async () => {
    const port = fixture.sim.servers.endpoints.appleid?.port ?? 0;
    const r = await connectAny(['::1', '17.253.144.10'], port, { timeoutMs: FAST.tcpMs, signal: new AbortController().signal, mono: () => performance.now() });
    r.socket?.destroy();
    expect(r.failure).toBeNull();
    expect(r.phase.address).toBe('17.253.144.10');
    expect(r.phase.byFamily.v4).toBe('ok');
    expect(r.phase.byFamily.v6).toMatch(/^tcp\.(refused|unreachable)$/);
    expect(r.phase.attempts.map((a) => a.family)).toEqual([6, 4]);
  });

  it('T8 both families dead → each address keeps its own code, the refusal is reported', async () => {
    await fixture.sim.faults.endpoint('*', 'refused');
    fixture.sim.faults.dns.setAnswer('appleid.apple.com', { a: ['17.253.144.10'], aaaa: ['::1'] });
    const { outcome } = await runCheck(signinEndpointsCheck, simConfig(fixture.sim));
    expect(outcome.cause).toBe('tcp.refused');
    const attempts = outcome.data.endpoints?.[0]?.phases.tcp?.attempts ?? [];
    expect(attempts).toHaveLength(2);
    expect(attempts.every((a) => a.code !== null && a.cause !== null)).toBe(true);
  });
});

describe('APNs ports (T7)', () => {
  it('both ports open → pass', async () => {
    const { outcome } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
    expect(outcome.data.reachablePorts).toHaveLength(2);
  });

  it('T7 primary (5223) closed, fallback (443) open → warn push.fallback_only', async () => {
    await fixture.sim.faults.push('primary', 'refused');
    const { outcome } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'warn', cause: 'push.fallback_only' });
    const primary = outcome.data.attempts?.[0];
    expect(primary).toMatchObject({ ok: false, cause: 'tcp.refused', code: 'ECONNREFUSED' });
  });

  it.skipIf(!dropSupported())('primary silently dropped → fallback_only within the TCP budget', async () => {
    await fixture.sim.faults.push('primary', 'drop');
    const { outcome, elapsedMs } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'warn', cause: 'push.fallback_only' });
    expect(outcome.data.attempts?.[0]?.cause).toBe('tcp.timeout');
    expect(elapsedMs).toBeLessThan(within(FAST.dnsMs, FAST.tcpMs));
  });

  it('both closed → fail push.blocked', async () => {
    await fixture.sim.faults.push('primary', 'refused');
    await fixture.sim.faults.push('fallback', 'refused');
    const { outcome } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'fail', cause: 'push.blocked' });
    expect(outcome.data.reachablePorts).toEqual([]);
  });

  it('only the fallback closed is still a pass', async () => {
    await fixture.sim.faults.push('fallback', 'refused');
    const { outcome } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome.status).toBe('pass');
  });

  it('push host not found → the DNS cause, no port tried', async () => {
    fixture.sim.faults.dns.setFault('1-courier.push.apple.com', 'nxdomain');
    const { outcome } = await runCheck(pushCheck, simConfig(fixture.sim));
    expect(outcome).toMatchObject({ status: 'fail', cause: 'dns.nxdomain' });
    expect(outcome.data.attempts).toEqual([]);
  });

  it('push host answered with a sinkhole where nothing listens → dns.bogon', async () => {
    const local = await startFaultSim({ answerAddress: '127.0.0.1' });
    try {
      await local.faults.push('primary', 'refused');
      await local.faults.push('fallback', 'refused');
      const { outcome } = await runCheck(pushCheck, simConfig(local));
      expect(outcome).toMatchObject({ status: 'fail', cause: 'dns.bogon' });
    } finally {
      await local.close();
    }
  });
});
