/**
 * Diagnosis configuration (`--config FILE`, the app's engine settings): schema, defaults and a
 * pure validator with readable errors. Every network dependency is redirectable here, which is
 * how the tests point the whole engine at a simulated Apple network on 127.0.0.1.
 */
import { z } from 'zod';
import { oneLine } from './one-line';

/** Tools the macOS probes may run, by key. Paths are absolute and allow-listed. */
export const TOOL_DEFAULTS = {
  scutil: '/usr/sbin/scutil',
  security: '/usr/bin/security',
  sw_vers: '/usr/bin/sw_vers',
  networksetup: '/usr/sbin/networksetup',
  socketfilterfw: '/usr/libexec/ApplicationFirewall/socketfilterfw',
  systemsetup: '/usr/sbin/systemsetup',
  defaults: '/usr/bin/defaults',
  sysctl: '/usr/sbin/sysctl',
  log: '/usr/bin/log',
  route: '/sbin/route',
  // Repairs only: the standard administrator prompt (electron/engine/system/repairs/admin-script.ts).
  osascript: '/usr/bin/osascript',
} as const;

export type ToolName = keyof typeof TOOL_DEFAULTS;

const hostPort = z
  .string()
  .max(260, 'must be at most 260 characters')
  .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'must look like "host:port"')
  .refine((s) => {
    const port = Number(s.slice(s.lastIndexOf(':') + 1));
    return port > 0 && port < 65536;
  }, 'port must be 1–65535');

// The port range matters beyond tidiness: c-ares aborts the whole process (an assertion in
// node's cares_wrap.cc) when `setServers` is given port 0, so a bad value must stop here.
const ipPort = z
  .string()
  .max(60, 'must be at most 60 characters')
  .regex(/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):\d{1,5}$/, 'must look like "ip:port" (IPv6 in brackets)')
  .refine(
    (s) =>
      s.startsWith('[') ||
      s
        .slice(0, s.lastIndexOf(':'))
        .split('.')
        .every((o) => Number(o) <= 255),
    'IPv4 parts must be 0–255',
  )
  .refine((s) => {
    const port = Number(s.slice(s.lastIndexOf(':') + 1));
    return port > 0 && port < 65536;
  }, 'port must be 1–65535');

/**
 * An HTTP request target in origin form (RFC 9112 §3.2.1): "/" then RFC 3986 path characters
 * (unreserved, pct-encoded, sub-delims, ":" "@" "/"), optionally "?query". A space, CR or LF would
 * make `http.request` throw after the connection is open, so it is refused here.
 */
const requestPath = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .regex(
    /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/,
    'must start with "/" and use only URL path characters (RFC 3986; no spaces or control characters)',
  );

