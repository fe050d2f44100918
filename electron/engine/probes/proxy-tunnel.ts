/**
 * Proxied connection: TCP to the HTTP proxy, then `CONNECT host:port` (proxy faults P1–P7 in
 * tests/engine/faults/proxy-faults.test.ts). The proxy
 * resolves the target itself, so there is no DNS phase for the target; TLS then runs inside the
 * tunnel with the real SNI. Proxy failures get the `proxy` phase. Never throws.
 */
import type net from 'node:net';
import type { Cause } from '../../../shared/causes';
import type { EndpointFailure, TcpPhase } from '../../../shared/checks';
import { DeadlineError, ms, phaseDeadline } from '../deadline';
import { connectAny } from './connector';
import type { ProbeEnv } from './probe-env';
import { resolveHost } from './resolver';

export interface TunnelOutcome {
  /** Connection to the proxy, including the CONNECT exchange in its duration. */
  phase: TcpPhase;
  socket: net.Socket | null;
  failure: EndpointFailure | null;
}

const MAX_HEAD = 16 * 1024;

/** Open a tunnel to `target` through the proxy at `proxy`. */
export async function openTunnel(proxy: { host: string; port: number }, target: { host: string; port: number }, env: ProbeEnv): Promise<TunnelOutcome> {
  const t0 = env.mono();
  const fail = (cause: Cause, code: string | null, message: string): EndpointFailure => ({ phase: 'proxy', cause, code, message });
  const emptyPhase = (): TcpPhase => ({ durationMs: ms(env.mono() - t0), address: null, attempts: [], byFamily: { v4: null, v6: null } });
  const name = `proxy ${proxy.host}:${proxy.port}`;

  const dns = await resolveHost(proxy.host, {
    servers: env.dnsServers,
    timeoutMs: env.timeouts.dnsMs,
    signal: env.signal,
    mono: env.mono,
    lookup: env.lookup,
  });
  if (dns.failure)
    return { phase: emptyPhase(), socket: null, failure: fail('proxy.down', dns.failure.code, `${name} cannot be found: ${dns.failure.message}`) };

  const tcp = await connectAny(dns.phase.addresses, proxy.port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
  if (!tcp.socket) {
    const f = tcp.failure;
    const cause: Cause = f?.cause === 'tcp.timeout' ? 'proxy.timeout' : 'proxy.down';
    return { phase: tcp.phase, socket: null, failure: fail(cause, f?.code ?? null, `${name} is not reachable: ${f?.message ?? 'no answer'}`) };
  }

  const socket = tcp.socket;
  const authority = target.host.includes(':') ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
  const deadline = phaseDeadline(env.timeouts.tcpMs, env.signal);
  const head = await new Promise<{ text: string; rest: Buffer } | { err: unknown }>((resolve) => {
    let buf = Buffer.alloc(0);
    const done = (v: { text: string; rest: Buffer } | { err: unknown }): void => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      // Back to paused mode so nothing is read (and lost) before TLS takes the socket over.
      socket.pause();
      deadline.signal.removeEventListener('abort', onAbort);
      resolve(v);
    };
    const onData = (chunk: Buffer): void => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf('\r\n\r\n');
      if (end >= 0) done({ text: buf.subarray(0, end).toString('latin1'), rest: buf.subarray(end + 4) });
      else if (buf.length > MAX_HEAD) done({ err: Object.assign(new Error('oversized proxy answer'), { code: 'EPROTO' }) });
    };
    const onAbort = (): void => done({ err: deadline.signal.reason });
    const onError = (err: Error): void => done({ err });
    const onClose = (): void => done({ err: Object.assign(new Error('proxy closed the connection'), { code: 'ECONNRESET' }) });
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('close', onClose);
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\nUser-Agent: appleid-doctor (network diagnostics)\r\n\r\n`);
  });
  deadline.dispose();
  socket.on('error', () => {});
  const phase: TcpPhase = { ...tcp.phase, durationMs: ms(env.mono() - t0) };

  if ('err' in head) {
    socket.destroy();
    if (head.err instanceof DeadlineError)
      return {
        phase,
        socket: null,
        failure: fail('proxy.timeout', null, `${name} accepted the connection but did not answer CONNECT within ${env.timeouts.tcpMs} ms`),
      };
    const e = head.err as { code?: string; message?: string };
    return { phase, socket: null, failure: fail('proxy.down', e.code ?? null, `${name} failed: ${e.message ?? String(head.err)}`) };
  }
  const statusLine = head.text.split('\r\n')[0] ?? '';
  const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine)?.[1] ?? 0);
  if (status === 200) {
    if (head.rest.length) socket.unshift(head.rest);
    return { phase, socket, failure: null };
  }
  socket.destroy();
  if (status === 407) {
    const auth = /^proxy-authenticate:\s*(.*)$/im.exec(head.text)?.[1]?.trim() ?? null;
    return {
      phase,
      socket: null,
      failure: fail('proxy.auth_required', '407', `${name} requires authentication${auth ? ` (Proxy-Authenticate: ${auth})` : ''}`),
    };
  }
  if (status === 0) return { phase, socket: null, failure: fail('proxy.down', null, `${name} did not answer like an HTTP proxy: ${statusLine.slice(0, 80)}`) };
  return { phase, socket: null, failure: fail('proxy.bad_gateway', String(status), `${name} could not open a tunnel to ${authority}: ${statusLine}`) };
}
