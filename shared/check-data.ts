/**
 * The evidence (`data`) each check records, per check id. Network phases carry their own
 * durations. Re-exported by shared/checks.ts.
 */
import type { Cause } from './causes';

/** The phase of a network exchange. */
/** Where a proxy setting came from. */
export type ProxySource = 'config' | 'env' | 'system' | 'pac';

/** How the probes reach a host: directly, through an HTTP proxy, or via a proxy script this app does not run. */
export type ProxyRoute = { kind: 'direct' } | { kind: 'proxy'; host: string; port: number; source: ProxySource } | { kind: 'pac-unevaluated'; url: string };

export type Phase = 'dns' | 'tcp' | 'tls' | 'http' | 'proxy';

export interface DnsPhase {
  durationMs: number;
  /** 'system' or the `ip:port` of the configured resolver used. */
  resolver: string;
  addresses: string[];
  /** Addresses from the answer that fall in bogon ranges (0.0.0.0/8, RFC 1918, 127/8, 198.18/15, …). */
  bogons: string[];
}

export interface ConnectAttempt {
  address: string;
  family: 4 | 6;
  /** Node error code, null on success. */
  code: string | null;
  cause: Cause | null;
  durationMs: number;
}

export interface TcpPhase {
  durationMs: number;
  /** Address that connected (or the last one tried). */
  address: string | null;
  attempts: ConnectAttempt[];
  /** Best outcome per address family: an IPv6 failure beside an IPv4 success is not a failure. */
  byFamily: { v4: 'ok' | Cause | null; v6: 'ok' | Cause | null };
}

export interface CertSummary {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
}

export interface TlsPhase {
  durationMs: number;
  protocol: string | null;
  authorized: boolean;
  /** OpenSSL/Node verification error code when not authorized. */
  authorizationError: string | null;
  leafSubject: string | null;
  issuer: string | null;
  chain: CertSummary[];
  /** True when some certificate in the chain comes from an expected issuer. */
  expectedIssuer: boolean;
  /**
   * The server resumed a session that an earlier full handshake verified (the monitor's repeat
   * checks): the chain fields are that handshake's. Absent in reports written before it existed.
   */
  resumed?: boolean;
}

export interface HttpPhase {
  durationMs: number;
  status: number | null;
  location: string | null;
  firstByteMs: number | null;
  /** Value of the Date header as ISO 8601, if sent (fallback clock evidence). */
  date: string | null;
}

export interface EndpointFailure {
  phase: Phase;
  cause: Cause;
  /** Raw platform code (e.g. ECONNREFUSED, CERT_HAS_EXPIRED, HTTP status), if any. */
  code: string | null;
  message: string;
}

export interface EndpointResult {
  id: string;
  host: string;
  port: number;
  path: string;
  address: string | null;
  /** How the request travelled. */
  via: Extract<ProxyRoute, { kind: 'direct' } | { kind: 'proxy' }>;
  phases: {
    dns: DnsPhase | null;
    tcp: TcpPhase | null;
    tls: TlsPhase | null;
    http: HttpPhase | null;
  };
  failure: EndpointFailure | null;
  totalMs: number;
}

export interface SigninEndpointsData {
  endpoints: EndpointResult[];
  reachable: number;
  total: number;
}

export interface PushData {
  host: string;
  attempts: { port: number; address: string | null; ok: boolean; cause: Cause | null; code: string | null; durationMs: number }[];
  reachablePorts: number[];
}

export interface CaptivePortalData {
  url: string;
  status: number | null;
  location: string | null;
  /** True when the page is exactly Apple's "Success" page. */
  success: boolean;
  /** First characters of a non-Success page (text only), for the report. */
  snippet: string | null;
  failure: EndpointFailure | null;
}

export interface DnsHostAnswer {
  host: string;
  system: { addresses: string[]; cause: Cause | null; code: string | null; durationMs: number };
  comparison: { resolver: string; addresses: string[]; cause: Cause | null; code: string | null; durationMs: number } | null;
  bogons: string[];
  /** Bogon addresses that nevertheless completed a verified TLS handshake for the host (genuine). */
  verifiedBogons: string[];
}

export interface DnsData {
  resolver: string;
  comparisonResolver: string | null;
  hosts: DnsHostAnswer[];
}

export interface ClockData {
  /** True time − this Mac's clock, ms. Positive: the Mac is behind. Null when unmeasured. */
  offsetMs: number | null;
  /** |error| ≤ this bound (delay/2 + root distance), ms. */
  errorBoundMs: number | null;
  server: string | null;
  stratum: number | null;
  delayMs: number | null;
  /** Per-server attempts with their outcome code (e.g. NTP_KOD, NTP_TIMEOUT, ok). */
  attempts: { server: string; outcome: string; offsetMs: number | null; delayMs: number | null }[];
  /** Evidence source: sntp, or the HTTP Date header when UDP 123 is blocked. */
  source: 'sntp' | 'http-date' | null;
}

export interface AppleStatusEvent {
  service: string;
  statusType: string;
  eventStatus: string | null;
  ongoing: boolean;
  message: string;
  usersAffected: string | null;
  startedAt: string | null;
  endedAt: string | null;
}

