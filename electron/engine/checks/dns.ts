/**
 * DNS answers for Apple: per sign-in host, the system (or configured) answer vs a comparison
 * resolver, bogons, and bogons that verified TLS (genuine). fail `dns.fakeip`/`dns.bogon` for
 * bogons that did not verify, `dns.inconsistent` when the answers differ, the system's address
 * fails TLS and the comparison's verifies; the resolution cause when nothing resolves (warn when
 * only some hosts fail); pass otherwise. Reuses the endpoint measurements of the same run.
 */

import { pickCause } from '../../../shared/cause-info';
import type { Cause } from '../../../shared/causes';
import { isFakeIp } from '../probes/bogon';
import { type HostEvidence, hostEvidence } from '../probes/dns-compare';
import { resolverLabel } from '../probes/probe-env';
import { endpointResult } from '../probes/shared-results';
import type { CheckDefinition, CheckOutcome } from '../types';
import { couldNotRun, type NetworkEvidence, withProbeEnv } from './network-evidence';
import { type MessageArg, msg, say } from './say';

type Outcome = CheckOutcome<'dns'>;

export const dnsCheck: CheckDefinition<'dns', NetworkEvidence<HostEvidence[]>> = {
  id: 'dns',
  kind: 'network',
  measure: (ctx) =>
    withProbeEnv(ctx, (env) => {
      const seen = new Set<string>();
      const endpoints = ctx.config.endpoints.filter((ep) => !seen.has(ep.host.toLowerCase()) && seen.add(ep.host.toLowerCase()));
      return Promise.all(endpoints.map((ep) => hostEvidence(ep, endpointResult(ctx, env, ep), ctx.config.comparisonDnsServers, env)));
    }),
  judge: (e, config) =>
    e.ok
      ? judgeDns(e.value, resolverLabel(config.dnsServers), config.comparisonDnsServers.length ? resolverLabel(config.comparisonDnsServers) : null)
      : couldNotRun(e.error),
};

/** Outcome from the per-host evidence (pure). */
export function judgeDns(evidence: HostEvidence[], resolver: string, comparisonResolver: string | null): Outcome {
  const data = { resolver, comparisonResolver, hosts: evidence.map((e) => e.answer) };
  // Endpoints reached through a proxy never used this Mac's DNS for Apple (the proxy resolves):
  // their local answers are recorded but cannot explain or break sign-in.
  const direct = evidence.filter((e) => e.endpoint?.via.kind !== 'proxy');
  const total = direct.length;

  // 1. Bogons that did not verify: a blocklist, filter, captive DNS or a fake-IP proxy app.
  const bogus = direct.filter((e) => {
    const unverified = e.answer.bogons.filter((b) => !e.answer.verifiedBogons.includes(b));
    const genuine = e.endpoint?.phases.tls?.authorized === true;
    return unverified.length > 0 && !genuine;
  });
  if (bogus.length > 0) {
    const fake = bogus.some((e) => e.answer.bogons.some(isFakeIp));
    const cause: Cause = fake ? 'dns.fakeip' : 'dns.bogon';
    const list = bogus.map((e) => msg('checks.dns.host_answers', { host: e.answer.host, addresses: { list: e.answer.bogons, type: 'unit' } }));
    return { status: 'fail', cause, ...say('checks.dns.bogus', { fake: String(fake), list: { list, type: 'separate' } }), data };
  }

  // 2. Answers differ from the comparison resolver, and only the comparison's address is Apple's.
  const tampered = direct.filter((e) => e.comparisonVerifies === true);
  if (tampered.length > 0) {
    const list = tampered.map((e) =>
      msg('checks.dns.host_expected', {
        host: e.answer.host,
        addresses: { list: e.answer.system.addresses, type: 'unit' },
        expected: { list: e.answer.comparison?.addresses ?? [], type: 'unit' },
      }),
    );
    return {
      status: 'fail',
      cause: 'dns.inconsistent',
      ...say('checks.dns.tampered', { resolver: comparisonResolver ?? '', list: { list, type: 'separate' } }),
      data,
    };
  }

  // 3. Resolution failures.
  const failed = direct.filter((e) => e.answer.system.addresses.length === 0);
  if (failed.length > 0) {
    const cause = pickCause(failed.map((e) => e.answer.system.cause ?? 'dns.nodata'));
    const hosts: MessageArg = { list: failed.map((e) => e.answer.host), type: 'unit' };
    const title: MessageArg = cause ? { cause, inSentence: true } : msg('checks.dns.no_answer');
    if (failed.length === total) return { status: 'fail', cause, ...say('checks.dns.none_resolve', { resolver, cause: title }), data };
    return { status: 'warn', cause, ...say('checks.dns.some_fail', { failed: failed.length, total, hosts, cause: title }), data };
  }

  if (total === 0) return { status: 'pass', cause: null, ...say('checks.dns.via_proxy'), data };
  let agree = 'none';
  if (comparisonResolver) {
    const answered = direct.filter((e) => (e.answer.comparison?.addresses.length ?? 0) > 0);
    if (answered.length < direct.length) agree = 'partial';
    else if (direct.every((e) => e.answer.comparison?.addresses.some((a) => e.answer.system.addresses.includes(a)))) agree = 'agrees';
    else agree = 'differ';
  }
  return { status: 'pass', cause: null, ...say('checks.dns.ok', { total, resolver, agree, comparison: comparisonResolver ?? '' }), data };
}
