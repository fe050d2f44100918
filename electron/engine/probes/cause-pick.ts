/**
 * Choosing one cause out of several endpoint failures: the most common one, ties broken by how
 * much a cause explains (a proxy or DNS tampering explains the TLS/TCP symptoms that follow it).
 */
import { CAUSE_TEXT } from '../../../shared/cause-text';
import { type Cause } from '../../../shared/causes';

/** Most explanatory first. Causes not listed rank after all listed ones. */
const EXPLANATORY: Cause[] = [
  'proxy.auth_required',
  'proxy.down',
  'proxy.bad_gateway',
  'proxy.timeout',
  'dns.fakeip',
  'dns.bogon',
  'dns.inconsistent',
  'tls.intercepted',
  'captive.detected',
  'tls.hostname',
  'tls.not_tls',
  'http.redirect',
  'tls.untrusted',
  'tls.not_yet_valid',
  'tls.expired',
  'tls.revoked',
  'tls.protocol',
  'tls.reset',
  'tls.closed',
  'dns.nxdomain',
  'dns.nodata',
  'dns.servfail',
  'dns.refused',
  'dns.unreachable',
  'dns.badresp',
  'dns.timeout',
  'tcp.refused',
  'tcp.reset',
  'tcp.unreachable',
  'tcp.timeout',
  'tls.timeout',
  'http.server_error',
  'http.rate_limited',
  'http.timeout',
  'http.truncated',
  'http.unexpected',
];

const rank = (c: Cause): number => {
  const i = EXPLANATORY.indexOf(c);
  return i < 0 ? EXPLANATORY.length : i;
};

/** The cause to report for a set of failure causes (null when there is none). */
export function pickCause(causes: readonly Cause[]): Cause | null {
  const counts = new Map<Cause, number>();
  for (const c of causes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: Cause | null = null;
  for (const [c, n] of counts) {
    if (best === null) best = c;
    else {
      const bn = counts.get(best) ?? 0;
      if (n > bn || (n === bn && rank(c) < rank(best))) best = c;
    }
  }
  return best;
}

/** Short plain-language label of a cause, for summaries. */
export function causeTitle(c: Cause): string {
  return CAUSE_TEXT[c].title;
}
