/**
 * Canned diagnosis reports shaped like a real Mac's (macOS probes on), for renderer unit tests,
 * the support-report tests and UI development against the fake core. Personal data in them is
 * deliberately planted (account id, phone number, user path, host name, private IPs) so the
 * redaction tests have something to find.
 */
import type { Cause } from '../../shared/causes';
import { CHECK_META, type CheckId, type CheckStatus } from '../../shared/checks';
import { fixIdsForCause } from '../../shared/fix-catalog';
import type { HistoryEntry } from '../../shared/history';
import { type CheckResult, REPORT_SCHEMA_ID, type Report, type Verdict } from '../../shared/report';

export type CannedKind = 'green' | 'amber' | 'red';

export const PLANTED = {
  accountId: 'jane.appleseed@icloud.com',
  displayName: 'Jane Appleseed',
  phone: '+1 (408) 555-0123',
  userPath: '/Users/jane/Library/Keychains/login.keychain-db',
  machine: 'Janes-MacBook-Air.local',
  privateIp: '192.168.1.23',
  publicIp: '203.0.113.77',
  ipv6: '2001:db8:85a3::8a2e:370:7334',
};

function check(id: CheckId, status: CheckStatus, summary: string, data: Record<string, unknown>, cause: Cause | null = null, durationMs = 40): CheckResult {
  return {
    id,
    title: CHECK_META[id].title,
    group: CHECK_META[id].group,
    status,
    cause,
    summary,
    durationMs,
    data,
    fixes: cause && status !== 'pass' ? fixIdsForCause(cause) : [],
  };
}

const HOSTS = [
  ['appleid', 'appleid.apple.com', '17.32.194.2'],
  ['idmsa', 'idmsa.apple.com', '17.32.194.37'],
  ['gsa', 'gsa.apple.com', '17.111.105.243'],
  ['appleid-cdn', 'appleid.cdn-apple.com', '23.40.57.162'],
] as const;

function endpoint(i: number, failure: null | { phase: 'dns' | 'tcp'; cause: Cause; code: string }) {
  const [id, host, addr] = HOSTS[i]!;
  const ms = [84, 91, 133, 62][i]!;
  return {
    id,
    host,
    port: 443,
    path: '/',
    address: failure ? null : addr,
    via: { kind: 'direct' },
    phases: {
      dns: failure?.phase === 'dns' ? null : { durationMs: 8, resolver: 'system', addresses: [addr], bogons: [] },
      tcp: failure ? null : { durationMs: 21, address: addr, attempts: [], byFamily: { v4: 'ok', v6: null } },
      tls: failure
        ? null
        : {
            durationMs: 34,
            protocol: 'TLSv1.3',
            authorized: true,
            authorizationError: null,
            leafSubject: host,
            issuer: 'Apple Public Server RSA CA 12 - G1',
            chain: [],
            expectedIssuer: true,
          },
      http: failure ? null : { durationMs: 21, status: 200, location: null, firstByteMs: 20, date: null },
    },
    failure: failure ? { ...failure, message: `getaddrinfo ENOTFOUND ${host}` } : null,
    totalMs: failure ? 12 : ms,
  };
}

