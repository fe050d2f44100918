/**
 * In-house SNTP client: one query per server, servers in parallel, the minimum-delay sample wins.
 * Resolves with every attempt's outcome; never throws. Maths and validation live in sntp-packet.ts.
 *
 * - Connected UDP socket, so an ICMP port-unreachable surfaces as ECONNREFUSED at once instead of
 *   a silent timeout (measured on loopback with Node 20; fault N11 in
 *   tests/engine/checks/clock/sntp.test.ts).
 * - T1 from the wall clock, T4 = T1 + monotonic elapsed: a clock step mid-exchange cannot corrupt
 *   the sample (pinned by the wall-clock-step test in tests/engine/checks/clock/sntp.test.ts).
 * - One retransmission at half the deadline (new cookie) so a single lost datagram does not read
 *   as "time cannot be checked"; both cookies stay valid.
 * - Kiss-o'-death honoured across runs (see sntp-etiquette.ts).
 * - Host names are resolved by the probes' resolver — through `dnsServers` when configured (the
 *   config contract: they replace the system resolver for every lookup) — under this query's own
 *   deadline, and the UDP socket is connected to the address. `socket.connect(port, name)` would
 *   ask getaddrinfo with no deadline and leave the lookup pending after an abort.
 */
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import { splitHostPort } from '../../../shared/config';
import { type Abortable, ms, PhaseSignal } from '../deadline';
import type { Clock } from '../seams';
import type { LookupAll } from './probe-env';
import { resolveHost } from './resolver';
import { defaultSntpEtiquette, type SntpEtiquette } from './sntp-etiquette';
import { buildRequest, checkReply, decodeNtpTimestamp, type SntpRejection, sntpMath } from './sntp-packet';

/** A usable clock sample from one server. */
export interface SntpSample {
  server: string;
  offsetMs: number;
  delayMs: number;
  errorBoundMs: number;
  stratum: number;
  leap: number;
}

/**
 * Outcome of querying one server: 'ok', an SntpRejection, NTP_TIMEOUT, ABORTED, DNS_TIMEOUT (the
 * name was not resolved in time), or a socket/DNS error code (ECONNREFUSED, ENOTFOUND…).
 */
export type SntpOutcome = 'ok' | SntpRejection | 'NTP_TIMEOUT' | 'ABORTED' | (string & {});

export interface SntpAttempt {
  server: string;
  outcome: SntpOutcome;
  /** Kiss code (RATE, DENY, RSTR…) when outcome is NTP_KOD. */
  kiss: string | null;
  sample: SntpSample | null;
  durationMs: number;
}

export interface SntpOptions {
  timeoutMs: number;
  clock: Clock;
  signal?: Abortable;
  etiquette?: SntpEtiquette;
  /** `config.dnsServers` ("ip:port"); empty or absent = the system resolver. */
  dnsServers?: readonly string[];
  /** System resolver override (tests). */
  lookup?: LookupAll;
}

/** Query one "host:port" server once (plus one retransmission). Never rejects. */
export async function querySntp(server: string, opts: SntpOptions): Promise<SntpAttempt> {
  const { clock } = opts;
  const etiquette = opts.etiquette ?? defaultSntpEtiquette;
  const started = clock.mono();
  const done = (outcome: SntpOutcome, kiss: string | null = null, sample: SntpSample | null = null): SntpAttempt => ({
    server,
    outcome,
    kiss,
    sample,
    durationMs: Math.round(clock.mono() - started),
  });

  const held = etiquette.heldBack(server, clock.mono());
  if (held) return done('NTP_KOD', held);
  if (opts.signal?.aborted) return done('ABORTED');

  const { host, port } = splitHostPort(server);
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) return done('EINVAL');

  const signal = opts.signal ?? new PhaseSignal();
  const dns = await resolveHost(host, { servers: opts.dnsServers ?? [], timeoutMs: opts.timeoutMs, signal, mono: () => clock.mono(), lookup: opts.lookup });
  if (signal.aborted) return done('ABORTED');
  if (dns.failure) return done(dns.failure.cause === 'dns.timeout' ? 'DNS_TIMEOUT' : (dns.failure.code ?? 'ENOTFOUND'));
  const address = dns.phase.addresses[0] as string;
  // What is left of this query's budget once the name is known.
  const budget = Math.max(1, opts.timeoutMs - ms(clock.mono() - started));

  return new Promise<SntpAttempt>((resolve) => {
    const socket = dgram.createSocket(isIPv6(address) ? 'udp6' : 'udp4');
    const sent: { cookie: bigint; t1Wall: number; t1Mono: number }[] = [];
    let lastIgnored: SntpRejection | null = null;
    let finished = false;
    const timers: NodeJS.Timeout[] = [];

    const finish = (attempt: SntpAttempt) => {
      if (finished) return;
      finished = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve(attempt);
    };
    const onAbort = () => finish(done('ABORTED'));
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    let connected = false;
    const send = () => {
      if (finished || !connected) return;
      let cookie = randomBytes(8).readBigUInt64BE(0);
      if (cookie === 0n) cookie = 1n; // a zero origin would match a zeroed reply
      const entry = { cookie, t1Wall: clock.now(), t1Mono: clock.mono() };
      sent.push(entry);
      try {
        socket.send(buildRequest(cookie), (err) => {
          if (err) finish(done(errorCode(err)));
        });
      } catch (err) {
        finish(done(errorCode(err)));
      }
    };

    socket.on('error', (err) => finish(done(errorCode(err))));
    socket.on('message', (msg) => {
      const rxMono = clock.mono();
      const verdict = checkReply(
        msg,
        sent.map((s) => s.cookie),
      );
      if (verdict.kind === 'ignore') {
        lastIgnored = verdict.code; // stale or spoofed: keep waiting for the real answer
        return;
      }
      if (verdict.kind === 'reject') {
        if (verdict.code === 'NTP_KOD') etiquette.kissed(server, verdict.kiss, rxMono);
        finish(done(verdict.code, verdict.kiss));
        return;
      }
      const { header, cookie } = verdict;
      const req = sent.find((s) => s.cookie === cookie)!;
      const t1 = req.t1Wall;
      const t4 = t1 + (rxMono - req.t1Mono);
      const t2 = decodeNtpTimestamp(header.receive, t1);
      const t3 = decodeNtpTimestamp(header.transmit, t1);
      const m = sntpMath(t1, t2, t3, t4, header.rootDelayMs, header.rootDispersionMs);
      finish(done('ok', null, { server, ...m, stratum: header.stratum, leap: header.leap }));
    });

    timers.push(setTimeout(() => finish(done(lastIgnored ?? 'NTP_TIMEOUT')), budget));
    timers.push(setTimeout(send, budget / 2));
    socket.connect(port, address, (err?: Error) => {
      if (err) {
        finish(done(errorCode(err)));
        return;
      }
      connected = true;
      send();
    });
  });
}

/** Result of measuring the clock against several servers. */
export interface ClockMeasurement {
  best: SntpSample | null;
  attempts: SntpAttempt[];
}

/** Query every server in parallel; the valid sample with the smallest round-trip delay wins. */
export async function measureClock(servers: readonly string[], opts: SntpOptions): Promise<ClockMeasurement> {
  const attempts = await Promise.all(servers.map((s) => querySntp(s, opts)));
  let best: SntpSample | null = null;
  for (const a of attempts) {
    if (a.sample && (!best || a.sample.delayMs < best.delayMs)) best = a.sample;
  }
  return { best, attempts };
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'NTP_SOCKET_ERROR';
}
