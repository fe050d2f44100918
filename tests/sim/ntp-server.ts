/**
 * Simulated SNTP server on 127.0.0.1 (UDP, port 0) for tests and the simulated Apple network.
 * It answers like a stratum-2 server whose clock runs `offsetMs` ahead of this machine, and can
 * inject the NTP faults N1–N14 (tests/engine/checks/clock/sntp.test.ts).
 *
 * The timestamp encoding here is deliberately independent of electron/engine/probes (its own BigInt
 * arithmetic) so a bug in the client's codec cannot be cancelled out by the same bug here.
 */
import dgram from 'node:dgram';

/** Fault the server injects into its replies. */
export type NtpFault = 'none' | 'kod-rate' | 'kod-deny' | 'unsynchronised' | 'zero-transmit' | 'bogus-origin' | 'blackhole' | 'short-packet';

const NTP_UNIX_DELTA_S = 2_208_988_800n;
const TWO_32 = 2n ** 32n;

/** Encode Unix ms as a 64-bit NTP timestamp (seconds modulo 2^32, so eras wrap like the wire). */
function encode(ms: number): bigint {
  const secs = Math.floor(ms / 1000);
  const fracMs = ms - secs * 1000;
  const sec = (((BigInt(secs) + NTP_UNIX_DELTA_S) % TWO_32) + TWO_32) % TWO_32;
  const frac = BigInt(Math.min(Number(TWO_32) - 1, Math.floor((fracMs / 1000) * Number(TWO_32))));
  return (sec << 32n) | frac;
}

/** Sub-millisecond wall clock, so loopback offsets are not dominated by 1 ms quantisation. */
function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Build the reply to one client request (≥ 48 bytes, mode 3). Null = stay silent. */
function buildReply(req: Buffer, offsetMs: number, fault: NtpFault, t2: number, t3: number): Buffer | null {
  if (fault === 'blackhole') return null;
  const clientVersion = (req[0]! >> 3) & 0x07;
  const version = clientVersion === 3 ? 3 : 4;
  const clientXmt = req.readBigUInt64BE(40);
  const out = Buffer.alloc(48);
  const kod = fault === 'kod-rate' || fault === 'kod-deny';
  const li = kod || fault === 'unsynchronised' ? 3 : 0;
  out[0] = (li << 6) | (version << 3) | 4;
  out[1] = kod ? 0 : 2; // stratum
  out[2] = 6; // poll 2^6 s
  out.writeInt8(-20, 3); // precision ~1 µs
  // Root delay 1 ms and root dispersion 1 ms, 16.16 fixed-point seconds.
  out.writeUInt32BE(Math.round(0.001 * 65536), 4);
  out.writeUInt32BE(Math.round(0.001 * 65536), 8);
  if (kod) out.write(fault === 'kod-rate' ? 'RATE' : 'DENY', 12, 'ascii');
  else out.set([127, 0, 0, 1], 12);
  out.writeBigUInt64BE(encode(t2 + offsetMs - 16_000), 16); // reference time: last sync 16 s ago
  const origin = fault === 'bogus-origin' ? clientXmt ^ 0x0000_0001_dead_beefn : clientXmt;
  out.writeBigUInt64BE(origin, 24);
  if (kod) {
    // ntpd's KoD sets receive and transmit to the client's transmit timestamp so a careless
    // client computes an offset of ≈ 0 ("clock OK") — sysadmin.wiki "The Kiss-of-Death Packet", from the ntpd docs.
    out.writeBigUInt64BE(clientXmt, 32);
    out.writeBigUInt64BE(clientXmt, 40);
  } else {
    out.writeBigUInt64BE(encode(t2 + offsetMs), 32);
    out.writeBigUInt64BE(fault === 'zero-transmit' ? 0n : encode(t3 + offsetMs), 40);
  }
  return fault === 'short-packet' ? out.subarray(0, 47) : out;
}

/**
 * Start the simulated NTP server. `offsetMs` > 0 makes the server's time ahead of this machine
 * (so the client should report a positive offset: "the Mac is behind"). `replyDelayMs` holds the
 * reply after stamping T3, i.e. it lengthens only the return path (asymmetric delay, N4).
 */
export function startNtpServer(opts?: { offsetMs?: number; fault?: NtpFault; replyDelayMs?: number }): Promise<{
  port: number;
  hostPort: string;
  setOffset(ms: number): void;
  setFault(f: NtpFault): void;
  setReplyDelay(ms: number): void;
  close(): Promise<void>;
}> {
  let offsetMs = opts?.offsetMs ?? 0;
  let fault: NtpFault = opts?.fault ?? 'none';
  let replyDelayMs = opts?.replyDelayMs ?? 0;
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  const socket = dgram.createSocket('udp4');

  socket.on('message', (msg, rinfo) => {
    if (msg.length < 48 || (msg[0]! & 0x07) !== 3) return; // not a client request
    const t2 = wallNow();
    const send = (reply: Buffer) => {
      if (!closed) socket.send(reply, rinfo.port, rinfo.address, () => undefined);
    };
    const reply = buildReply(msg, offsetMs, fault, t2, t2);
    if (!reply) return;
    if (replyDelayMs <= 0) {
      send(reply);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(reply);
    }, replyDelayMs);
    timers.add(timer);
  });

  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined); // a test server must never crash the run
      const port = socket.address().port;
      resolve({
        port,
        hostPort: `127.0.0.1:${port}`,
        setOffset(ms) {
          offsetMs = ms;
        },
        setFault(f) {
          fault = f;
        },
        setReplyDelay(ms) {
          replyDelayMs = ms;
        },
        close() {
          if (closed) return Promise.resolve();
          closed = true;
          for (const t of timers) clearTimeout(t);
          timers.clear();
          return new Promise<void>((done) => socket.close(() => done()));
        },
      });
    });
  });
}
