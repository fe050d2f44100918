/**
 * TLS phase over an already connected socket. SNI and hostname verification use the REAL
 * hostname (even when the address is 127.0.0.1 in tests). We connect with
 * `rejectUnauthorized: false` and judge the result ourselves, so the chain is captured even when
 * verification fails (as OONI keeps peer certificates, ooni/probe-cli internal/measurexlite/tls.go).
 * Never throws.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { CertSummary, EndpointFailure, TlsPhase } from '../../../shared/checks';
import { type Abortable, DeadlineError, ms, phaseDeadline } from '../deadline';
import { classifyTlsError, classifyVerifyError, rawError } from './classify';
import type { TlsSessionCache, VerifiedChain } from './tls-sessions';

export interface TlsOptions {
  servername: string;
  /** The run's trust store; null = a context on Node's built-in roots made by `tls.connect` for this connection. */
  secureContext: tls.SecureContext | null;
  /**
   * Issuer names a genuine Apple chain has; a verified chain from anyone else is `tls.intercepted`.
   * null = do not judge the issuer (fetches whose answer matters, not who signed it).
   */
  expectedIssuers: readonly string[] | null;
  timeoutMs: number;
  signal: Abortable;
  mono(): number;
  /** Offer and keep resumable sessions under `key` (tls-sessions.ts); absent = always a full handshake. */
  resume?: { cache: TlsSessionCache; key: string; now(): number };
}

export interface TlsOutcome {
  phase: TlsPhase;
  socket: tls.TLSSocket | null;
  failure: EndpointFailure | null;
}

/** Run the handshake on `socket`. On failure both sockets are destroyed. */
export async function tlsHandshake(socket: Duplex, opts: TlsOptions): Promise<TlsOutcome> {
  const t0 = opts.mono();
  const deadline = phaseDeadline(opts.timeoutMs, opts.signal);
  const offered = opts.resume ? opts.resume.cache.offer(opts.resume.key, opts.resume.now()) : null;
  // Node decodes the whole peer chain for its own host-name check (lib/_tls_wrap.js onConnectSecure
  // calls getPeerCertificate(true), ~0.35 ms of CPU per certificate in OpenSSL 3); keep that object
  // instead of decoding the chain a second time below.
  let nodeChain: PeerCert | null = null;
  const secure = tls.connect({
    socket,
    // SNI carries host names only (RFC 6066 §3: "Literal IPv4 and IPv6 addresses are not
    // permitted"); Node warns DEP0123 for an IP literal. The certificate is still checked against it.
    ...(net.isIP(opts.servername) ? {} : { servername: opts.servername }),
    ...(opts.secureContext ? { secureContext: opts.secureContext } : {}),
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
    ...(offered ? { session: offered.session } : {}),
    checkServerIdentity: (host, cert) => {
      nodeChain = cert as PeerCert;
      return tls.checkServerIdentity(host, cert);
    },
  });
  // TLS 1.3 tickets arrive after the handshake (RFC 8446 §4.6.1): kept once the chain is judged good.
  let ticket: Buffer | null = null;
  let keep: ((session: Buffer) => void) | null = null;
  if (opts.resume) {
    secure.on('session', (session: Buffer) => {
      ticket = session;
      keep?.(session);
    });
  }
  let settled = false;
  const outcome = await new Promise<{ ok: true } | { ok: false; err: unknown }>((resolve) => {
    const settle = (o: { ok: true } | { ok: false; err: unknown }): void => {
      settled = true;
      resolve(o);
    };
    deadline.signal.addEventListener('abort', () => settle({ ok: false, err: deadline.signal.reason }), { once: true });
    secure.once('secureConnect', () => settle({ ok: true }));
    secure.once('error', (err) => settle({ ok: false, err }));
    // A FIN before the handshake surfaces as 'error' (ECONNRESET) in Node 20; 'close' is a backstop.
    // It also fires on every good connection once it is closed: the Error (with its stack, ~30 µs
    // of CPU) is only made while the handshake is still open.
    secure.once('close', () => {
      if (!settled) settle({ ok: false, err: Object.assign(new Error('closed before handshake'), { code: 'ECONNRESET' }) });
    });
  });
  // The handshake is over at 'secureConnect': reading and judging the peer chain below is our CPU,
  // not the network's, and stays out of the phase.
  const durationMs = ms(opts.mono() - t0);
  deadline.dispose();
  secure.on('error', () => {});

  const empty: TlsPhase = {
    durationMs,
    protocol: null,
    authorized: false,
    authorizationError: null,
    leafSubject: null,
    issuer: null,
    chain: [],
    expectedIssuer: false,
    resumed: false,
  };
  if (!outcome.ok) {
    if (opts.resume) opts.resume.cache.forget(opts.resume.key);
    secure.destroy();
    socket.destroy();
    if (outcome.err instanceof DeadlineError) {
      return {
        phase: empty,
        socket: null,
        failure: { phase: 'tls', cause: 'tls.timeout', code: null, message: `handshake not finished within ${opts.timeoutMs} ms` },
      };
    }
    const raw = rawError(outcome.err);
    return { phase: empty, socket: null, failure: { phase: 'tls', cause: classifyTlsError(raw), code: raw.code, message: raw.message } };
  }

  if (offered && secure.isSessionReused() && secure.authorized) {
    // The server resumed a session whose chain a full handshake verified: report that chain.
    return {
      phase: { durationMs, authorized: true, authorizationError: null, ...resumedFacts(offered, secure), resumed: true },
      socket: secure,
      failure: null,
    };
  }
  // One peer-certificate read per handshake: the chain Node decoded for its own check when the
  // chain verified, else (Node skips its check then) one read here; the leaf comes from that walk.
  const chain = peerChain(secure, nodeChain);
  const leaf = chain.raw[0] ?? ({} as PeerCert);
  const expectedIssuer = opts.expectedIssuers !== null && chainHasExpectedIssuer(chain.raw, opts.expectedIssuers);
  // Node runs checkServerIdentity only when the chain verifies; run it ourselves to record it.
  const hostError = secure.authorized ? null : (tls.checkServerIdentity(opts.servername, leaf) ?? null);
  const authorizationError = secure.authorized ? null : String(secure.authorizationError ?? (hostError as { code?: string } | null)?.code ?? 'UNKNOWN');
  const phase: TlsPhase = {
    durationMs,
    protocol: secure.getProtocol() ?? null,
    authorized: secure.authorized,
    authorizationError,
    leafSubject: chain.summaries[0]?.subject ?? null,
    issuer: chain.summaries[0]?.issuer ?? null,
    chain: chain.summaries,
    expectedIssuer,
    resumed: false,
  };
  let failure: EndpointFailure | null = null;
  if (!secure.authorized) {
    failure = {
      phase: 'tls',
      cause: classifyVerifyError(authorizationError ?? ''),
      code: authorizationError,
      message: `certificate for ${opts.servername} not accepted: ${authorizationError} (issuer: ${phase.issuer ?? 'unknown'})`,
    };
  } else if (opts.expectedIssuers !== null && !expectedIssuer) {
    // Verifies (the interception root is trusted on this Mac) but nobody Apple uses issued it.
    failure = {
      phase: 'tls',
      cause: 'tls.intercepted',
      code: null,
      message: `certificate for ${opts.servername} issued by "${phase.issuer ?? 'unknown'}", not by a CA Apple uses`,
    };
  }
  if (failure) {
    if (opts.resume) opts.resume.cache.forget(opts.resume.key);
    secure.destroy();
    return { phase, socket: null, failure };
  }
  if (opts.resume) {
    const { cache, key, now } = opts.resume;
    const verified: VerifiedChain = {
      protocol: phase.protocol,
      leafSubject: phase.leafSubject,
      issuer: phase.issuer,
      chain: phase.chain,
      expectedIssuer,
    };
    keep = (session) => cache.store(key, { ...verified, session, verifiedAt: now() });
    if (ticket) keep(ticket);
  }
  return { phase, socket: secure, failure: null };
}

