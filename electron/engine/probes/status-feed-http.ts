/**
 * One bounded HTTP(S) exchange for the status feed and the clock's HTTP `Date` fallback: a single
 * deadline over DNS+connect+TLS+response, the run's AbortSignal, a body-size cap, verified TLS
 * with SNI plus `config.extraCaFile`, the configured resolvers, and the route the engine chose
 * (direct, or an HTTP proxy: CONNECT tunnel for https). Node's `fetch` cannot take a CA or a
 * CONNECT proxy, hence node:http with our own dialled (and TLS-wrapped) sockets. Resolves always; never throws.
 */
import dns from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import net, { type LookupFunction, type Socket } from 'node:net';
import tls from 'node:tls';
import type { ProxyRoute } from '../types';
import { dialTcp } from './dial';
import { readCaFile } from '../system/bounded-read';

export interface HttpGetOptions {
  method?: 'GET' | 'HEAD';
  timeoutMs: number;
  signal?: AbortSignal;
  /** Abort and report TOO_LARGE beyond this many body bytes. */
  maxBytes: number;
  route?: ProxyRoute;
  extraCaFile?: string | null;
  /** `config.dnsServers` ("ip:port"); empty = the system resolver. */
  dnsServers?: readonly string[];
  /** Monotonic clock, for the timing marks. */
  mono: () => number;
}

export interface HttpGetResult {
  status: number | null;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Error code: a Node/OpenSSL code, TIMEOUT, ABORTED, TOO_LARGE, PROXY_<status>, BAD_URL, EXTRA_CA_UNREADABLE. */
  error: string | null;
  /** Monotonic time the connection (or tunnel + TLS) was up, i.e. just before the request left. */
  connectedMono: number | null;
  /** Monotonic time the response headers arrived. */
  headersMono: number | null;
}

