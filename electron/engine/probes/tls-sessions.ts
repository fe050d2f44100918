/**
 * TLS session resumption for the monitor's repeated checks (RFC 8446 §2.2). A full handshake
 * costs this process about twice the CPU of a resumed one (certificate chain decoded twice by Node,
 * signatures verified), and the monitor re-checks the same Apple hosts every few minutes.
 *
 * What a resumed handshake still proves: DNS, the route and the port work, and the server holds
 * the key of a session that an earlier FULL handshake verified (trusted chain, right host name,
 * an issuer Apple uses). An interceptor that appears later (captive portal, TLS-inspecting proxy)
 * cannot decrypt the ticket, so the handshake falls back to a full one and its certificate is
 * judged as usual. What it skips is re-reading the chain, so a session is offered only while:
 *  - the chain it verified is valid at the Mac's current time (a clock that jumps outside the
 *    certificates' dates gets a full handshake, and fails exactly as sign-in would);
 *  - it is younger than MAX_AGE_MS (browsers cap resumption similarly; Chromium keeps TLS 1.3
 *    sessions for at most a week, RFC 8446 §4.6.1 caps ticket lifetimes at 7 days — we re-verify
 *    far more often);
 *  - the same trust store is in use (the key includes it).
 * Only sessions of handshakes that passed every judgement are stored; any failure forgets the key.
 */
import type tls from 'node:tls';
import type { CertSummary } from '../../../shared/checks';
import type { CachedSession, TlsSessionCache } from '../seams';

export type { CachedSession, TlsSessionCache, VerifiedChain } from '../seams';

/** Re-verify the chain with a full handshake at least this often. */
export const MAX_AGE_MS = 60 * 60_000;
/** Hosts × ports × trust stores a run touches are few; the cap only guards against misuse. */
const MAX_ENTRIES = 64;

/** True when every certificate of `chain` is within its validity dates at `nowMs` (pure). */
export function chainValidAt(chain: readonly CertSummary[], nowMs: number): boolean {
  if (chain.length === 0) return false;
  return chain.every((c) => {
    const from = Date.parse(c.validFrom);
    const to = Date.parse(c.validTo);
    return Number.isFinite(from) && Number.isFinite(to) && from <= nowMs && nowMs <= to;
  });
}

/** A fresh, empty cache (one per engine deps: the monitor's runs share it, a CLI run has its own). */
export function createTlsSessionCache(): TlsSessionCache {
  const entries = new Map<string, CachedSession>();
  return {
    offer(key, nowMs) {
      const e = entries.get(key);
      if (!e) return null;
      const age = nowMs - e.verifiedAt;
      if (age < 0 || age > MAX_AGE_MS || !chainValidAt(e.chain, nowMs)) {
        entries.delete(key);
        return null;
      }
      return e;
    },
    store(key, entry) {
      entries.delete(key);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
    },
    forget: (key) => void entries.delete(key),
  };
}

const contextIds = new WeakMap<tls.SecureContext, number>();
let nextContextId = 1;

/** The cache key of `host:port` under a trust store (null = Node's built-in roots). */
export function sessionKey(host: string, port: number, secureContext: tls.SecureContext | null): string {
  let trust = 0;
  if (secureContext) {
    trust = contextIds.get(secureContext) ?? nextContextId++;
    contextIds.set(secureContext, trust);
  }
  return `${host.toLowerCase()}:${port}:${trust}`;
}
