/**
 * Apple Account sign-in servers: every configured endpoint measured DNS → TCP → TLS → HTTP in
 * parallel. pass = all reachable, warn = some, fail = none; the cause is the most common (then
 * most explanatory) endpoint failure.
 */

import { CAUSE_TRAITS, pickCause } from '../../../shared/cause-info';
import { causeText } from '../../../shared/cause-text';
import type { EndpointResult } from '../../../shared/checks';
import { EN } from '../../../shared/i18n';
import { chooseRoute, endpointUrl } from '../probes/endpoint-chain';
import { allEndpointResults } from '../probes/shared-results';
import { isRoutableAddress } from '../system/network-info';
import type { CheckContext, CheckDefinition, CheckOutcome, NetInterface } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';

type Outcome = CheckOutcome<'signin-endpoints'>;

/** What the sign-in probes saw. */
export interface SigninEvidence {
  endpoints: EndpointResult[];
  /** A note on the route (e.g. a proxy script that was not evaluated), or null. */
  routeNote: string | null;
  /** Read only when every endpoint failed offline-shaped: is an interface up with a routable address? null = not read / unknown. */
  usableInterface: boolean | null;
}

export const signinEndpointsCheck: CheckDefinition<'signin-endpoints', NetworkEvidence<SigninEvidence>> = {
  id: 'signin-endpoints',
  kind: 'network',
  measure: (ctx) =>
    withProbeEnv(ctx, async (env) => {
      const first = ctx.config.endpoints[0];
      const routeNote = first ? (await chooseRoute(endpointUrl(first), env)).note : null;
      const endpoints = await allEndpointResults(ctx, env);
      return { endpoints, routeNote, usableInterface: await usableInterface(endpoints, ctx) };
    }),
  judge: (e) => (e.ok ? judgeSignin(e.value) : couldNotRun(e.error)),
};

/**
 * Offline = every endpoint failed in an offline-shaped way AND no interface is up with a routable
 * address (loopback and self-assigned 169.254/fe80 addresses do not count). Both are needed: a
 * firewall also produces timeouts, and an interface can be up behind a dead router. Pure.
 */
export function judgeSignin(e: SigninEvidence): Outcome {
  const outcome = judgeSigninEndpoints(e.endpoints, e.routeNote);
  if (outcome.status === 'fail' && e.usableInterface === false && e.endpoints.every((x) => x.failure && CAUSE_TRAITS[x.failure.cause].offlineShaped)) {
    return { ...outcome, cause: 'net.offline', summary: `0 of ${e.endpoints.length} reachable — this Mac has no active network connection` };
  }
  return outcome;
}

/** Read the interfaces only when the failures look like an offline Mac (else null). */
async function usableInterface(endpoints: EndpointResult[], ctx: CheckContext): Promise<boolean | null> {
  if (endpoints.length === 0 || !endpoints.every((e) => e.failure && CAUSE_TRAITS[e.failure.cause].offlineShaped)) return null;
  try {
    return hasUsableInterface(await ctx.deps.network.interfaces(ctx.signal));
  } catch {
    return null; // unknown: keep the network cause
  }
}

/** Is some interface up with an address that can reach beyond this machine? (pure) */
export function hasUsableInterface(interfaces: readonly NetInterface[]): boolean {
  return interfaces.some((i) => i.up && i.addresses.some(isRoutableAddress));
}

/** Build the outcome from endpoint results (pure). */
export function judgeSigninEndpoints(endpoints: EndpointResult[], note: string | null = null): Outcome {
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
    parts.push(reachable === 0 ? `— ${causeText(cause, EN).title}` : `— ${named.join(', ')}: ${causeText(cause, EN).title}`);
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
