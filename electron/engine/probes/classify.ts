/**
 * Node error → cause, per phase. Classify by structured code first, message text last (OONI's rule,
 * ooni/probe-cli internal/netxlite/classify.go); every mapping below was measured on loopback
 * (Node 20, OpenSSL 3.0) and is pinned by the fault tests in tests/engine/faults/.
 */
import type { Cause } from '../../../shared/causes';

/** A Node/OpenSSL error reduced to what classification needs. */
export interface RawError {
  code: string | null;
  syscall: string | null;
  message: string;
}

/** Reduce anything thrown to a RawError. AggregateErrors keep their first member's code. */
export function rawError(err: unknown): RawError {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; syscall?: unknown; message?: unknown; errors?: unknown };
    if (Array.isArray(e.errors) && e.errors.length > 0 && !e.code) return rawError(e.errors[0]);
    return {
      code: typeof e.code === 'string' ? e.code : typeof e.code === 'number' ? String(e.code) : null,
      syscall: typeof e.syscall === 'string' ? e.syscall : null,
      message: typeof e.message === 'string' ? e.message : String(err),
    };
  }
  return { code: null, syscall: null, message: String(err) };
}

/** Flatten nested AggregateErrors (Node ≥ 20 happy eyeballs, nodejs/node#54359) into leaf errors. */
export function flattenErrors(err: unknown): unknown[] {
  const e = err as { errors?: unknown } | null;
  if (e && typeof e === 'object' && Array.isArray(e.errors) && e.errors.length > 0) return e.errors.flatMap(flattenErrors);
  return [err];
}

/** Resolver / getaddrinfo error code → dns cause. */
export function classifyDnsError(code: string | null): Cause {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
      return 'dns.nxdomain';
    case 'ENODATA':
    case 'EAI_NODATA':
      return 'dns.nodata';
    case 'ESERVFAIL':
    case 'EAI_FAIL':
      return 'dns.servfail';
    case 'EREFUSED':
      return 'dns.refused';
    case 'ECONNREFUSED':
      return 'dns.unreachable';
    case 'EBADRESP':
    case 'EFORMERR':
    case 'EBADNAME':
    case 'EBADQUERY':
      return 'dns.badresp';
    default:
      // ETIMEOUT (c-ares), EAI_AGAIN (getaddrinfo "temporary failure"), CANCELLED and our deadline.
      return 'dns.timeout';
  }
}

/** TCP connect error code → tcp cause. */
export function classifyTcpError(code: string | null): Cause {
  switch (code) {
    case 'ECONNREFUSED':
      return 'tcp.refused';
    case 'ECONNRESET':
    case 'ECONNABORTED':
    case 'EPIPE':
      return 'tcp.reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
    case 'EHOSTDOWN':
      return 'tcp.unreachable';
    default:
      // ETIMEDOUT (kernel), ERR_SOCKET_CONNECTION_TIMEOUT, our deadline.
      return 'tcp.timeout';
  }
}

const UNTRUSTED_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
]);

/** Certificate verification code (`authorizationError`) → tls cause. */
export function classifyVerifyError(code: string): Cause {
  if (code === 'CERT_HAS_EXPIRED' || code === 'ERROR_IN_CERT_NOT_AFTER_FIELD') return 'tls.expired';
  if (code === 'CERT_NOT_YET_VALID' || code === 'ERROR_IN_CERT_NOT_BEFORE_FIELD') return 'tls.not_yet_valid';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') return 'tls.hostname';
  if (code === 'CERT_REVOKED') return 'tls.revoked';
  if (UNTRUSTED_CODES.has(code)) return 'tls.untrusted';
  // Anything else OpenSSL refuses to verify is, for the user, a certificate this Mac does not trust.
  return 'tls.untrusted';
}

/** Error during the TLS handshake (before secureConnect) → tls cause. */
export function classifyTlsError(raw: RawError): Cause {
  const { code, message } = raw;
  if (code === 'ECONNRESET') {
    // "read ECONNRESET": RST after our ClientHello (SNI filter); otherwise a FIN before the
    // handshake: "Client network socket disconnected before secure TLS connection was established".
    return raw.syscall === 'read' || raw.syscall === 'write' ? 'tls.reset' : 'tls.closed';
  }
  if (code === 'EPIPE') return 'tls.reset';
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number/i.test(message)) return 'tls.not_tls';
  if (code === 'ERR_TLS_HANDSHAKE_TIMEOUT' || code === 'ETIMEDOUT') return 'tls.timeout';
  if (code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' || code === 'ERR_SSL_RECORD_LENGTH_MISMATCH' || /packet length too long|http request/i.test(message))
    return 'tls.not_tls';
  if (code?.startsWith('ERR_SSL_') || code === 'EPROTO') return 'tls.protocol';
  if (code && classifyTcpError(code) === 'tcp.unreachable') return 'tls.closed';
  return 'tls.protocol';
}

/** Is `host` Apple's (apple.com, *.apple.com, *.cdn-apple.com, icloud.com, *.icloud.com)? */
export function isAppleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return ['apple.com', 'cdn-apple.com', 'icloud.com'].some((d) => h === d || h.endsWith(`.${d}`));
}
