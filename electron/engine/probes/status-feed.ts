/**
 * Apple System Status probe: fetch `config.statusFeedUrl` through the probes' one network layer
 * (url-fetch.ts: the run's resolver, route, trust store and per-phase deadlines; a 2 MiB cap — the
 * real feed is tens of KiB) and parse it. Resolves with either the services or the reason the feed
 * is unreadable, as an `EndpointFailure` with a `Cause`; never throws.
 */
import type { EndpointFailure } from '../../../shared/checks';
import { chooseRoute } from './endpoint-chain';
import type { ProbeEnv } from './probe-env';
import { type FeedService, parseStatusFeed } from './status-feed-parse';
import { fetchUrl } from './url-fetch';

/** Cap on the feed body; a bigger answer is not Apple's feed (fault G7 in tests/engine/checks/status/apple-status-check.test.ts). */
export const STATUS_FEED_MAX_BYTES = 2 * 1024 * 1024;

export type StatusFeedResult =
  | { ok: true; url: string; services: FeedService[]; durationMs: number }
  | {
      ok: false;
      url: string;
      /** Plain words for the summary ("it did not answer in time"). */
      reason: string;
      /** The network failure, or an `http.unexpected` one for an answer that is not the feed. */
      failure: EndpointFailure;
      httpStatus: number | null;
      durationMs: number;
    };

/** Fetch and parse the feed. */
export async function fetchStatusFeed(url: string, env: ProbeEnv): Promise<StatusFeedResult> {
  const t0 = env.mono();
  const { route } = await chooseRoute(url, env);
  const res = await fetchUrl(url, env, { route, capBytes: STATUS_FEED_MAX_BYTES, keepBody: true, judgeIssuer: false });
  const durationMs = Math.round(env.mono() - t0);
  const fail = (reason: string, failure: EndpointFailure) => ({ ok: false as const, url, reason, failure, httpStatus: res.status, durationMs });
  if (res.overCap)
    return fail('the answer was far too large to be the status feed', {
      phase: 'http',
      cause: 'http.unexpected',
      code: 'TOO_LARGE',
      message: `more than ${STATUS_FEED_MAX_BYTES} bytes`,
    });
  if (res.failure && res.failure.cause !== 'http.server_error') return fail(describeFailure(res.failure), res.failure);
  if (res.status !== 200) {
    return fail(
      `the server answered HTTP ${res.status}`,
      res.failure ?? { phase: 'http', cause: 'http.unexpected', code: String(res.status), message: `server answered ${res.status}` },
    );
  }
  if (!res.complete) return fail('the answer was cut off', { phase: 'http', cause: 'http.truncated', code: null, message: 'body incomplete' });
  const parsed = parseStatusFeed(res.body ?? '');
  if (!parsed.ok) return fail(`the answer is ${parsed.reason}`, { phase: 'http', cause: 'http.unexpected', code: 'FEED_UNPARSEABLE', message: parsed.reason });
  return { ok: true, url, services: parsed.services, durationMs };
}

/** Plain words for a network failure, by cause (the vocabulary of shared/causes.ts). */
export function describeFailure(f: EndpointFailure): string {
  if (f.cause.endsWith('.timeout')) return 'it did not answer in time';
  switch (f.cause) {
    case 'tcp.refused':
      return 'the connection was refused';
    case 'dns.nxdomain':
    case 'dns.nodata':
    case 'dns.servfail':
    case 'dns.refused':
    case 'dns.bogon':
    case 'dns.fakeip':
      return 'its address could not be found';
    case 'proxy.auth_required':
      return 'the proxy refused (407, it requires authentication)';
    case 'proxy.bad_gateway':
      return `the proxy refused (${f.code ?? 'error'})`;
    case 'proxy.down':
      return 'the proxy is not reachable';
    default:
      return f.phase === 'tls' ? `its certificate was not accepted (${f.code ?? f.cause})` : `the connection failed (${f.code ?? f.cause})`;
  }
}
