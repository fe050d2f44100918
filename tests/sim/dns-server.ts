/**
 * A tiny UDP DNS responder on 127.0.0.1 for the simulated Apple network: answers A/AAAA for the
 * names it knows, with per-name (or global '*') faults. Enough of RFC 1035 to satisfy c-ares:
 * copy ID + question, set QR/RA, choose RCODE and answers (DNS faults D1–D15).
 */
import dgram from 'node:dgram';
import net from 'node:net';

/** What the responder does for a name. */
export type DnsFault = 'none' | 'nxdomain' | 'servfail' | 'refused' | 'nodata' | 'blackhole' | 'garbage' | 'wrong-id';

/** Addresses answered for a name (defaults: A 127.0.0.1, no AAAA). */
export interface DnsAnswer {
  a?: string[];
  aaaa?: string[];
}

/** One query the server saw: when it arrived and when its answer left (null: never answered). */
export interface DnsQueryRecord {
  name: string;
  type: number;
  receivedAt: number;
  repliedAt: number | null;
}

export interface DnsServerHandle {
  port: number;
  /** "127.0.0.1:<port>" for `config.dnsServers`. */
  hostPort: string;
  /** Set a fault for one name, or '*' for every name (a per-name fault wins over '*'). */
  setFault(name: string, fault: DnsFault): void;
  /** Override the answer for one name (or '*'). */
  setAnswer(name: string, answer: DnsAnswer): void;
  /** Delay every reply by this many ms (latency injection). */
  setDelay(ms: number): void;
  /** Stop listening (queries then get ICMP port unreachable → ECONNREFUSED) or listen again. */
  setDown(down: boolean): Promise<void>;
  /** Queries seen so far (lowercased names). */
  queries: DnsQueryRecord[];
  reset(): void;
  close(): Promise<void>;
}

const TYPE_A = 1;
const TYPE_AAAA = 28;

interface Question {
  id: number;
  flags: number;
  name: string;
  type: number;
  /** Raw bytes of the question section (name + type + class). */
  raw: Buffer;
}

/** Parse the first question of a query; null when the packet is not a sane query. */
export function parseQuery(msg: Buffer): Question | null {
  if (msg.length < 17) return null;
  const id = msg.readUInt16BE(0);
  const flags = msg.readUInt16BE(2);
  if (msg.readUInt16BE(4) < 1) return null;
  let off = 12;
  const labels: string[] = [];
  while (off < msg.length) {
    const len = msg[off] ?? 0;
    if (len === 0) break;
    if (len > 63) return null;
    labels.push(msg.subarray(off + 1, off + 1 + len).toString('latin1'));
    off += 1 + len;
  }
  if (off + 5 > msg.length) return null;
  const type = msg.readUInt16BE(off + 1);
  return { id, flags, name: labels.join('.').toLowerCase(), type, raw: msg.subarray(12, off + 5) };
}

function encodeAddress(type: number, address: string): Buffer | null {
  if (type === TYPE_A && net.isIPv4(address)) return Buffer.from(address.split('.').map(Number));
  if (type === TYPE_AAAA && net.isIPv6(address)) {
    // A trailing dotted quad (::ffff:10.0.0.1) becomes two hex groups.
    const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
    if (v4) {
      const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
      address = `${address.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head = '', tail = ''] = address.split('::');
    const h = head ? head.split(':') : [];
    const t = address.includes('::') && tail ? tail.split(':') : [];
    const groups = address.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    const out = Buffer.alloc(16);
    groups.forEach((g, i) => {
      out.writeUInt16BE(Number.parseInt(g, 16) || 0, i * 2);
    });
    return out;
  }
  return null;
}

/** Build a response for `q` with `rcode` and the given addresses. */
export function buildResponse(q: Question, rcode: number, addresses: string[], id = q.id): Buffer {
  const answers = addresses
    .map((a) => encodeAddress(q.type, a))
    .filter((b): b is Buffer => b !== null)
    .map((rdata) => {
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0); // pointer to the question name
      rr.writeUInt16BE(q.type, 2);
      rr.writeUInt16BE(1, 4); // IN
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(rdata.length, 10);
      return Buffer.concat([rr, rdata]);
    });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  // QR=1, opcode 0, AA=1, RD copied, RA=1, rcode.
  header.writeUInt16BE(0x8000 | 0x0400 | (q.flags & 0x0100) | 0x0080 | (rcode & 0xf), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  return Buffer.concat([header, q.raw, ...answers]);
}

/** Start the responder on 127.0.0.1, port 0. `defaultA` replaces the default A answer (127.0.0.1). */
export async function startDnsServer(opts: { delayMs?: number; defaultA?: string[] } = {}): Promise<DnsServerHandle> {
  const faults = new Map<string, DnsFault>();
  const answers = new Map<string, DnsAnswer>();
  let delayMs = opts.delayMs ?? 0;
  const timers = new Set<NodeJS.Timeout>();
  let socket: dgram.Socket | null = null;
  let port = 0;
  // Server-side timestamps (performance.now()) for the timing-truth tests; the last 512 queries.
  const queries: DnsQueryRecord[] = [];

  const reply = (s: dgram.Socket, msg: Buffer, rinfo: dgram.RemoteInfo): void => {
    const q = parseQuery(msg);
    if (!q) return;
    const record: DnsQueryRecord = { name: q.name, type: q.type, receivedAt: performance.now(), repliedAt: null };
    queries.push(record);
    if (queries.length > 512) queries.splice(0, queries.length - 512);
    const fault = faults.get(q.name) ?? faults.get('*') ?? 'none';
    const answer = answers.get(q.name) ?? answers.get('*') ?? {};
    let out: Buffer | null;
    switch (fault) {
      case 'blackhole':
        out = null;
        break;
      case 'nxdomain':
        out = buildResponse(q, 3, []);
        break;
      case 'servfail':
        out = buildResponse(q, 2, []);
        break;
      case 'refused':
        out = buildResponse(q, 5, []);
        break;
      case 'nodata':
        out = buildResponse(q, 0, []);
        break;
      case 'garbage':
        out = Buffer.concat([msg.subarray(0, 2), Buffer.from('\xff\xfenot a dns message', 'latin1')]);
        break;
      default: {
        const addrs = q.type === TYPE_A ? (answer.a ?? opts.defaultA ?? ['127.0.0.1']) : q.type === TYPE_AAAA ? (answer.aaaa ?? []) : [];
        out = buildResponse(q, 0, addrs, fault === 'wrong-id' ? (q.id + 1) & 0xffff : q.id);
      }
    }
    if (!out) return;
    const send = (): void => {
      if (socket !== s) return;
      record.repliedAt = performance.now();
      s.send(out, rinfo.port, rinfo.address);
    };
    if (delayMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, delayMs);
      timers.add(t);
    } else send();
  };

  const listen = async (): Promise<void> => {
    const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    s.on('message', (msg, rinfo) => reply(s, msg, rinfo));
    s.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.bind(port, '127.0.0.1', () => resolve());
    });
    port = s.address().port;
    socket = s;
  };
  const stop = async (): Promise<void> => {
    const s = socket;
    socket = null;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  return {
    port,
    hostPort: `127.0.0.1:${port}`,
    queries,
    setFault: (name, fault) => void faults.set(name.toLowerCase(), fault),
    setAnswer: (name, answer) => void answers.set(name.toLowerCase(), answer),
    setDelay: (ms) => {
      delayMs = ms;
    },
    setDown: async (down) => {
      if (down && socket) await stop();
      else if (!down && !socket) await listen();
    },
    reset: () => {
      faults.clear();
      answers.clear();
    },
    close: stop,
  };
}
