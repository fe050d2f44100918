/**
 * Network-family codes found inside Apple daemons' log lines: Foundation's `NSURLErrorDomain`
 * (CFNetwork's `kCFErrorDomainCFNetwork` carries the same numbers), CFStream `[domain:code]`
 * pairs, SecureTransport `errSSL*`, and the legacy CSSM trust codes apsd surfaces. These are
 * reproducible: the live checks measure the same network.
 */
import type { CodeTable } from './types';

/** Foundation NSURLError.h (macOS 10.14 SDK). */
const NSURL_SOURCE =
  'https://github.com/phracker/MacOSX-SDKs/blob/master/MacOSX10.14.sdk/System/Library/Frameworks/Foundation.framework/Versions/C/Headers/NSURLError.h';
/** Security SecBase.h (macOS 11.3 SDK), errSSL* comments. */
const SSL_SOURCE =
  'https://github.com/phracker/MacOSX-SDKs/blob/master/MacOSX11.3.sdk/System/Library/Frameworks/Security.framework/Versions/A/Headers/SecBase.h';
/** apsd trust-evaluation codes under DTrace. */
const CSSM_SOURCE = 'https://github.com/mfrister/pushproxy/blob/master/doc/debug-cert-verification-dtrace.md';

const n = (name: string, meaning: string, cause: CodeTable[number]['cause'], family: 'network' | 'info' = 'network') => ({
  name: `NSURLError${name}`,
  meaning,
  cause,
  family,
  source: NSURL_SOURCE,
});

/** NSURLErrorDomain / kCFErrorDomainCFNetwork. */
export const NSURL_ERRORS: CodeTable = Object.freeze({
  [-999]: n('Cancelled', 'The request was cancelled.', null, 'info'),
  [-1000]: n('BadURL', 'The address was malformed.', null, 'info'),
  [-1001]: n('TimedOut', 'The request timed out.', 'tcp.timeout'),
  [-1003]: n('CannotFindHost', 'A server with that name could not be found (DNS).', 'dns.nxdomain'),
  [-1004]: n('CannotConnectToHost', 'The server could not be connected to.', 'tcp.refused'),
  [-1005]: n('NetworkConnectionLost', 'The network connection was lost mid-request.', 'tcp.reset'),
  [-1006]: n('DNSLookupFailed', 'The DNS lookup failed.', 'dns.servfail'),
  [-1009]: n('NotConnectedToInternet', 'The Mac was offline.', 'net.offline'),
  [-1011]: n('BadServerResponse', 'The server sent a bad answer.', 'http.unexpected'),
  [-1012]: n('UserCancelledAuthentication', 'An authentication request was cancelled.', null, 'info'),
  [-1013]: n('UserAuthenticationRequired', 'The server (or a proxy) asked for credentials.', null),
  [-1017]: n('CannotParseResponse', 'The server’s answer could not be read.', 'http.unexpected'),
  [-1018]: n('InternationalRoamingOff', 'Roaming data is off.', 'net.offline'),
  [-1020]: n('DataNotAllowed', 'Data use is not allowed on this connection.', 'net.offline'),
  [-1022]: n('AppTransportSecurityRequiresSecureConnection', 'A plain-HTTP request was refused by App Transport Security.', null, 'info'),
  [-1200]: n('SecureConnectionFailed', 'A secure (TLS) connection could not be made.', 'tls.protocol'),
  [-1201]: n('ServerCertificateHasBadDate', 'The server’s certificate is expired or not yet valid (or this Mac’s clock is wrong).', 'tls.expired'),
  [-1202]: n('ServerCertificateUntrusted', 'The server’s certificate is not trusted.', 'tls.untrusted'),
  [-1203]: n('ServerCertificateHasUnknownRoot', 'The server’s certificate comes from an unknown authority.', 'tls.untrusted'),
  [-1204]: n('ServerCertificateNotYetValid', 'The server’s certificate is not valid yet (or this Mac’s clock is behind).', 'tls.not_yet_valid'),
  [-1205]: n('ClientCertificateRejected', 'The server rejected the client certificate.', 'tls.protocol'),
  [-1206]: n('ClientCertificateRequired', 'The server requires a client certificate.', 'tls.protocol'),
  [-2000]: n('CannotLoadFromNetwork', 'The request could not be loaded from the network.', null),
});

const s = (name: string, meaning: string, cause: CodeTable[number]['cause']) => ({
  name: `errSSL${name}`,
  meaning,
  cause,
  family: 'network' as const,
  source: SSL_SOURCE,
});

