/**
 * APNs reachability: a TCP connect to the courier host on each configured port (Apple: 5223 for
 * the persistent connection, 443 as the fallback — Apple support article HT203609 / 102266, "If
 * your Apple devices aren't getting Apple push notifications").
 * TCP only: APNs speaks its own TLS profile, and reaching the port is what networks block.
 * Direct, never through the HTTP proxy: port 5223 cannot be proxied. Never throws.
 */
import type { EndpointFailure, PushData } from '../../../shared/checks';
import { nextTurn } from '../deadline';
import { bogonBlame } from './bogon';
import { connectAny } from './connector';
import type { ProbeEnv } from './probe-env';
import { resolveHost } from './resolver';

export interface PushOutcome {
  data: PushData;
  /** DNS failure of the courier host (nothing was tried then). */
  dnsFailure: EndpointFailure | null;
  /** When every port failed and every answer was a bogon: the DNS answer is to blame. */
  bogonFailure: EndpointFailure | null;
}

/** Probe `host` on every port, in parallel. */
export async function probePush(host: string, ports: readonly number[], env: ProbeEnv): Promise<PushOutcome> {
  const data: PushData = { host, attempts: [], reachablePorts: [] };
  const dns = await resolveHost(host, {
    servers: env.dnsServers,
    timeoutMs: env.timeouts.dnsMs,
    signal: env.signal,
    mono: env.mono,
    lookup: env.lookup,
  });
  // Dialling waits for the loop's next turn, so other ready sockets stamp first (deadline.ts `nextTurn`).
  await nextTurn();
  if (dns.failure) return { data, dnsFailure: dns.failure, bogonFailure: null };

  const results = await Promise.all(
    ports.map(async (port) => {
      const r = await connectAny(dns.phase.addresses, port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
      r.socket?.destroy();
      return { port, r };
    }),
  );
  for (const { port, r } of results) {
    data.attempts.push({
      port,
      address: r.phase.address,
      ok: r.socket !== null,
      cause: r.failure?.cause ?? null,
      code: r.failure?.code ?? null,
      durationMs: r.phase.durationMs,
    });
    if (r.socket) data.reachablePorts.push(port);
  }
  const firstFailure = results.find(({ r }) => r.failure)?.r.failure ?? null;
  const bogonFailure = data.reachablePorts.length === 0 ? bogonBlame(dns.phase.addresses, firstFailure) : null;
  return { data, dnsFailure: null, bogonFailure: bogonFailure?.phase === 'dns' ? bogonFailure : null };
}
