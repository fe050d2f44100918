/**
 * HTTP phase: one GET over an already connected (TLS or plain) socket — no agent, no keep-alive,
 * no redirect following (the Location is evidence: portals answer with a 302 to their login page,
 * revk.uk "Captive portals (apple)"). The body is read up to a cap and then dropped (fault H9 in
 * tests/engine/faults/http-faults.test.ts). Never throws.
 */
import type { Duplex } from 'node:stream';
import type { Cause } from '../../../shared/causes';
import type { EndpointFailure, HttpPhase } from '../../../shared/checks';
import { type Abortable, DeadlineError, ms, phaseDeadline } from '../deadline';
import { isAppleHost, rawError } from './classify';
import { createResponseReader } from './http-response';

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
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      // The 'error' listener stays until the socket is destroyed below: an error with no listener
      // would be thrown.
      deadline.signal.removeEventListener('abort', onAbort);
      resolve({ complete, err });
    };
    const reader = createResponseReader(opts.method ?? 'GET', {
      head: (head) => {
        headersSeen = true;
        headersMono = opts.mono();
        phase.firstByteMs = ms(headersMono - t0);
        phase.status = head.status;
        phase.location = head.headers.get('location') ?? null;
        const raw = head.headers.get('date');
        const date = raw ? new Date(raw) : null;
        phase.date = date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
        // A declared length beyond the cap is not worth reading (fault H9, a huge body: tests/engine/faults/http-faults.test.ts).
        if (head.contentLength !== null && head.contentLength > cap) {
          overCap = true;
          settle(false, null);
        }
      },
      body: (chunk) => {
        if (settled) return;
        bytes += chunk.length;
        if (opts.keepBody) chunks.push(chunk);
        if (bytes > cap) {
          overCap = true;
          settle(false, null);
        }
      },
      done: () => settle(true, null),
    });
    function onData(chunk: Buffer): void {
      try {
        reader.push(chunk);
      } catch (err) {
        settle(false, err);
      }
    }
    // The server closed before the answer was complete: what node:http calls "socket hang up".
    function onEnd(): void {
      if (!reader.end()) settle(false, Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    }
    function onError(err: unknown): void {
      settle(false, err);
    }
    function onAbort(): void {
      settle(false, deadline.signal.reason);
    }
    let request: string;
    try {
      request = requestText(opts);
    } catch (err) {
      // A path or host that cannot be sent as is (a space, CR/LF): nothing was sent; the socket
      // is destroyed below like on every other exit.
      settle(false, err);
      return;
    }
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('close', onEnd);
    socket.on('error', onError);
    // Closed between the connect and now: nothing to write to.
    if (socket.destroyed) onEnd();
    else socket.write(request, 'latin1', (err) => err && settle(false, err));
  });
  deadline.dispose();
  // This call owns the socket and ends it at once, answer in or not: no TLS close_notify, no
  // lingering read; the server closes its side anyway after `connection: close` (RFC 9112 §9.6).
  socket.destroy();

  phase.durationMs = ms(opts.mono() - t0);
  const body = opts.keepBody ? Buffer.concat(chunks).subarray(0, cap).toString('utf8') : null;
  const failure = classify(phase, headersSeen, result.err, opts);
  return { phase, body, complete: result.complete, overCap, headersMono, failure };
}

/** Characters node:http refuses in a request path (lib/_http_client.js INVALID_PATH_REGEX). */
const INVALID_PATH = /[^\u0021-\u00ff]/;

/** The request, byte for byte what node:http sent for these options before (lower-case names). */
function requestText(opts: HttpOptions): string {
  if (INVALID_PATH.test(opts.path)) throw Object.assign(new TypeError('Request path contains unescaped characters'), { code: 'ERR_UNESCAPED_CHARACTERS' });
  const host = opts.port === opts.defaultPort ? opts.host : `${opts.host}:${opts.port}`;
  if (/[^\u0021-\u007e]/.test(host)) throw Object.assign(new TypeError('Invalid character in the Host header'), { code: 'ERR_INVALID_CHAR' });
  return `${opts.method ?? 'GET'} ${opts.path} HTTP/1.1\r\nhost: ${host}\r\nuser-agent: appleid-doctor (network diagnostics)\r\naccept: */*\r\nconnection: close\r\n\r\n`;
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
