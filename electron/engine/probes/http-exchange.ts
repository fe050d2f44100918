/**
 * HTTP phase: one GET over an already connected (TLS or plain) socket — no agent, no keep-alive,
 * no redirect following (the Location is evidence: portals answer with a 302 to their login page,
 * revk.uk "Captive portals (apple)"). The body is read up to a cap and then dropped (fault H9 in
 * tests/engine/faults/http-faults.test.ts). Never throws.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Cause } from '../../../shared/causes';
import type { EndpointFailure, HttpPhase } from '../../../shared/checks';
import { type Abortable, DeadlineError, ms, phaseDeadline } from '../deadline';
import { isAppleHost, rawError } from './classify';

export interface HttpOptions {
  /** Default GET. HEAD (the clock's `Date` fallback) has no body by definition. */
  method?: 'GET' | 'HEAD';
  host: string;
  port: number;
  /** The port implied by the scheme (443 https, 80 http), omitted from the Host header. */
  defaultPort: number;
  path: string;
  timeoutMs: number;
  signal: Abortable;
  mono(): number;
  /** Bytes of body to read before hanging up. Default 64 KiB. */
  capBytes?: number;
  /** Keep (up to capBytes of) the body as text, e.g. for the captive-portal page. */
  keepBody?: boolean;
}

export interface HttpOutcome {
  phase: HttpPhase;
  /** Body text when `keepBody` (latin1-safe UTF-8 decode of what was read), else null. */
  body: string | null;
  /** True when the body was complete (not cut by the cap, a hang-up or the deadline). */
  complete: boolean;
  /** The answer was bigger than the cap (declared by Content-Length, or read). */
  overCap: boolean;
  /** Monotonic time the response headers arrived, or null. */
  headersMono: number | null;
  failure: EndpointFailure | null;
}

const DEFAULT_CAP = 64 * 1024;

/** Send the request on `socket` (which this call owns and destroys). */
export async function httpGet(socket: Duplex, opts: HttpOptions): Promise<HttpOutcome> {
  const t0 = opts.mono();
  const cap = opts.capBytes ?? DEFAULT_CAP;
  const deadline = phaseDeadline(opts.timeoutMs, opts.signal);
  const phase: HttpPhase = { durationMs: 0, status: null, location: null, firstByteMs: null, date: null };
  const chunks: Buffer[] = [];
  let bytes = 0;
  let headersSeen = false;
  let overCap = false;
  let headersMono: number | null = null;

  const result = await new Promise<{ complete: boolean; err: unknown }>((resolve) => {
    let settled = false;
    const settle = (complete: boolean, err: unknown): void => {
      if (settled) return;
      settled = true;
      resolve({ complete, err });
    };
    // No `agent` at all: with `agent: false` Node builds a fresh Agent that ignores
    // `createConnection` and dials port 80 itself; without one, our connected socket is used.
    // node:http ends a `connection: close` socket politely once the answer is in (destroySoon:
    // a TLS close_notify, then a FIN: ~75 µs of CPU per fetch); this call owns the socket and
    // destroys it right after, and the server closes its side anyway (RFC 9112 §9.6).
    (socket as Duplex & { destroySoon?: () => void }).destroySoon = () => socket.destroy();
    let req: http.ClientRequest;
    try {
      req = http.request({
        createConnection: () => socket as never,
        method: opts.method ?? 'GET',
        path: opts.path,
        setHost: false,
        headers: {
          host: opts.port === opts.defaultPort ? opts.host : `${opts.host}:${opts.port}`,
          'user-agent': 'appleid-doctor (network diagnostics)',
          accept: '*/*',
          connection: 'close',
        },
      });
    } catch (err) {
      // A path Node refuses (a space, CR/LF) throws synchronously: nothing was sent; the socket
      // is destroyed below like on every other exit.
      settle(false, err);
      return;
    }
    const onAbort = (): void => {
      settle(false, deadline.signal.reason);
      req.destroy();
    };
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => settle(false, err));
    req.on('response', (res) => {
      headersSeen = true;
      headersMono = opts.mono();
      phase.firstByteMs = ms(opts.mono() - t0);
      phase.status = res.statusCode ?? null;
      phase.location = typeof res.headers.location === 'string' ? res.headers.location : null;
      const date = res.headers.date ? new Date(res.headers.date) : null;
      phase.date = date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
      // A declared length beyond the cap is not worth reading (fault H9, a huge body: tests/engine/faults/http-faults.test.ts).
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > cap) {
        overCap = true;
        settle(false, null);
        req.destroy();
        return;
      }
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (opts.keepBody) chunks.push(chunk);
        if (bytes > cap) {
          overCap = true;
          settle(false, null);
          req.destroy();
        }
      });
      res.on('end', () => settle(res.complete, null));
      res.on('aborted', () => settle(false, Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
      res.on('error', (err) => settle(false, err));
      res.on('close', () => settle(res.complete, res.complete ? null : Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
    });
    req.end();
  });
  deadline.dispose();
  socket.destroy();

  phase.durationMs = ms(opts.mono() - t0);
  const body = opts.keepBody ? Buffer.concat(chunks).subarray(0, cap).toString('utf8') : null;
  const failure = classify(phase, headersSeen, result.err, opts);
  return { phase, body, complete: result.complete, overCap, headersMono, failure };
}