/** A DNS name or IP literal (RFC 1035 limits the name to 253 characters). */
const hostName = z
  .string()
  .min(1)
  .max(253, 'must be at most 253 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'must be a host name or IP address');

const port = z.number().int().min(1).max(65535);
/** Lists are a handful of entries; tens of thousands would blow the run's deadline. */
const LIST_MAX = 'too many entries';
const ms = z.number().int().min(1).max(600_000);

export const endpointSchema = z.object({
  id: z
    .string()
    .max(64, 'must be at most 64 characters')
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
  host: hostName,
  port: port.default(443),
  path: requestPath.default('/'),
});

export const timeoutsSchema = z
  .object({
    dnsMs: ms.default(2000),
    tcpMs: ms.default(3000),
    tlsMs: ms.default(3000),
    httpMs: ms.default(4000),
    ntpMs: ms.default(1500),
    commandMs: ms.default(3000),
    totalMs: ms.default(8000),
  })
  .strict();

export const configSchema = z
  .object({
    endpoints: z.array(endpointSchema).min(1).max(32, LIST_MAX).optional(),
    push: z
      .object({ host: hostName, ports: z.array(port).min(1).max(8, LIST_MAX) })
      .strict()
      .optional(),
    captiveUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    ntpServers: z.array(hostPort).min(1).max(8, LIST_MAX).optional(),
    statusFeedUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    dnsServers: z.array(ipPort).max(8, LIST_MAX).optional(),
    comparisonDnsServers: z.array(ipPort).max(8, LIST_MAX).optional(),
    extraCaFile: z.string().min(1).max(4096).optional(),
    expectedIssuers: z.array(z.string().min(1).max(200)).min(1).max(64, LIST_MAX).optional(),
    timeouts: timeoutsSchema.partial().optional(),
    clock: z.object({ warnMs: ms, failMs: ms }).partial().strict().optional(),
    /** `system` (default): macOS settings / environment; `direct`; or `http://host:port`. */
    proxy: z.union([z.literal('system'), z.literal('direct'), z.url({ protocol: /^http$/ }).max(2048)]).optional(),
    toolPaths: z
      .object(
        Object.fromEntries(Object.keys(TOOL_DEFAULTS).map((k) => [k, z.string().max(1024).startsWith('/', 'must be an absolute path')])) as Record<
          ToolName,
          z.ZodString
        >,
      )
      .partial()
      .strict()
      .optional(),
    platform: z.enum(['darwin', 'linux', 'win32', 'auto']).optional(),
    /** Oldest macOS major version considered current enough for Apple Account sign-in. */
    minMacosMajor: z.number().int().min(10).max(99).optional(),
    /** The `apple-log` check: how far back to read the unified log, and its own time budget. */
    appleLog: z
      .object({ windowMinutes: z.number().int().min(1).max(1440), timeoutMs: ms })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/** The config file as written by a person (every key optional). */
export type ConfigInput = z.input<typeof configSchema>;

/** Fully resolved configuration: every key present. */
export interface Config {
  endpoints: { id: string; host: string; port: number; path: string }[];
  push: { host: string; ports: number[] };
  captiveUrl: string;
  ntpServers: string[];
  statusFeedUrl: string;
  dnsServers: string[];
  comparisonDnsServers: string[];
  extraCaFile: string | null;
  expectedIssuers: string[];
  timeouts: z.output<typeof timeoutsSchema>;
  clock: { warnMs: number; failMs: number };
  proxy: 'system' | 'direct' | string;
  toolPaths: Record<ToolName, string>;
  platform: 'darwin' | 'linux' | 'win32' | 'auto';
  minMacosMajor: number;
  appleLog: { windowMinutes: number; timeoutMs: number };
}

/** Apple's Apple Account sign-in hosts ("Use Apple products on enterprise networks", support.apple.com/101555). */
export const DEFAULT_ENDPOINTS: Config['endpoints'] = [
  { id: 'appleid', host: 'appleid.apple.com', port: 443, path: '/' },
  { id: 'idmsa', host: 'idmsa.apple.com', port: 443, path: '/' },
  { id: 'gsa', host: 'gsa.apple.com', port: 443, path: '/' },
  { id: 'appleid-cdn', host: 'appleid.cdn-apple.com', port: 443, path: '/' },
];

export const DEFAULT_CONFIG: Config = {
  endpoints: DEFAULT_ENDPOINTS,
  push: { host: '1-courier.push.apple.com', ports: [5223, 443] },
  captiveUrl: 'http://captive.apple.com/hotspot-detect.html',
  ntpServers: ['time.apple.com:123'],
  statusFeedUrl: 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js',
  dnsServers: [],
  comparisonDnsServers: [],
  extraCaFile: null,
  // Issuer names (substring, case-insensitive, of the issuer O or CN) that count as genuine for
  // Apple hosts. Apple's own CAs chain to Apple or DigiCert roots; the others are the public CAs
  // Apple's CDNs use (starting from the issuer allow-list of jamf/Jamf-Environment-Test).
  expectedIssuers: ['Apple', 'DigiCert', 'GeoTrust', 'Entrust', 'Akamai', 'Amazon', 'Microsoft', 'COMODO', 'Sectigo', 'QuoVadis'],
  timeouts: { dnsMs: 2000, tcpMs: 3000, tlsMs: 3000, httpMs: 4000, ntpMs: 1500, commandMs: 3000, totalMs: 8000 },
  clock: { warnMs: 10_000, failMs: 300_000 },
  proxy: 'system',
  toolPaths: { ...TOOL_DEFAULTS },
  platform: 'auto',
  minMacosMajor: 13,
  // 15 minutes: long enough to cover the sign-in attempt the person just made, short enough that
  // an error from this morning does not colour the light now.
  appleLog: { windowMinutes: 15, timeoutMs: 6000 },
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Validate and resolve a parsed JSON config. Never throws; errors read "key.path: message". */
export function resolveConfig(input: unknown): ConfigResult {
  const parsed = configSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => oneLine(`${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)),
    };
  }
  const c = parsed.data;
  const config: Config = {
    endpoints: c.endpoints ?? DEFAULT_CONFIG.endpoints,
    push: c.push ?? DEFAULT_CONFIG.push,
    captiveUrl: c.captiveUrl ?? DEFAULT_CONFIG.captiveUrl,
    ntpServers: c.ntpServers ?? DEFAULT_CONFIG.ntpServers,
    statusFeedUrl: c.statusFeedUrl ?? DEFAULT_CONFIG.statusFeedUrl,
    dnsServers: c.dnsServers ?? [],
    comparisonDnsServers: c.comparisonDnsServers ?? [],
    extraCaFile: c.extraCaFile ?? null,
    expectedIssuers: c.expectedIssuers ?? DEFAULT_CONFIG.expectedIssuers,
    timeouts: { ...DEFAULT_CONFIG.timeouts, ...stripUndefined(c.timeouts ?? {}) },
    clock: { ...DEFAULT_CONFIG.clock, ...stripUndefined(c.clock ?? {}) },
    proxy: c.proxy ?? 'system',
    toolPaths: { ...TOOL_DEFAULTS, ...stripUndefined(c.toolPaths ?? {}) },
    platform: c.platform ?? 'auto',
    minMacosMajor: c.minMacosMajor ?? DEFAULT_CONFIG.minMacosMajor,
    appleLog: { ...DEFAULT_CONFIG.appleLog, ...stripUndefined(c.appleLog ?? {}) },
  };
  const ids = new Set<string>();
  for (const e of config.endpoints) {
    if (ids.has(e.id)) return { ok: false, errors: [`endpoints: duplicate id "${e.id}"`] };
    ids.add(e.id);
  }
  if (config.clock.warnMs >= config.clock.failMs) {
    return { ok: false, errors: ['clock: warnMs must be smaller than failMs'] };
  }
  return { ok: true, config };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

/** Split "host:port" / "[v6]:port" into parts. */
export function splitHostPort(s: string): { host: string; port: number } {
  const i = s.lastIndexOf(':');
  const host = s.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(s.slice(i + 1)) };
}
