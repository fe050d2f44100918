/**
 * Captive-portal probe, the way macOS does it: a plain GET of captive.apple.com/hotspot-detect.html,
 * redirects NOT followed; a free network answers 200 with Apple's exact "Success" page
 * (revk.uk "Captive portals (apple)"; captive.apple.com is listed in support.apple.com/101555).
 * Direct (no proxy), through the same resolver as the other probes.
 * Never throws.
 */
import type { CaptivePortalData } from '../../../shared/checks';
import type { ProbeEnv } from './probe-env';
import { fetchUrl } from './url-fetch';

/** A portal page worth quoting fits in this; the rest is dropped (fault H9 in tests/engine/faults/http-faults.test.ts). */
const CAPTIVE_CAP_BYTES = 64 * 1024;

/** Apple's Success page (compared ignoring case and whitespace). */
export const SUCCESS_PAGE = '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>';
const norm = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/** Is `body` Apple's Success page (tolerant of whitespace and case)? */
export function isSuccessPage(body: string | null): boolean {
  return body !== null && norm(body) === norm(SUCCESS_PAGE);
}

/** Text-only excerpt of a page for the report: tags dropped, whitespace collapsed, ≤ 200 chars. */
export function snippetOf(body: string | null): string | null {
  if (!body) return null;
  const text = body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 200) : null;
}

/** Probe `url` (always direct, as macOS does). The result's `failure` is set only when no HTTP answer was obtained. */
export async function probeCaptive(url: string, env: ProbeEnv): Promise<CaptivePortalData> {
  const data: CaptivePortalData = { url, status: null, location: null, success: false, snippet: null, failure: null };
  const res = await fetchUrl(url, env, { route: { kind: 'direct' }, capBytes: CAPTIVE_CAP_BYTES, keepBody: true });
  data.status = res.status;
  data.location = res.phases.http?.location ?? null;
  if (data.status === null) return { ...data, failure: res.failure };
  data.success = data.status === 200 && res.complete && isSuccessPage(res.body);
  data.snippet = data.success ? null : snippetOf(res.body);
  return data;
}
