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
import { DeadlineError, ms, phaseDeadline } from '../deadline';
import { classifyTlsError, classifyVerifyError, rawError } from './classify';

export interface TlsOptions {
  servername: string;
  /** The run's trust store; null = Node's built-in roots (no per-connection parsing at all). */
  secureContext: tls.SecureContext | null;
  /**
   * Issuer names a genuine Apple chain has; a verified chain from anyone else is `tls.intercepted`.
   * null = do not judge the issuer (fetches whose answer matters, not who signed it).
   */
  expectedIssuers: readonly string[] | null;
  timeoutMs: number;
  signal: AbortSignal;
  mono(): number;
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
  const secure = tls.connect({
    socket,
    // SNI carries host names only (RFC 6066 §3: "Literal IPv4 and IPv6 addresses are not
    // permitted"); Node warns DEP0123 for an IP literal. The certificate is still checked against it.
    ...(net.isIP(opts.servername) ? {} : { servername: opts.servername }),
    ...(opts.secureContext ? { secureContext: opts.secureContext } : {}),
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
  });
  const outcome = await new Promise<{ ok: true } | { ok: false; err: unknown }>((resolve) => {
    const onAbort = (): void => resolve({ ok: false, err: deadline.signal.reason });
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', () => resolve({ ok: true }));
    secure.once('error', (err) => resolve({ ok: false, err }));
    // A FIN before the handshake surfaces as 'error' (ECONNRESET) in Node 20; 'close' is a backstop.
    secure.once('close', () => resolve({ ok: false, err: Object.assign(new Error('closed before handshake'), { code: 'ECONNRESET' }) }));
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
  };
  if (!outcome.ok) {
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

  // One peer-certificate read per handshake: each call copies and re-decodes the whole chain in
  // OpenSSL 3 (~0.35 ms of CPU per certificate here), so the leaf is taken from the walked chain.
  const chain = peerChain(secure);
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
    secure.destroy();
    return { phase, socket: null, failure };
  }
  return { phase, socket: secure, failure: null };
}

type PeerCert = tls.DetailedPeerCertificate;

/** Walk the peer chain (leaf first) until the self-signed root or a repeat. */
function peerChain(socket: tls.TLSSocket): { raw: PeerCert[]; summaries: CertSummary[] } {
  const raw: PeerCert[] = [];
  let cert: PeerCert | undefined = socket.getPeerCertificate(true);
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
