/** Builders for synthetic check results (verdict tests feed evidence, not networks). */
import type { Cause } from '../../shared/causes';
import { CHECK_META, type CheckId, type CheckStatus, type EndpointResult } from '../../shared/checks';
import type { CheckResult } from '../../shared/report';

export function result(id: CheckId, status: CheckStatus, cause: Cause | null = null, data: Record<string, unknown> = {}): CheckResult {
  return { id, title: CHECK_META[id].title, group: CHECK_META[id].group, status, cause, summary: '', durationMs: 5, data, fixes: [] };
}

export function endpoint(
  id: string,
  failure: { phase: 'dns' | 'tcp' | 'tls' | 'http' | 'proxy'; cause: Cause } | null,
  leaf?: { validFrom: string; validTo: string },
): EndpointResult {
  return {
    id,
    host: `${id}.apple.com`,
    port: 443,
    path: '/',
    address: '17.0.0.1',
    via: { kind: 'direct' },
    phases: {
      dns: null,
      tcp: null,
      tls: leaf
        ? {
            durationMs: 5,
            protocol: 'TLSv1.3',
            authorized: false,
            authorizationError: null,
            leafSubject: id,
            issuer: 'Apple',
            chain: [{ subject: id, issuer: 'Apple', fingerprint256: '', ...leaf }],
            expectedIssuer: true,
          }
        : null,
      http: null,
    },
    failure: failure ? { ...failure, code: null, message: '' } : null,
    totalMs: 50,
  };
}

/** The signin-endpoints result for a set of endpoint outcomes. */
export function signin(endpoints: EndpointResult[]): CheckResult {
  const ok = endpoints.filter((e) => !e.failure).length;
  const status: CheckStatus = ok === endpoints.length ? 'pass' : ok === 0 ? 'fail' : 'warn';
  const cause = endpoints.find((e) => e.failure)?.failure?.cause ?? null;
  return result('signin-endpoints', status, cause, { endpoints, reachable: ok, total: endpoints.length });
}

export const allOk = () => signin(['a', 'b', 'c', 'd'].map((id) => endpoint(id, null)));
export const allFail = (phase: 'dns' | 'tcp' | 'tls' | 'http' | 'proxy', cause: Cause, leaf?: { validFrom: string; validTo: string }) =>
  signin(['a', 'b', 'c', 'd'].map((id) => endpoint(id, { phase, cause }, leaf)));