function classify(phase: HttpPhase, headersSeen: boolean, err: unknown, opts: HttpOptions): EndpointFailure | null {
  const fail = (cause: Cause, code: string | null, message: string): EndpointFailure => ({ phase: 'http', cause, code, message });
  if (!headersSeen) {
    if (err instanceof DeadlineError) return fail('http.timeout', null, `no answer within ${opts.timeoutMs} ms`);
    const raw = rawError(err);
    // The connection closed before any answer: the reply was cut off (a hang-up, H7).
    if (raw.code === 'ECONNRESET' || raw.code === 'EPIPE') return fail('http.truncated', raw.code, raw.message);
    if (raw.code?.startsWith('HPE_')) return fail('http.unexpected', raw.code, `not an HTTP answer: ${raw.message}`);
    return fail('http.unexpected', raw.code, raw.message);
  }
  // Headers arrived; a body cut short by a hang-up is truncation (a slow body is not a failure).
  if (err && !(err instanceof DeadlineError)) {
    const raw = rawError(err);
    return fail('http.truncated', raw.code, `answer cut off: ${raw.message}`);
  }
  return classifyStatus(phase, opts);
}

/** Status → cause: 5xx, 429, and 3xx to a non-Apple host fail; anything else < 500 is reachable. */
export function classifyStatus(
  phase: Pick<HttpPhase, 'status' | 'location'>,
  opts: { host: string; port: number; defaultPort: number },
): EndpointFailure | null {
  const status = phase.status ?? 0;
  const code = String(status);
  if (status >= 500) return { phase: 'http', cause: 'http.server_error', code, message: `server answered ${status}` };
  if (status === 429) return { phase: 'http', cause: 'http.rate_limited', code, message: 'server answered 429 Too Many Requests' };
  if (status >= 300 && status < 400 && phase.location) {
    const scheme = opts.defaultPort === 80 ? 'http' : 'https';
    let target: URL;
    try {
      target = new URL(phase.location, `${scheme}://${opts.host}:${opts.port}/`);
    } catch {
      return { phase: 'http', cause: 'http.unexpected', code, message: `unreadable redirect: ${phase.location}` };
    }
    if (!isAppleHost(target.hostname)) {
      return { phase: 'http', cause: 'http.redirect', code, message: `redirected to ${target.href}` };
    }
  }
  if (status < 100) return { phase: 'http', cause: 'http.unexpected', code, message: `unexpected status ${status}` };
  return null;
}
