/**
 * Apple Account sign-in servers: every configured endpoint measured DNS → TCP → TLS → HTTP in
 * parallel. pass = all reachable, warn = some, fail = none; the cause is the most common (then
 * most explanatory) endpoint failure.
 */
import type { Cause } from '../../../shared/causes';
import type { EndpointResult } from '../../../shared/checks';
import type { CheckContext, CheckDefinition, CheckOutcome, NetInterface } from '../types';
import { causeTitle, pickCause } from '../probes/cause-pick';
import { chooseRoute, endpointUrl } from '../probes/endpoint-chain';
import { probeEnv } from '../probes/probe-env';
import { allEndpointResults } from '../probes/shared-results';
import { isRoutableAddress } from '../system/network-info';

type Outcome = CheckOutcome<'signin-endpoints'>;

export const signinEndpointsCheck: CheckDefinition<'signin-endpoints'> = {
  id: 'signin-endpoints',
  kind: 'network',
  async run(ctx): Promise<Outcome> {
    const envResult = await probeEnv(ctx);
    if (!envResult.ok) return { status: 'error', cause: 'probe.failed', summary: `Could not run: ${envResult.message}.`, data: {} };
    const env = envResult.env;
    const first = ctx.config.endpoints[0];
    const routeNote = first ? (await chooseRoute(endpointUrl(first), env)).note : null;
    const endpoints = await allEndpointResults(ctx, env);
    const outcome = summarise(endpoints, routeNote);
    if (outcome.status === 'fail' && (await isOffline(endpoints, ctx))) {
      return { ...outcome, cause: 'net.offline', summary: `0 of ${endpoints.length} reachable — this Mac has no active network connection` };
    }
    return outcome;
  },
};

/** Failures that an unplugged / Wi-Fi-off Mac produces (no resolver, no route, nothing answers). */
const OFFLINE_SHAPED: ReadonlySet<Cause> = new Set<Cause>(['dns.timeout', 'dns.unreachable', 'tcp.unreachable', 'tcp.timeout']);

/**
 * Offline = every endpoint failed in an offline-shaped way AND no interface is up with a routable
 * address (loopback and self-assigned 169.254/fe80 addresses do not count). Both are needed: a
 * firewall also produces timeouts, and an interface can be up behind a dead router.
 */
async function isOffline(endpoints: EndpointResult[], ctx: CheckContext): Promise<boolean> {
  if (!endpoints.every((e) => e.failure && OFFLINE_SHAPED.has(e.failure.cause))) return false;
  try {
    return !hasUsableInterface(await ctx.deps.network.interfaces(ctx.signal));
  } catch {
    return false; // unknown: keep the network cause
  }
}

/** Is some interface up with an address that can reach beyond this machine? (pure) */
export function hasUsableInterface(interfaces: readonly NetInterface[]): boolean {
  return interfaces.some((i) => i.up && i.addresses.some(isRoutableAddress));
}

/** Build the outcome from endpoint results (pure). */
export function summarise(endpoints: EndpointResult[], note: string | null = null): Outcome {
  const total = endpoints.length;
  const ok = endpoints.filter((e) => e.failure === null);
  const failed = endpoints.filter((e) => e.failure !== null);
  const reachable = ok.length;
  const cause = pickCause(failed.map((e) => e.failure?.cause).filter((c) => c !== undefined));
  const status = reachable === total ? 'pass' : reachable === 0 ? 'fail' : 'warn';
  const slowest = ok.length ? Math.max(...ok.map((e) => e.totalMs)) : null;
  const via = endpoints.find((e) => e.via.kind === 'proxy')?.via;

  const parts = [`${reachable} of ${total} reachable`];
  if (failed.length > 0 && cause) {
    const named = failed.filter((e) => e.failure?.cause === cause).map((e) => e.host);
    parts.push(reachable === 0 ? `— ${causeTitle(cause)}` : `— ${named.join(', ')}: ${causeTitle(cause)}`);
  }
  if (slowest !== null) parts.push(`(slowest ${slowest} ms)`);
  if (via && via.kind === 'proxy') parts.push(`via proxy ${via.host}:${via.port}`);
  if (note) parts.push(`· ${note}`);
  return {
    status,
    cause: status === 'pass' ? null : cause,
    summary: parts.join(' '),
    data: { endpoints, reachable, total },
  };
}
