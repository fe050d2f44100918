/**
 * DNS evidence per sign-in host: the system (or configured) answer — reused from this run's
 * endpoint measurement when it went direct — next to a comparison resolver's answer, with bogons
 * and the bogons that nevertheless verified TLS (genuine, OONI E001). When the answers differ and
 * the system's address fails TLS, the comparison address is TLS-checked too: only if it verifies
 * is the difference evidence of tampering (ooni/spec nettests/ts-017-web-connectivity.md). Never throws.
 */
import type { DnsHostAnswer, EndpointResult } from '../../../shared/checks';
import { bogonsOf, isBogon } from './bogon';
import { connectAny } from './connector';
import type { EndpointSpec } from './endpoint-chain';
import { type ProbeEnv, tlsOptionsFor } from './probe-env';
import { resolveHost } from './resolver';
import { tlsHandshake } from './tls-handshake';

/** One host's answers plus whether the comparison address verified TLS (null = not tried). */
export interface HostEvidence {
  answer: DnsHostAnswer;
  endpoint: EndpointResult | null;
  comparisonVerifies: boolean | null;
}

/**
 * Collect the evidence for one endpoint's host. `endpointP` is this run's chain result (shared via
 * ctx.memo); the comparison lookup starts at once instead of waiting for the chain, so the DNS
 * check adds no round trip to the diagnosis' critical path.
 */
export async function hostEvidence(
  ep: EndpointSpec,
  endpointP: Promise<EndpointResult | null>,
  comparisonServers: readonly string[],
  env: ProbeEnv,
): Promise<HostEvidence> {
  const resolve = (servers: readonly string[]) =>
    resolveHost(ep.host, { servers, timeoutMs: env.timeouts.dnsMs, signal: env.signal, mono: env.mono, lookup: env.lookup });
  const comparisonP = comparisonServers.length
    ? resolve(comparisonServers).then((r) => ({
        resolver: r.phase.resolver,
        addresses: r.phase.addresses,
        cause: r.failure?.cause ?? null,
        code: r.failure?.code ?? null,
        durationMs: r.phase.durationMs,
      }))
    : Promise.resolve(null);
  const endpoint = await endpointP;
  const reuse = endpoint?.phases.dns ?? null;
  // A resolution failure recorded by the chain (not a bogon verdict, which keeps its addresses).
  const chainDnsFailure = reuse && reuse.addresses.length === 0 && endpoint?.failure?.phase === 'dns' ? endpoint.failure : null;
  const [system, comparison] = await Promise.all([
    reuse
      ? { addresses: reuse.addresses, cause: chainDnsFailure?.cause ?? null, code: chainDnsFailure?.code ?? null, durationMs: reuse.durationMs }
      : resolve(env.dnsServers).then((r) => ({
          addresses: r.phase.addresses,
          cause: r.failure?.cause ?? null,
          code: r.failure?.code ?? null,
          durationMs: r.phase.durationMs,
        })),
    comparisonP,
  ]);

  const bogons = bogonsOf(system.addresses);
  const tlsOk = endpoint?.via.kind === 'direct' && endpoint.phases.tls?.authorized === true;
  const verifiedBogons = tlsOk && endpoint?.address && isBogon(endpoint.address) ? [endpoint.address] : [];
  const answer: DnsHostAnswer = { host: ep.host, system, comparison, bogons, verifiedBogons };

  let comparisonVerifies: boolean | null = null;
  const differs =
    comparison !== null && comparison.addresses.length > 0 && system.addresses.length > 0 && !system.addresses.some((a) => comparison.addresses.includes(a));
  const systemFailsTls = endpoint?.failure?.phase === 'tls' && endpoint.failure.cause !== 'tls.intercepted';
  if (differs && systemFailsTls) comparisonVerifies = await verifies(ep, comparison.addresses, env);
  return { answer, endpoint, comparisonVerifies };
}

/** Does some address complete a verified TLS handshake for the real hostname? */
async function verifies(ep: EndpointSpec, addresses: string[], env: ProbeEnv): Promise<boolean> {
  const tcp = await connectAny(addresses, ep.port, { timeoutMs: env.timeouts.tcpMs, signal: env.signal, mono: env.mono });
  if (!tcp.socket) return false;
  const tls = await tlsHandshake(tcp.socket, tlsOptionsFor(ep.host, env));
  tls.socket?.destroy();
  return tls.phase.authorized;
}
