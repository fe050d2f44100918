/**
 * Apple Account sign-in servers: every configured endpoint measured DNS → TCP → TLS → HTTP in
 * parallel. pass = all reachable, warn = some, fail = none; the cause is the most common (then
 * most explanatory) endpoint failure.
 */

import { CAUSE_TRAITS, pickCause } from '../../../shared/cause-info';
import type { EndpointResult } from '../../../shared/checks';
import type { MessageRef } from '../../../shared/i18n/check-message';
import { chooseRoute, endpointUrl } from '../probes/endpoint-chain';
import { allEndpointResults } from '../probes/shared-results';
import { isRoutableAddress } from '../system/network-info';
import type { CheckContext, CheckDefinition, CheckOutcome, NetInterface } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';
import { msg, say } from './say';

type Outcome = CheckOutcome<'signin-endpoints'>;

/** What the sign-in probes saw. */
export interface SigninEvidence {
  endpoints: EndpointResult[];
  /** A note on the route (e.g. a proxy script that was not evaluated), or null. */
  routeNote: MessageRef | null;
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
    return { ...outcome, cause: 'net.offline', ...say('checks.signin-endpoints.offline', { total: e.endpoints.length }) };
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
export function judgeSigninEndpoints(endpoints: EndpointResult[], note: MessageRef | null = null): Outcome {
  const total = endpoints.length;
  const ok = endpoints.filter((e) => e.failure === null);
  const failed = endpoints.filter((e) => e.failure !== null);
  const reachable = ok.length;
  const cause = pickCause(failed.map((e) => e.failure?.cause).filter((c) => c !== undefined));
  const status = reachable === total ? 'pass' : reachable === 0 ? 'fail' : 'warn';
  const slowest = ok.length ? Math.max(...ok.map((e) => e.totalMs)) : null;
  const via = endpoints.find((e) => e.via.kind === 'proxy')?.via;

  // The cause once, then the hosts it hit (#11: never the cause's title after every host).
  const named = cause ? failed.filter((e) => e.failure?.cause === cause).map((e) => e.host) : [];
  const head =
    failed.length > 0 && cause
      ? msg('checks.signin-endpoints.failing', { reachable, total, cause: { cause }, hosts: { list: named, type: 'unit' } })
      : msg('checks.signin-endpoints.reachable', { reachable, total });
  return {
    status,
    cause: status === 'pass' ? null : cause,
    ...say('checks.signin-endpoints.line', {
      head,
      slowest: slowest === null ? 'none' : msg('checks.signin-endpoints.slowest', { ms: slowest }),
      via: via && via.kind === 'proxy' ? msg('checks.signin-endpoints.via_proxy', { host: via.host, port: via.port }) : 'none',
      note: note ?? 'none',
    }),
    data: { endpoints, reachable, total },
  };
}