/** The phase facts of a resumed session: the verified chain's, with this connection's protocol. */
function resumedFacts(offered: VerifiedChain, secure: tls.TLSSocket): Omit<TlsPhase, 'durationMs' | 'authorized' | 'authorizationError' | 'resumed'> {
  return {
    protocol: secure.getProtocol() ?? offered.protocol,
    leafSubject: offered.leafSubject,
    issuer: offered.issuer,
    chain: offered.chain,
    expectedIssuer: offered.expectedIssuer,
  };
}

type PeerCert = tls.DetailedPeerCertificate;

/** Walk the peer chain (leaf first) until the self-signed root or a repeat. */
function peerChain(socket: tls.TLSSocket, decoded: PeerCert | null): { raw: PeerCert[]; summaries: CertSummary[] } {
  const raw: PeerCert[] = [];
  let cert: PeerCert | undefined = decoded ?? socket.getPeerCertificate(true);
  const seen = new Set<string>();
  while (cert && Object.keys(cert).length > 0 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    raw.push(cert);
    cert = cert.issuerCertificate;
  }
  return { raw, summaries: raw.map(summarise) };
}

/** "CN=…, O=…" from a certificate name object (values may be arrays for multi-valued RDNs). */
export function formatName(name: Record<string, string | string[] | undefined> | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(' + ') : v}`)
    .join(', ');
}

function isoDate(s: string): string {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

function summarise(c: PeerCert): CertSummary {
  return {
    subject: formatName(c.subject as unknown as Record<string, string>),
    issuer: formatName(c.issuer as unknown as Record<string, string>),
    validFrom: isoDate(c.valid_from),
    validTo: isoDate(c.valid_to),
    fingerprint256: c.fingerprint256,
  };
}

/**
 * Does any certificate come from an expected issuer? We look at the ISSUER name (O or CN) of every
 * certificate — never the leaf's subject, which names the Apple host itself and would match "Apple".
 */
export function chainHasExpectedIssuer(chain: readonly PeerCert[], expected: readonly string[]): boolean {
  const wanted = expected.map((e) => e.toLowerCase());
  const values = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return chain.some((c) => {
    const issuer = c.issuer as unknown as Record<string, string | string[] | undefined>;
    const names = [...values(issuer?.O), ...values(issuer?.CN)].map((n) => n.toLowerCase());
    return names.some((n) => wanted.some((w) => n.includes(w)));
  });
}
