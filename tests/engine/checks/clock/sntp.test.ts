/** The SNTP client against the simulated server on 127.0.0.1 — NTP faults N1–N14. */
import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { measureClock, querySntp } from '../../../../electron/engine/probes/sntp';
import { defaultSntpEtiquette } from '../../../../electron/engine/probes/sntp-etiquette';
import { encodeNtpTimestamp } from '../../../../electron/engine/probes/sntp-packet';
import type { Clock } from '../../../../electron/engine/types';
import { startNtpServer } from '../../../sim/ntp-server';
import { realClock, shiftedClock } from './context';

type Server = Awaited<ReturnType<typeof startNtpServer>>;
const servers: Server[] = [];
const sockets: dgram.Socket[] = [];
async function server(opts?: Parameters<typeof startNtpServer>[0]): Promise<Server> {
  const s = await startNtpServer(opts);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const s of sockets.splice(0)) s.close();
  defaultSntpEtiquette.reset();
});

const q = (hostPort: string, o: { timeoutMs?: number; clock?: Clock; signal?: AbortSignal } = {}) =>
  querySntp(hostPort, { timeoutMs: o.timeoutMs ?? 1500, clock: o.clock ?? realClock, signal: o.signal });

/** A UDP port with nothing listening (bound, then released). */
async function closedPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A raw UDP responder for packets the sim server does not produce. */
async function rawServer(onRequest: (req: Buffer, reply: (b: Buffer) => void, n: number) => void): Promise<string> {
  const s = dgram.createSocket('udp4');
  sockets.push(s);
  let n = 0;
  s.on('message', (msg, r) => onRequest(msg, (b) => s.send(b, r.port, r.address), ++n));
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  return `127.0.0.1:${s.address().port}`;
}

function validReply(req: Buffer, bytes = 48): Buffer {
  const b = Buffer.alloc(bytes);
  b[0] = (0 << 6) | (4 << 3) | 4;
  b[1] = 1;
  b.write('GPS', 12, 'latin1');
  b.writeBigUInt64BE(req.readBigUInt64BE(40), 24);
  const now = encodeNtpTimestamp(Date.now());
  b.writeBigUInt64BE(now, 32);
  b.writeBigUInt64BE(now, 40);
  return b;
}

