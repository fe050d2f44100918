/**
 * One sign-in endpoint measured phase by phase: DNS → TCP → TLS → HTTP (or proxy CONNECT → TLS →
 * HTTP), each with its own deadline and the run's signal, in the shape of `EndpointResult`
 * (shared/checks.ts). Modelled on OONI's measurement flow (ooni/spec nettests/ts-017-web-connectivity.md).
 * The phases themselves run in the one network layer (url-fetch.ts `fetchTarget`); this module
 * only chooses the route and shapes the result. Never throws.
 */
import type { EndpointResult } from '../../../shared/checks';
import { type MessageRef, msg } from '../../../shared/i18n/check-message';
import { ms } from '../deadline';
import type { ProxyRoute } from '../seams';
import type { ProbeEnv } from './probe-env';
import { fetchTarget, targetUrl } from './url-fetch';

export { bogonBlame } from './bogon';

/** A configured endpoint. */
export interface EndpointSpec {
  id: string;
  host: string;
  port: number;
  path: string;
}

/** The route actually used, with a note when the configured one could not be honoured. */
export interface RouteChoice {
  route: Extract<ProxyRoute, { kind: 'direct' } | { kind: 'proxy' }>;
  /** A `checks.*` message for the check's summary (the URL or the error stay as they are). */
  note: MessageRef | null;
}

/** Ask the engine how to reach `url`; PAC scripts we cannot evaluate mean "go direct, say so". */
export async function chooseRoute(url: string, env: ProbeEnv): Promise<RouteChoice> {
  try {
    const r = await env.proxyRoute(url);
    if (r.kind === 'pac-unevaluated') return { route: { kind: 'direct' }, note: msg('checks.signin-endpoints.note.pac', { url: r.url }) };
    return { route: r, note: null };
  } catch (err) {
    return { route: { kind: 'direct' }, note: msg('checks.signin-endpoints.note.unreadable', { detail: (err as Error).message }) };
  }
}

/** The https URL of an endpoint (what the proxy route is asked for). */
export function endpointUrl(ep: EndpointSpec): string {
  return targetUrl({ https: true, host: ep.host, port: ep.port, path: ep.path });
}

/** Measure one endpoint. */
export async function runEndpointChain(ep: EndpointSpec, env: ProbeEnv): Promise<EndpointResult> {
  const t0 = env.mono();
  const { route } = await chooseRoute(endpointUrl(ep), env);
  // The sign-in page's body is not evidence: read up to the layer's default cap, keep nothing.
  const res = await fetchTarget({ https: true, host: ep.host, port: ep.port, path: ep.path }, env, { route, capBytes: 64 * 1024 });
  return {
    id: ep.id,
    host: ep.host,
    port: ep.port,
    path: ep.path,
    address: res.address,
    via: route.kind === 'proxy' ? { kind: 'proxy', host: route.host, port: route.port, source: route.source } : { kind: 'direct' },
    phases: res.phases,
    failure: res.failure,
    // From before the route was chosen: a PAC or proxy lookup is part of reaching the endpoint.
    totalMs: ms(env.mono() - t0),
  };
}
