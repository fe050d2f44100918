/**
 * One simulated Apple HTTPS endpoint on 127.0.0.1 whose behaviour switches per connection:
 * healthy TLS + HTTP, certificate faults (S1–S12), TCP/TLS-level faults (T1–T8), HTTP faults (H1–H10).
 */
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import type { Duplex } from 'node:stream';
import type tls from 'node:tls';
import type { CertVariant, TestPki } from './certs';
import { withLatency } from './latency';
import { type ListenerMode, startListener } from './listener';
import type { TimelineRecorder } from './timeline';

/** Every behaviour an endpoint can have. `ok` = healthy. */
export type EndpointFault =
  | 'ok'
  // TCP (T1–T8)
  | 'refused'
  | 'drop'
  | 'silence'
  | 'rst'
  | 'fin'
  | 'rst-after-hello'
  // TLS (S1–S12): every certificate variant but the valid one, plus the handshake faults below
  | Exclude<CertVariant, 'valid'>
  | 'plaintext'
  | 'garbage'
  | 'tls13-only'
  | 'old-tls'
  | 'tls-stall'
  // HTTP (H1–H10)
  | 'http-404'
  | 'http-301-apple'
  | 'http-302-portal'
  | 'http-503'
  | 'http-429'
  | 'http-headers-never'
  | 'http-truncated'
  | 'http-huge'
  | 'http-trickle';

export const PORTAL_URL = 'http://10.0.0.1/portal/login.html';

export interface EndpointServer {
  port: number;
  fault(): EndpointFault;
  setFault(f: EndpointFault): Promise<void>;
  setLatency(ms: number): void;
  /** Requests answered so far (method + path). */
  requests: string[];
  close(): Promise<void>;
}

const CERT_FAULTS: Partial<Record<EndpointFault, CertVariant>> = {
  expired: 'expired',
  'not-yet-valid': 'not-yet-valid',
  'expiring-soon': 'expiring-soon',
  'wrong-san': 'wrong-san',
  'self-signed': 'self-signed',
  'untrusted-leaf': 'untrusted-leaf',
  'untrusted-chain': 'untrusted-chain',
  intercept: 'intercept',
};

/** Start an endpoint server; `pki` supplies the identities. */
export async function startEndpointServer(
  pki: TestPki,
  opts: {
    fault?: EndpointFault;
    latencyMs?: number /** Records each connection's server-side timestamps under `name`. */;
    timeline?: { recorder: TimelineRecorder; name: string };
  } = {},
): Promise<EndpointServer> {
  const timeline = opts.timeline;
  let fault: EndpointFault = opts.fault ?? 'ok';
  let latencyMs = opts.latencyMs ?? 0;
  const requests: string[] = [];
  const servers = new Map<string, https.Server>();
  const timers = new Set<NodeJS.Timeout>();
  const every = (fn: () => boolean, ms: number): void => {
    const t = setInterval(() => {
      if (!fn()) {
        clearInterval(t);
        timers.delete(t);
      }
    }, ms);
    timers.add(t);
  };

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    timeline?.recorder.mark('requestIn');
    res.once('finish', () => timeline?.recorder.mark('responseSent'));
    requests.push(`${req.method} ${req.url}`);
    const f = fault;
    res.on('error', () => {});
    switch (f) {
      case 'http-404':
        return void res.writeHead(404, { 'content-type': 'text/html' }).end('<html>Not Found</html>');
      case 'http-301-apple':
        return void res.writeHead(301, { location: 'https://appleid.apple.com/account' }).end();
      case 'http-302-portal':
        return void res.writeHead(302, { location: PORTAL_URL }).end();
      case 'http-503':
        return void res.writeHead(503, { 'retry-after': '120' }).end('Service Unavailable');
      case 'http-429':
        return void res.writeHead(429, { 'retry-after': '60' }).end('Too Many Requests');
      case 'http-headers-never':
        return;
      case 'http-truncated':
        res.writeHead(200, { 'content-length': '1000', 'content-type': 'text/html' });
        res.write('<html>a', () => res.socket?.destroy());
        return;
      case 'http-huge': {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(16_384, 0x61);
        let sent = 0;
        const pump = (): void => {
          while (sent < 100 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
        return;
      }
      case 'http-trickle':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100' });
        every(() => !res.destroyed && res.write('x'), 200);
        return;
      default:
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Apple Account</title></head><body>Sign in</body></html>');
    }
  };

  const httpsServer = (key: string, identity: CertVariant, extra: tls.TlsOptions = {}): https.Server => {
    let s = servers.get(key);
    if (!s) {
      s = https.createServer({ ...pki.identities[identity], ...extra }, onRequest);
      s.on('tlsClientError', () => {});
      s.on('secureConnection', () => timeline?.recorder.mark('tlsDone'));
      servers.set(key, s);
    }
    return s;
  };
  const plain = http.createServer(onRequest);
  // Answer non-HTTP bytes (a ClientHello) with a 400 like any web server: the TLS client then reads
  // "HTTP/1.1 …" where a ServerHello should be → "wrong version number" (fault S8).
  plain.on('clientError', (_e, sock) => sock.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'));

  const onConnection = (socket: net.Socket): void => {
    if (timeline) timeline.recorder.within(timeline.name, latencyMs, () => handle(socket));
    else handle(socket);
  };
  const handle = (socket: net.Socket): void => {
    const f = fault;
    const tl = timeline?.recorder.current();
    const stream: Duplex = withLatency(
      socket,
      latencyMs,
      tl
        ? (at) => {
            tl.lastArrival = at;
          }
        : undefined,
    );
    stream.on('error', () => {});
    switch (f) {
      case 'silence':
        return;
      case 'rst':
        return void socket.resetAndDestroy();
      case 'fin':
        return void socket.end();
      case 'rst-after-hello':
        return void socket.once('data', () => socket.resetAndDestroy());
      case 'tls-stall':
        return void socket.on('data', () => {});
      case 'garbage':
        return void socket.once('data', () => socket.write('SSH-2.0-OpenSSH_9.6\r\n'));
      case 'plaintext':
        return void plain.emit('connection', stream);
      case 'tls13-only':
        return void httpsServer(f, 'valid', { minVersion: 'TLSv1.3' }).emit('connection', stream);
      case 'old-tls':
        // A downgrade box that only speaks TLS 1.0/1.1 (OpenSSL 3 needs security level 0 for that).
        return void httpsServer(f, 'valid', { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }).emit('connection', stream);
      default: {
        const variant = CERT_FAULTS[f] ?? 'valid';
        httpsServer(variant, variant).emit('connection', stream);
      }
    }
  };

  const listenerMode = (f: EndpointFault): ListenerMode => (f === 'refused' ? 'refused' : f === 'drop' ? 'drop' : 'open');
  const listener = await startListener(onConnection, listenerMode(fault));

  return {
    get port() {
      return listener.port;
    },
    requests,
    fault: () => fault,
    setFault: async (f) => {
      fault = f;
      await listener.setMode(listenerMode(f));
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: async () => {
      for (const t of timers) clearInterval(t);
      timers.clear();
      await listener.close();
      for (const s of servers.values()) s.closeAllConnections?.();
      plain.closeAllConnections();
    },
  };
}