/** Perform the exchange. */
export async function httpGet(url: string, opts: HttpGetOptions): Promise<HttpGetResult> {
  const result: HttpGetResult = { status: null, headers: {}, body: Buffer.alloc(0), error: null, connectedMono: null, headersMono: null };
  let u: URL;
  try {
    u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    return { ...result, error: 'BAD_URL' };
  }
  if (opts.signal?.aborted) return { ...result, error: 'ABORTED' };
  let ca: string[] | undefined;
  if (u.protocol === 'https:' && opts.extraCaFile) {
    try {
      ca = [...tls.rootCertificates, await readCaFile(opts.extraCaFile)];
    } catch {
      return { ...result, error: 'EXTRA_CA_UNREADABLE' };
    }
  }
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
  const lookup = opts.dnsServers?.length ? resolverLookup(opts.dnsServers, opts.timeoutMs) : undefined;
  const route = opts.route?.kind === 'proxy' ? opts.route : null;

  return new Promise<HttpGetResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const live: { destroy(): void }[] = [];
    // Every TCP connection goes through dialTcp, the probes' single dialling seam (tests wrap it
    // with a loopback guard, so no exchange here can ever leave 127.0.0.1 in a test).
    const dials = new AbortController();
    const connectVia = (h: string, p: number, cb: (err: Error | null, socket?: Socket) => void): void => {
      const dialIt = (address: string) => dialTcp(address, p, dials.signal).then((sock) => cb(null, sock), (e: Error) => cb(e));
      if (net.isIP(h)) return void dialIt(h);
      (lookup ?? dns.lookup)(h, {}, (err, address) => (err ? cb(err) : void dialIt(String(address))));
    };
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      dials.abort();
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      for (const d of live) d.destroy();
      resolve({ ...result, body: Buffer.concat(chunks), error });
    };
    const timer = setTimeout(() => finish('TIMEOUT'), opts.timeoutMs);
    const onAbort = () => finish('ABORTED');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const markConnected = (socket: Socket, secure: boolean) => {
      const mark = () => {
        result.connectedMono ??= opts.mono();
      };
      // A fresh TLS socket (agent: false) is never handshaken yet when handed over.
      if (secure) socket.once('secureConnect', mark);
      else if (socket.connecting) socket.once('connect', mark);
      else mark();
    };

    const onResponse = (res: http.IncomingMessage) => {
      result.headersMono = opts.mono();
      result.status = res.statusCode ?? null;
      result.headers = res.headers;
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) return finish('TOO_LARGE');
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) return finish('TOO_LARGE');
        chunks.push(c);
      });
      res.on('end', () => finish(null));
      res.on('error', (e) => finish(codeOf(e)));
      res.on('aborted', () => finish('ECONNRESET'));
    };
    const send = (req: http.ClientRequest) => {
      live.push(req);
      req.on('response', onResponse);
      req.on('error', (e) => finish(codeOf(e)));
      req.end();
    };
    const method = opts.method ?? 'GET';
    const headers = { host: u.host, accept: '*/*', 'user-agent': 'appleid-doctor' };
    const path = `${u.pathname}${u.search}`;

    if (!route) {
      const secure = u.protocol === 'https:';
      const req = http.request({
        host,
        port,
        path,
        method,
        headers,
        // No `agent` key: with `agent: false` Node builds a fresh Agent that ignores
        // createConnection (node lib/_http_client.js); without one, this request's own socket is
        // used and never pooled. Async createConnection: Node waits for `oncreate`.
        createConnection: (_o, oncreate) => {
          connectVia(host, port, (err, sock) => {
            if (err || !sock) return oncreate(err ?? new Error('dial failed'), undefined as never);
            const conn = secure ? tls.connect({ socket: sock, servername: host, ca }) : sock;
            // The handshake can fail before http attaches its listeners: keep the real code.
            conn.once('error', (e) => finish(codeOf(e)));
            live.push(conn);
            markConnected(conn, secure);
            oncreate(null, conn);
          });
          return undefined as never;
        },
      });
      send(req);
      return;
    }
    if (u.protocol === 'http:') {
      // Plain HTTP through a proxy: absolute-form request line (RFC 9112 §3.2.2).
      const req = http.request({
        host: route.host,
        port: route.port,
        path: u.href,
        method,
        headers,
        createConnection: (_o, oncreate) => {
          connectVia(route.host, route.port, (err, sock) => {
            if (err || !sock) return oncreate(err ?? new Error('dial failed'), undefined as never);
            sock.once('error', (e) => finish(codeOf(e)));
            live.push(sock);
            markConnected(sock, false);
            oncreate(null, sock);
          });
          return undefined as never;
        },
      });
      send(req);
      return;
    }
    const connect = http.request({
      host: route.host,
      port: route.port,
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}` },
      createConnection: (_o, oncreate) => {
        connectVia(route.host, route.port, (err, sock) => (err || !sock ? oncreate(err ?? new Error('dial failed'), undefined as never) : oncreate(null, sock)));
        return undefined as never;
      },
    });
    live.push(connect);
    connect.on('error', (e) => finish(codeOf(e)));
    connect.on('connect', (res, socket) => {
      live.push(socket);
      if (res.statusCode !== 200) return finish(`PROXY_${res.statusCode ?? 'ERROR'}`);
      const secure = tls.connect({ socket, servername: host, ca });
      live.push(secure);
      secure.on('error', (e) => finish(codeOf(e)));
      const req = http.request({ path, method, headers, createConnection: () => secure });
      markConnected(secure, true);
      send(req);
    });
    connect.end();
  });
}

/** A `lookup` for net/tls that asks the configured resolvers (A, then AAAA) under a deadline. */
function resolverLookup(servers: readonly string[], timeoutMs: number): LookupFunction {
  const resolver = new dns.promises.Resolver({ timeout: Math.max(1, Math.min(timeoutMs, 5000)), tries: 1 });
  resolver.setServers([...servers]);
  return (hostname, options, callback) => {
    const all = (options as { all?: boolean }).all === true;
    const answer = (addrs: string[], family: 4 | 6) => {
      if (all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, addrs.map((address) => ({ address, family })));
      else callback(null, addrs[0]!, family);
    };
    resolver
      .resolve4(hostname)
      .then(
        (a) => (a.length ? answer(a, 4) : Promise.reject(new Error('no A'))),
        () => Promise.reject(new Error('no A')),
      )
      .catch(() =>
        resolver.resolve6(hostname).then(
          (a) => {
            if (a.length) answer(a, 6);
            else callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
          },
          (e: unknown) => callback(Object.assign(new Error(String(e)), { code: codeOf(e) }), '', 4),
        ),
      );
  };
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'EUNKNOWN';
}