function baseChecks(now: Date): CheckResult[] {
  return [
    check('captive-portal', 'pass', 'No Wi-Fi login page: Apple’s test page loads.', {
      url: 'http://captive.apple.com/hotspot-detect.html',
      status: 200,
      success: true,
      location: null,
      snippet: null,
      failure: null,
    }),
    check('clock', 'pass', 'This Mac’s clock is right (0.2 s ahead).', {
      offsetMs: -212,
      errorBoundMs: 18,
      server: 'time.apple.com',
      stratum: 1,
      delayMs: 31,
      attempts: [{ server: 'time.apple.com', outcome: 'ok', offsetMs: -212, delayMs: 31 }],
      source: 'sntp',
    }),
    check('apple-status', 'pass', 'Apple reports no problems with sign-in services.', {
      url: 'https://www.apple.com/support/systemstatus/',
      services: ['Apple Account', 'iCloud Account & Sign In'],
      events: [],
    }),
    check('proxy', 'pass', 'No proxy: Apple traffic goes direct.', {
      http: { enabled: false, host: null, port: null },
      https: { enabled: false, host: null, port: null },
      socks: { enabled: false, host: null, port: null },
      pac: { enabled: false, url: null },
      autoDiscovery: false,
      exceptions: ['*.local', '169.254/16'],
      excludeSimpleHostnames: false,
      env: { httpProxy: null, httpsProxy: null, noProxy: null },
      route: { kind: 'direct' },
    }),
    check('vpn', 'pass', 'No VPN connected.', {
      services: [{ name: 'Work VPN', type: 'IKEv2', state: 'Disconnected' }],
      active: [],
      tunnels: [],
      defaultRouteViaTunnel: false,
    }),
    check('dns-config', 'pass', 'DNS from your router; nothing captures apple.com.', {
      resolvers: [
        {
          index: 1,
          domain: null,
          searchDomains: ['home'],
          nameservers: [PLANTED.privateIp.replace(/\d+$/, '1')],
          interface: 'en0',
          flags: ['Request A records'],
          scoped: false,
          supplemental: false,
        },
      ],
      appleCapturedBy: [],
    }),
    check('keychain', 'pass', '2 Apple Account items, no duplicates.', {
      items: [
        {
          service: 'com.apple.account.AppleAccount.token',
          account: PLANTED.accountId,
          label: 'Apple Account',
          keychain: PLANTED.userPath,
          created: '2024-02-01T10:00:00Z',
          modified: '2025-09-01T10:00:00Z',
          class: 'genp',
        },
        {
          service: 'com.apple.account.IdentityServices.token',
          account: PLANTED.accountId,
          label: 'ids',
          keychain: PLANTED.userPath,
          created: '2024-02-01T10:00:00Z',
          modified: '2025-09-01T10:00:00Z',
          class: 'genp',
        },
      ],
      duplicates: [],
      stale: [],
    }),
    check('macos', 'pass', 'macOS 15.6.1 is current enough.', {
      productName: 'macOS',
      productVersion: '15.6.1',
      buildVersion: '24G90',
      productVersionExtra: null,
    }),
    check('firewall', 'pass', 'Firewall on; incoming connections for Apple services allowed.', { enabled: true, blockAll: false, stealth: false }),
    check('time-settings', 'pass', 'Date and time are set automatically.', { automatic: true, timeZone: 'Europe/Berlin', server: 'time.apple.com', notes: [] }),
    check('account', 'pass', `Signed in as ${PLANTED.displayName} (${PLANTED.accountId}).`, {
      signedIn: true,
      displayName: PLANTED.displayName,
      accountId: PLANTED.accountId,
    }),
  ].map((c) => ({ ...c, durationMs: c.durationMs + (now.getTime() % 7) }));
}

const VERDICTS: Record<CannedKind, Verdict> = {
  green: {
    light: 'green',
    headline: 'You can sign in',
    primaryCause: null,
    explanation: 'All 4 Apple sign-in servers answer normally from this Mac.',
    otherCauses: [],
  },
  amber: {
    light: 'amber',
    headline: 'Sign-in works, but codes and prompts may be late',
    primaryCause: 'push.fallback_only',
    explanation: 'Apple Push Notifications only work through the slower fallback port; prompts may arrive late.',
    otherCauses: [],
  },
  red: {
    light: 'red',
    headline: 'This Mac cannot find Apple’s sign-in servers',
    primaryCause: 'dns.nxdomain',
    explanation: 'Your DNS server says Apple’s sign-in server does not exist, so this Mac cannot find it.',
    otherCauses: [],
  },
};

