/**
 * DNS phase: configured resolvers through c-ares (`dns.Resolver`, `{timeout, tries: 1}` — the
 * defaults — 4 tries per @types/node dns.d.ts — took 29 s to give up on a black-holed server,
 * measured on loopback with Node 20 / c-ares 1.34; fault D5 in tests/engine/faults/dns-faults.test.ts),
 * or the system resolver (`dns.lookup`, getaddrinfo) raced against our own deadline because it
 * has no timeout (nodejs/node#62503). Never throws.
 */
import dns from 'node:dns';
import net from 'node:net';
import type { Cause } from '../../../shared/causes';
import type { DnsPhase, EndpointFailure } from '../../../shared/checks';
import { type Abortable, DeadlineError, ms, phaseDeadline, raceSignal } from '../deadline';
import { bogonsOf } from './bogon';
import { classifyDnsError, rawError } from './classify';
import { type LookupAll, resolverLabel } from './probe-env';

export interface ResolveOptions {
  /** "ip:port" servers; empty = system resolver. */
  servers: readonly string[];
  timeoutMs: number;
  signal: Abortable;
  mono(): number;
  lookup?: LookupAll;
}

export interface ResolveOutcome {
  phase: DnsPhase;
  failure: EndpointFailure | null;
}

const systemLookup: LookupAll = (host) => dns.promises.lookup(host, { all: true, family: 0, order: 'verbatim' });

/** Resolve `host` to all its addresses (A and AAAA). */
export async function resolveHost(host: string, opts: ResolveOptions): Promise<ResolveOutcome> {
  const t0 = opts.mono();
  const label = resolverLabel(opts.servers);
  const done = (addresses: string[], failure: EndpointFailure | null): ResolveOutcome => ({
    phase: { durationMs: ms(opts.mono() - t0), resolver: label, addresses, bogons: bogonsOf(addresses) },
    failure,
  });
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(bare)) return done([bare], null);

  const deadline = phaseDeadline(opts.timeoutMs, opts.signal);
  try {
    const addresses = opts.servers.length
      ? await resolveWithServers(bare, opts.servers, opts.timeoutMs, deadline.signal)
      : await raceSignal(
          (opts.lookup ?? systemLookup)(bare).then((r) => r.map((a) => a.address)),
          deadline.signal,
        );
    if (addresses.length === 0) return done([], failure('dns.nodata', 'ENODATA', `no address for ${bare}`));
    return done(uniq(addresses), null);
  } catch (err) {
    if (err instanceof DeadlineError) {
      return done([], failure('dns.timeout', null, `${label === 'system' ? 'the system resolver' : label} gave no answer within ${opts.timeoutMs} ms`));
    }
    const raw = rawError(err);
    return done([], failure(classifyDnsError(raw.code), raw.code, raw.message));
  } finally {
    deadline.dispose();
  }
}

/**
 * Idle c-ares channels by "timeout|servers", reused across lookups and runs: a new `dns.Resolver`
 * initialises a c-ares channel (system configuration read, sockets set up), which was the
 * largest single cost of a healthy monitor cycle in a CPU profile. Reuse is only safe where
 * Node turns c-ares's own answer cache off (`qcache_max_ttl = 0`, `channelsForgetAnswers` below;
 * c-ares 1.31+ otherwise caches answers up to an hour, which would turn a DNS outage into a false
 * green); tests/engine/probes/resolver-pool.test.ts counts the queries on the
 * wire. A channel goes back only after a clean answer: one that timed out, was cancelled or saw a
 * server error is dropped, so c-ares's per-server failure ranking never carries into the next
 * lookup and every run asks the configured servers in their configured order.
 */
const idleChannels = new Map<string, dns.promises.Resolver[]>();
const MAX_IDLE_PER_KEY = 4;
const MAX_KEYS = 16;

/**
 * Whether Node `version` (`process.versions.node`) turns c-ares's answer cache off, i.e. whether a
 * channel may be reused at all. Node's 20.x and 22.x lines took c-ares 1.31+ with that cache on by
 * default (nodejs/node#57636); the fix (nodejs/node#57640) is in 20.19.1, 22.15.0 and 24.0.0.
 * Anything older, and the short-lived odd-numbered lines, gets a new channel per lookup: dearer,
 * never stale. `engines` admits 20.19.0, and `npm` only warns about engines anyway.
 */
export function channelsForgetAnswers(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  if (major >= 24) return true;
  if (major === 22) return minor >= 15;
  if (major === 20) return minor > 19 || (minor === 19 && patch >= 1);
  return false;
}

const REUSE = channelsForgetAnswers(process.versions.node);

function takeChannel(key: string, servers: readonly string[], timeoutMs: number): dns.promises.Resolver {
  const reused = REUSE ? idleChannels.get(key)?.pop() : undefined;
  if (reused) return reused;
  const resolver = new dns.promises.Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([...servers]);
  return resolver;
}

function giveBack(key: string, resolver: dns.promises.Resolver): void {
  if (!REUSE) return;
  let list = idleChannels.get(key);
  if (!list) {
    if (idleChannels.size >= MAX_KEYS) idleChannels.clear();
    list = [];
    idleChannels.set(key, list);
  }
  if (list.length < MAX_IDLE_PER_KEY) list.push(resolver);
}

/** The server's answer ("no such name", "no record of that type"), not a failure to get one. */
const isAnswer = (reason: unknown): boolean => {
  const cause = classifyDnsError(rawError(reason).code);
  return cause === 'dns.nxdomain' || cause === 'dns.nodata';
};

async function resolveWithServers(host: string, servers: readonly string[], timeoutMs: number, signal: Abortable): Promise<string[]> {
  const key = `${timeoutMs}|${servers.join(',')}`;
  const resolver = takeChannel(key, servers, timeoutMs);
  let clean = false;
  // c-ares keeps its own timers (quantised ticks): cancel outstanding queries at our deadline.
  const onAbort = (): void => resolver.cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const settled = await raceSignal(Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]), signal);
    clean = settled.every((r) => r.status === 'fulfilled' || isAnswer(r.reason));
    const [a, aaaa] = settled;
    const addresses = [...(a.status === 'fulfilled' ? a.value : []), ...(aaaa.status === 'fulfilled' ? aaaa.value : [])];
    if (addresses.length > 0) return addresses;
    // Both failed (or answered nothing). A's error explains more, unless it only says "no A record".
    const errA = a.status === 'rejected' ? rawError(a.reason) : null;
    const errAaaa = aaaa.status === 'rejected' ? rawError(aaaa.reason) : null;
    if (errA && errA.code === 'ENODATA' && errAaaa && errAaaa.code !== 'ENODATA') throw aaaa.status === 'rejected' ? aaaa.reason : null;
    if (a.status === 'rejected') throw a.reason;
    return [];
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (clean && !signal.aborted) giveBack(key, resolver);
    else resolver.cancel();
  }
}

function failure(cause: Cause, code: string | null, message: string): EndpointFailure {
  return { phase: 'dns', cause, code, message };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