describe('SNTP client against the simulated server', () => {
  it('N1 healthy: offset within its own error bound of zero', async () => {
    const s = await server();
    const a = await q(s.hostPort);
    expect(a.outcome).toBe('ok');
    expect(a.sample!.stratum).toBe(2);
    expect(Math.abs(a.sample!.offsetMs)).toBeLessThanOrEqual(a.sample!.errorBoundMs + 1);
  });

  it('N2 sign convention: a server 600 s ahead means this Mac is 600 000 ms behind', async () => {
    const s = await server({ offsetMs: 600_000 });
    const a = await q(s.hostPort);
    expect(a.sample!.offsetMs).toBeGreaterThan(600_000 - a.sample!.errorBoundMs - 1);
    expect(a.sample!.offsetMs).toBeLessThan(600_000 + a.sample!.errorBoundMs + 1);
  });

  it('N3 a server 90 s behind means this Mac is ahead (negative offset)', async () => {
    const s = await server({ offsetMs: -90_000 });
    const a = await q(s.hostPort);
    expect(Math.abs(a.sample!.offsetMs + 90_000)).toBeLessThanOrEqual(a.sample!.errorBoundMs + 1);
  });

  it('N4 asymmetric path (reply delayed 400 ms): the error stays inside the reported bound', async () => {
    const s = await server({ replyDelayMs: 400 });
    const a = await q(s.hostPort);
    const m = a.sample!;
    expect(m.delayMs).toBeGreaterThanOrEqual(390);
    expect(m.offsetMs).toBeLessThan(-150); // the asymmetry shows up as a bogus offset…
    expect(Math.abs(m.offsetMs)).toBeLessThanOrEqual(m.errorBoundMs + 1); // …that the bound covers
  });

  it('N5 kiss-o’-death RATE: no sample, and the server is left alone afterwards', async () => {
    const s = await server({ fault: 'kod-rate' });
    const a = await q(s.hostPort);
    expect(a).toMatchObject({ outcome: 'NTP_KOD', kiss: 'RATE', sample: null });
    s.setFault('none');
    const again = await q(s.hostPort);
    expect(again).toMatchObject({ outcome: 'NTP_KOD', kiss: 'RATE', sample: null }); // held back, not asked
    defaultSntpEtiquette.reset();
    expect((await q(s.hostPort)).outcome).toBe('ok');
  });

  it('N5 RATE on one server: the next server is used', async () => {
    const kod = await server({ fault: 'kod-rate' });
    const good = await server({ offsetMs: 42_000 });
    const m = await measureClock([kod.hostPort, good.hostPort], { timeoutMs: 1500, clock: realClock });
    expect(m.best?.server).toBe(good.hostPort);
    expect(m.attempts.map((a) => a.outcome)).toEqual(['NTP_KOD', 'ok']);
  });

  it('N6 kiss-o’-death DENY: no sample, server not used again', async () => {
    const s = await server({ fault: 'kod-deny' });
    expect(await q(s.hostPort)).toMatchObject({ outcome: 'NTP_KOD', kiss: 'DENY', sample: null });
    s.setFault('none');
    expect(await q(s.hostPort)).toMatchObject({ outcome: 'NTP_KOD', kiss: 'DENY' });
  });

  it.each([
    ['N7', 'unsynchronised', 'NTP_UNSYNCHRONIZED'],
    ['N8', 'zero-transmit', 'NTP_ZERO_XMT'],
  ] as const)('%s %s reply is refused as %s', async (_n, fault, outcome) => {
    const s = await server({ fault, offsetMs: 600_000 });
    expect(await q(s.hostPort)).toMatchObject({ outcome, sample: null });
  });

  it.each([
    ['N9', 'bogus-origin', 'NTP_BOGUS_ORIGIN'],
    ['N14', 'short-packet', 'NTP_SHORT'],
    ['N10', 'blackhole', 'NTP_TIMEOUT'],
  ] as const)('%s %s: nothing usable, reported as %s at the deadline (not before, not much after)', async (_n, fault, outcome) => {
    const s = await server({ fault });
    const t0 = performance.now();
    const a = await q(s.hostPort, { timeoutMs: 400 });
    expect(a).toMatchObject({ outcome, sample: null });
    expect(performance.now() - t0).toBeLessThan(400 + 1000);
  });

  it('N11 closed port: ECONNREFUSED without waiting for the deadline (connected UDP socket)', async () => {
    const port = await closedPort();
    const t0 = performance.now();
    const a = await q(`127.0.0.1:${port}`, { timeoutMs: 8000 });
    expect(a.outcome).toBe('ECONNREFUSED');
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('N13 era 2036: a server already past the rollover is decoded in the right era', async () => {
    const toJune2036 = Date.UTC(2036, 5, 1) - Date.now();
    const s = await server({ offsetMs: toJune2036 });
    // This Mac's clock agrees with the server: offset ≈ 0, not −136 years.
    const same = await q(s.hostPort, { clock: shiftedClock(toJune2036) });
    expect(Math.abs(same.sample!.offsetMs)).toBeLessThanOrEqual(same.sample!.errorBoundMs + 1);
    // This Mac still lives in the 2030s before the wrap: the server is ~10 days ahead.
    const before = await q(s.hostPort, { clock: shiftedClock(toJune2036 - 10 * 86_400_000) });
    expect(Math.abs(before.sample!.offsetMs - 10 * 86_400_000)).toBeLessThanOrEqual(before.sample!.errorBoundMs + 1);
    const rollover = Date.UTC(2036, 1, 7, 6, 28, 16);
    const across = await q(s.hostPort, { clock: shiftedClock(rollover - 3_600_000 - Date.now()) });
    expect(across.sample!.offsetMs).toBeGreaterThan(100 * 86_400_000);
    expect(across.sample!.offsetMs).toBeLessThan(120 * 86_400_000);
  });

  it('N14 a longer reply (MAC appended, 68 bytes) is accepted', async () => {
    const hostPort = await rawServer((req, reply) => reply(validReply(req, 68)));
    const a = await q(hostPort);
    expect(a.outcome).toBe('ok');
    expect(Math.abs(a.sample!.offsetMs)).toBeLessThanOrEqual(a.sample!.errorBoundMs + 1);
  });

  it('a lost first datagram is recovered by the retransmission', async () => {
    const hostPort = await rawServer((req, reply, n) => {
      if (n > 1) reply(validReply(req));
    });
    expect((await q(hostPort, { timeoutMs: 600 })).outcome).toBe('ok');
  });

  it('a wall-clock step during the exchange does not corrupt the sample (T4 is monotonic)', async () => {
    const s = await server({ replyDelayMs: 50 });
    let calls = 0;
    const stepping: Clock = { now: () => Date.now() + (calls++ > 0 ? 3_600_000 : 0), mono: () => performance.now() };
    const a = await q(s.hostPort, { clock: stepping });
    expect(Math.abs(a.sample!.offsetMs)).toBeLessThanOrEqual(a.sample!.errorBoundMs + 1);
    expect(a.sample!.delayMs).toBeLessThan(1000); // not the 1 h step
    expect(Math.abs(a.sample!.offsetMs)).toBeLessThan(1000);
  });

  it('honours the AbortSignal', async () => {
    const s = await server({ fault: 'blackhole' });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = performance.now();
    const a = await q(s.hostPort, { timeoutMs: 10_000, signal: ac.signal });
    expect(a.outcome).toBe('ABORTED');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('several servers: the minimum-delay sample wins', async () => {
    const slow = await server({ offsetMs: 5000, replyDelayMs: 200 });
    const fast = await server({ offsetMs: 0 });
    const m = await measureClock([slow.hostPort, fast.hostPort], { timeoutMs: 1500, clock: realClock });
    expect(m.best?.server).toBe(fast.hostPort);
    expect(m.attempts).toHaveLength(2);
  });
});