export interface AppleStatusData {
  url: string;
  /** Relevant services found in the feed (decoded names). */
  services: string[];
  events: AppleStatusEvent[];
}

export interface ProxyEndpoint {
  enabled: boolean;
  host: string | null;
  port: number | null;
}

export interface ProxyData {
  http: ProxyEndpoint;
  https: ProxyEndpoint;
  socks: ProxyEndpoint;
  pac: { enabled: boolean; url: string | null };
  autoDiscovery: boolean;
  exceptions: string[];
  excludeSimpleHostnames: boolean;
  env: { httpProxy: string | null; httpsProxy: string | null; noProxy: string | null };
  /** What the sign-in probes used. */
  route: ProxyRoute;
}

export interface VpnService {
  name: string;
  type: string;
  state: string;
}

export interface VpnData {
  services: VpnService[];
  active: string[];
  tunnels: { iface: string; addresses: string[] }[];
  defaultRouteViaTunnel: boolean | null;
}

export interface DnsResolver {
  index: number;
  domain: string | null;
  searchDomains: string[];
  nameservers: string[];
  interface: string | null;
  flags: string[];
  scoped: boolean;
  supplemental: boolean;
}

export interface DnsConfigData {
  resolvers: DnsResolver[];
  /** Supplemental resolvers whose domain covers apple.com (VPN split DNS capturing Apple). */
  appleCapturedBy: DnsResolver[];
}

export interface KeychainItem {
  service: string | null;
  account: string | null;
  label: string | null;
  keychain: string | null;
  created: string | null;
  modified: string | null;
  class: string | null;
}

export interface KeychainData {
  items: KeychainItem[];
  duplicates: string[];
  stale: string[];
}

export interface MacosData {
  productName: string | null;
  productVersion: string | null;
  buildVersion: string | null;
  productVersionExtra: string | null;
  /** Hardware model identifier from `sysctl -n hw.model` (e.g. "Mac14,2"), null when unreadable. */
  model?: string | null;
}

export interface FirewallData {
  enabled: boolean | null;
  blockAll: boolean | null;
  stealth: boolean | null;
}

export interface TimeSettingsData {
  automatic: boolean | null;
  timeZone: string | null;
  server: string | null;
  /** Why a value is null (e.g. "needs administrator access"). */
  notes: string[];
}

export interface AccountData {
  signedIn: boolean | null;
  displayName: string | null;
  /** Shown locally; redacted in every export and log. */
  accountId: string | null;
}

/** Maps each check id to the shape of its `data`. */
export interface CheckDataMap {
  'signin-endpoints': SigninEndpointsData;
  push: PushData;
  'captive-portal': CaptivePortalData;
  dns: DnsData;
  clock: ClockData;
  'apple-status': AppleStatusData;
  proxy: ProxyData;
  vpn: VpnData;
  'dns-config': DnsConfigData;
  keychain: KeychainData;
  macos: MacosData;
  firewall: FirewallData;
  'time-settings': TimeSettingsData;
  account: AccountData;
  'apple-log': AppleLogData;
}

/** One error (or success marker) Apple's own software wrote to the unified log. */
export interface AppleLogEvent {
  /** When it was logged (ISO 8601, UTC). */
  at: string;
  /** Process name: basename of the log record's processImagePath (e.g. "akd", "apsd"). */
  process: string;
  subsystem: string | null;
  /** The error domain as Apple prints it ("AKAuthenticationError", "NSURLErrorDomain", …), or the marker's source. */
  domain: string;
  /** The numeric code, or null for a marker without one (e.g. a trust-evaluation failure). */
  code: number | null;
  /** Apple's symbolic name, or null when the code is in no table. */
  name: string | null;
  /** What it means, in plain words (null when unknown). */
  meaning: string | null;
  /** account / device / network / info (see shared/apple-codes/types.ts). */
  family: 'account' | 'device' | 'network' | 'info';
  /** The cause this code maps to, or null when it never decides the light. */
  cause: Cause | null;
  /** The log message, shortened, with e-mails, phone numbers, DSIDs and user paths redacted. */
  message: string;
  /** Every code the line carried ("NSURLErrorDomain -1003", "kCFStreamErrorDomainNetDB 8"). */
  codes: string[];
  /** How many lines in the window carried this same code from this process, and the first one's time. */
  count: number;
  firstAt: string;
}

/** A success line that clears earlier errors of the same kind (only markers seen in real lines). */
export interface AppleLogSuccess {
  at: string;
  process: string;
  marker: string;
}

export interface AppleLogData {
  /** How far back the log was read (minutes). */
  windowMinutes: number;
  /** Errors still standing in the window (oldest first); cleared ones are left out. */
  events: AppleLogEvent[];
  /** Success markers seen in the window. */
  successes: AppleLogSuccess[];
  /** Events a later success marker cleared. */
  cleared: number;
  /** True when the output was cut (byte cap, line cap or time budget): older lines may be missing. */
  truncated: boolean;
  /** Log records read, and lines that were not log records (banner, trailer, garbage). */
  records: number;
  unreadableLines: number;
  /** Why the log could not be read completely, in words (null when it was). */
  note: string | null;
}
