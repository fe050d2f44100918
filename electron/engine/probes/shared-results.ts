/**
 * Per-run sharing of endpoint measurements: the sign-in check and the DNS check both need the
 * chain result of each endpoint; `ctx.memo` makes sure each endpoint is probed once per run.
 */
import type { EndpointResult } from '../../../shared/checks';
import type { CheckContext } from '../seams';
import { type EndpointSpec, runEndpointChain } from './endpoint-chain';
import type { ProbeEnv } from './probe-env';

/** The memo key of one endpoint's result. */
export const endpointMemoKey = (id: string): string => `endpoint:${id}`;

/** Measure (or reuse this run's measurement of) one endpoint. */
export function endpointResult(ctx: CheckContext, env: ProbeEnv, ep: EndpointSpec): Promise<EndpointResult> {
  return ctx.memo(endpointMemoKey(ep.id), () => runEndpointChain(ep, env));
}

/** Every configured endpoint, in parallel, in config order. */
export function allEndpointResults(ctx: CheckContext, env: ProbeEnv): Promise<EndpointResult[]> {
  return Promise.all(ctx.config.endpoints.map((ep) => endpointResult(ctx, env, ep)));
}