/** SecureTransport errSSL* (kCFStreamErrorDomainSSL = 3). */
export const SSL_ERRORS: CodeTable = Object.freeze({
  [-9800]: s('Protocol', 'TLS protocol error.', 'tls.protocol'),
  [-9801]: s('Negotiation', 'No cipher suite in common.', 'tls.protocol'),
  [-9802]: s('FatalAlert', 'Fatal alert; CFNetwork also prints it when trust evaluation failed.', 'tls.untrusted'),
  [-9806]: s('ClosedAbort', 'The connection was closed by an error.', 'tls.closed'),
  [-9807]: s('XCertChainInvalid', 'Invalid certificate chain.', 'tls.untrusted'),
  [-9808]: s('BadCert', 'Bad certificate format.', 'tls.untrusted'),
  [-9812]: s('UnknownRootCert', 'Valid chain, untrusted root.', 'tls.untrusted'),
  [-9813]: s('NoRootCert', 'Certificate chain not verified by a root.', 'tls.untrusted'),
  [-9814]: s('CertExpired', 'The chain has an expired certificate.', 'tls.expired'),
  [-9815]: s('CertNotYetValid', 'The chain has a certificate that is not valid yet.', 'tls.not_yet_valid'),
  [-9816]: s('ClosedNoNotify', 'The server closed the session with no notification.', 'tls.closed'),
  [-9824]: s('PeerHandshakeFail', 'Handshake failure.', 'tls.protocol'),
  [-9828]: s('PeerCertExpired', 'Certificate expired.', 'tls.expired'),
  [-9838]: s('Internal', 'Internal TLS error.', null),
  [-9843]: s('HostNameMismatch', 'The certificate is for a different host name.', 'tls.hostname'),
  [-9844]: s('ConnectionRefused', 'The peer dropped the connection before responding.', 'tls.reset'),
  [-9852]: s('TransportReset', 'The connection was reset (TCP RST or FIN).', 'tls.reset'),
  [-9853]: s('NetworkTimeout', 'The network timed out.', 'tls.timeout'),
  [-9858]: s('HandshakeFail', 'The handshake failed.', 'tls.protocol'),
});

const c = (name: string, meaning: string, cause: CodeTable[number]['cause']) => ({ name, meaning, cause, family: 'network' as const, source: CSSM_SOURCE });

/** Legacy CSSM trust codes. */
export const CSSM_ERRORS: CodeTable = Object.freeze({
  [-2147408896]: c('CSSMERR_APPLETP_HOSTNAME_MISMATCH', 'The certificate is for a different host name.', 'tls.hostname'),
  [-2147409654]: c('CSSMERR_TP_CERT_EXPIRED', 'The certificate has expired (or this Mac’s clock is wrong).', 'tls.expired'),
  [-2147409622]: c('CSSMERR_TP_NOT_TRUSTED', 'The certificate is not trusted.', 'tls.untrusted'),
});

/** Darwin errno values (domain 1 = POSIX). */
const ERRNO_SOURCE = 'https://github.com/apple-oss-distributions/xnu/blob/main/bsd/sys/errno.h';
/** Darwin getaddrinfo EAI_* values (domain 12 = NetDB). */
const NETDB_SOURCE = 'https://github.com/apple-oss-distributions/Libinfo/blob/main/lookup.subproj/netdb.h';

const p = (name: string, meaning: string, cause: CodeTable[number]['cause']) => ({
  name,
  meaning,
  cause,
  family: 'network' as const,
  source: name.startsWith('EAI_') ? NETDB_SOURCE : ERRNO_SOURCE,
});

/**
 * CFStream `[domain:code]` pairs, keyed "domain:code": 1 = POSIX errno, 12 = NetDB (getaddrinfo
 * EAI_*), 3 = SSL (looked up in SSL_ERRORS). Domain numbers are inferred from captured lines such
 * as https://github.com/RxReader/tencent_kit/issues/134.
 */
export const CFSTREAM_PAIRS: Readonly<Record<string, CodeTable[number]>> = Object.freeze({
  '1:50': p('ENETDOWN', 'No network route (the network is down).', 'net.offline'),
  '1:51': p('ENETUNREACH', 'The network is unreachable.', 'tcp.unreachable'),
  '1:60': p('ETIMEDOUT', 'The connection timed out.', 'tcp.timeout'),
  '1:61': p('ECONNREFUSED', 'The connection was refused.', 'tcp.refused'),
  '1:54': p('ECONNRESET', 'The connection was reset.', 'tcp.reset'),
  '1:65': p('EHOSTUNREACH', 'No route to the host.', 'tcp.unreachable'),
  '1:89': { ...p('ECANCELED', 'The connection was cancelled.', null), family: 'info' },
  '12:8': p('EAI_NONAME', 'The host name could not be found (“nodename nor servname provided, or not known”).', 'dns.nxdomain'),
  '12:2': p('EAI_AGAIN', 'The DNS lookup failed temporarily.', 'dns.timeout'),
});