/** A full report of the given colour, started at `now`. */
export function cannedReport(kind: CannedKind, now: Date = new Date('2026-03-12T14:05:00Z')): Report {
  const dnsFail = kind === 'red';
  const signin = dnsFail
    ? check(
        'signin-endpoints',
        'fail',
        'None of 4 sign-in servers could be found (NXDOMAIN).',
        { endpoints: [0, 1, 2, 3].map((i) => endpoint(i, { phase: 'dns', cause: 'dns.nxdomain', code: 'ENOTFOUND' })), reachable: 0, total: 4 },
        'dns.nxdomain',
        14,
      )
    : check(
        'signin-endpoints',
        'pass',
        'All 4 sign-in servers answer (typical 88 ms).',
        { endpoints: [0, 1, 2, 3].map((i) => endpoint(i, null)), reachable: 4, total: 4 },
        null,
        140,
      );
  const pushAttempts =
    kind === 'amber'
      ? [
          { port: 5223, address: '17.57.146.20', ok: false, cause: 'tcp.refused', code: 'ECONNREFUSED', durationMs: 3 },
          { port: 443, address: '17.57.146.20', ok: true, cause: null, code: null, durationMs: 28 },
        ]
      : [{ port: 5223, address: '17.57.146.20', ok: true, cause: null, code: null, durationMs: 26 }];
  const push =
    kind === 'amber'
      ? check(
          'push',
          'warn',
          'Port 5223 is blocked; push works only through port 443.',
          { host: '1-courier.push.apple.com', attempts: pushAttempts, reachablePorts: [443] },
          'push.fallback_only',
        )
      : dnsFail
        ? check(
            'push',
            'fail',
            'The push server could not be found (NXDOMAIN).',
            { host: '1-courier.push.apple.com', attempts: [], reachablePorts: [] },
            'dns.nxdomain',
          )
        : check('push', 'pass', 'Push notifications reach Apple on port 5223.', {
            host: '1-courier.push.apple.com',
            attempts: pushAttempts,
            reachablePorts: [5223],
          });
  const dns = dnsFail
    ? check(
        'dns',
        'fail',
        'Your DNS server says appleid.apple.com does not exist.',
        {
          resolver: `${PLANTED.privateIp.replace(/\d+$/, '1')}:53`,
          comparisonResolver: null,
          hosts: HOSTS.map(([, host]) => ({
            host,
            system: { addresses: [], cause: 'dns.nxdomain', code: 'ENOTFOUND', durationMs: 6 },
            comparison: null,
            bogons: [],
            verifiedBogons: [],
          })),
        },
        'dns.nxdomain',
      )
    : check('dns', 'pass', 'Apple’s names resolve to Apple’s addresses.', {
        resolver: 'system',
        comparisonResolver: null,
        hosts: HOSTS.map(([, host, addr]) => ({
          host,
          system: { addresses: [addr], cause: null, code: null, durationMs: 6 },
          comparison: null,
          bogons: [],
          verifiedBogons: [],
        })),
      });
  // On a network whose DNS answers NXDOMAIN for Apple, the checks that need Apple's other hosts
  // cannot finish either: the captive probe (captive.apple.com), the clock (time.apple.com, and its
  // HTTPS-date fallback to the sign-in servers) and Apple's status page (www.apple.com).
  const consequences: Partial<Record<CheckId, CheckResult>> = dnsFail
    ? {
        'captive-portal': check(
          'captive-portal',
          'warn',
          'Could not check for a login page: Apple’s address not found.',
          {
            url: 'http://captive.apple.com/hotspot-detect.html',
            status: null,
            success: false,
            location: null,
            snippet: null,
            failure: { phase: 'dns', cause: 'dns.nxdomain', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND captive.apple.com' },
          },
          'dns.nxdomain',
        ),
        clock: check(
          'clock',
          'warn',
          'This Mac’s clock could not be checked: time.apple.com cannot be found and the HTTPS date fallback failed.',
          {
            offsetMs: null,
            errorBoundMs: null,
            server: null,
            stratum: null,
            delayMs: null,
            attempts: [
              { server: 'time.apple.com', outcome: 'ENOTFOUND', offsetMs: null, delayMs: null },
              { server: 'https://appleid.apple.com/', outcome: 'ENOTFOUND', offsetMs: null, delayMs: null },
            ],
            source: null,
          },
          'clock.unverifiable',
        ),
        'apple-status': check(
          'apple-status',
          'warn',
          'Apple’s System Status could not be read: www.apple.com cannot be found.',
          { url: 'https://www.apple.com/support/systemstatus/', services: [], events: [] },
          'apple.status_unknown',
        ),
      }
    : {};
  const checks = [signin, push, dns, ...baseChecks(now).map((c) => consequences[c.id] ?? c)];
  const order = Object.keys(CHECK_META);
  checks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    schema: REPORT_SCHEMA_ID,
    startedAt: now.toISOString(),
    durationMs: dnsFail ? 180 : 412,
    platform: { os: 'darwin', release: '24.6.0', arch: 'arm64', macosProbes: true },
    verdict: VERDICTS[kind],
    checks,
  };
}

/** A day of history ending at `now`: green, a DNS outage in the afternoon, then green again. */
export function cannedHistory(now: Date = new Date('2026-03-12T14:05:00Z'), hours = 24): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  const step = 15 * 60_000;
  for (let t = now.getTime() - hours * 3_600_000; t <= now.getTime(); t += step) {
    const k = Math.round((now.getTime() - t) / step);
    const red = k >= 20 && k < 26;
    const wobble = Math.sin(k / 3) * 18;
    out.push({
      at: new Date(t).toISOString(),
      light: red ? 'red' : 'green',
      primaryCause: red ? 'dns.nxdomain' : null,
      alertState: red ? 'DOWN' : 'OK',
      unstable: false,
      endpoints: Object.fromEntries(HOSTS.map(([id], i) => [id, red ? null : Math.round(70 + i * 15 + wobble + (k % 5) * 4)])),
      durationMs: 400,
    });
  }
  return out;
}
