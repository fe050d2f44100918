/**
 * Apple System Status probe: fetch `config.statusFeedUrl` (bounded: deadline, AbortSignal, 2 MiB
 * cap — the real feed is tens of KiB) and parse it. Resolves with either the services or the
 * reason the feed is unreadable; never throws.
 */
import type { ProxyRoute } from '../seams';
import { type FeedService, parseStatusFeed } from './status-feed-parse';
import { httpGet } from './status-feed-http';

/** Cap on the feed body; a bigger answer is not Apple's feed (fault G7 in tests/engine/checks/status/apple-status-check.test.ts). */
export const STATUS_FEED_MAX_BYTES = 2 * 1024 * 1024;

export type StatusFeedResult =
  | { ok: true; url: string; services: FeedService[]; durationMs: number }
  | { ok: false; url: string; reason: string; code: string | null; httpStatus: number | null; durationMs: number };

export interface StatusFeedOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  route?: ProxyRoute;
  extraCaFile?: string | null;
  dnsServers?: readonly string[];
  mono: () => number;
}

/** Fetch and parse the feed. */
export async function fetchStatusFeed(url: string, opts: StatusFeedOptions): Promise<StatusFeedResult> {
  const t0 = opts.mono();
  const res = await httpGet(url, {
    method: 'GET',
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    maxBytes: STATUS_FEED_MAX_BYTES,
    route: opts.route,
    extraCaFile: opts.extraCaFile,
    dnsServers: opts.dnsServers,
    mono: opts.mono,
  });
  const durationMs = Math.round(opts.mono() - t0);
  const fail = (reason: string, code: string | null) => ({ ok: false as const, url, reason, code, httpStatus: res.status, durationMs });
  if (res.error) return fail(describeError(res.error), res.error);
  if (res.status !== 200) return fail(`the server answered HTTP ${res.status}`, `HTTP_${res.status}`);
  const parsed = parseStatusFeed(new TextDecoder('utf-8').decode(res.body));
  if (!parsed.ok) return fail(`the answer is ${parsed.reason}`, 'FEED_UNPARSEABLE');
  return { ok: true, url, services: parsed.services, durationMs };
}

function describeError(code: string): string {
  switch (code) {
    case 'TIMEOUT':
      return 'it did not answer in time';
    case 'ABORTED':
      return 'the check was cut short';
    case 'TOO_LARGE':
      return 'the answer was far too large to be the status feed';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'its address could not be found';
    case 'EXTRA_CA_UNREADABLE':
      return 'the extra certificate file could not be read';
    default:
      return code.startsWith('PROXY_') ? `the proxy refused (${code.slice(6)})` : `the connection failed (${code})`;
  }
}
