/**
 * Property/fuzz test: mutated real samples (byte flips, truncation, line duplication/deletion,
 * CRLF, tabs, random Unicode, huge lines) through every parser. For each input: no exception
 * escapes, the result is a well-formed ParseResult, and a healthy reading ("no proxy", "no VPN
 * connected", "firewall not blocking all", "automatic time on", "signed in", …) only comes from
 * text that really says so. ≥ 100 000 inputs in total.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainMissing, parseMobileMeAccounts } from '../../../electron/engine/system/parsers/mobileme-accounts';
import type { ParseResult } from '../../../electron/engine/system/parsers/parse-result';
import { parseScutilDns, resolversCapturing } from '../../../electron/engine/system/parsers/scutil-dns';
import { parseNcList } from '../../../electron/engine/system/parsers/scutil-nc';
import { parseScutilProxy } from '../../../electron/engine/system/parsers/scutil-proxy';
import { parseSecurityItems } from '../../../electron/engine/system/parsers/security-items';
import { parseBlockAll, parseGlobalState, parseStealthMode } from '../../../electron/engine/system/parsers/socketfilterfw';
import { majorVersion, parseSwVers } from '../../../electron/engine/system/parsers/sw-vers';
import { parseNetworkTimeServer, parseTimeZone, parseUsingNetworkTime } from '../../../electron/engine/system/parsers/systemsetup';
import { FIXTURES, fixture } from './helpers';

const RUNS_PER_PARSER = 9100; // × 11 parsers ≥ 100 000 inputs
/** Fixed by default (reproducible CI); FUZZ_SEED=<n> explores other inputs locally. */
const BASE_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_260_601;
const samples = (prefix: string, extra: string[] = []) => [
  ...readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix))
    .map(fixture),
  ...extra,
];

type Mutation =
  | { kind: 'flip'; at: number; code: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'dupLine' | 'delLine'; at: number }
  | { kind: 'crlf' | 'tabs' | 'spaces' }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'huge'; at: number; length: number; char: string; ownLine: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), code: fc.integer({ min: 0, max: 255 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constantFrom('dupLine' as const, 'delLine' as const), at: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom('crlf' as const, 'tabs' as const, 'spaces' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1_000, max: 60_000 }),
      char: fc.constantFrom('a', ' ', '\t', '{', '}', '"', '\\', '0', '[', ':', '('),
      ownLine: fc.boolean(),
    }),
    weight: 1,
  },
);

function mutate(text: string, m: Mutation): string {
  const pos = (at: number) => at % (text.length + 1);
  const lines = () => text.split('\n');
  switch (m.kind) {
    case 'flip': {
      const p = m.at % Math.max(1, text.length);
      return text.slice(0, p) + String.fromCharCode(m.code) + text.slice(p + 1);
    }
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'dupLine':
    case 'delLine': {
      const ls = lines();
      const i = m.at % ls.length;
      ls.splice(i, m.kind === 'dupLine' ? 0 : 1, ...(m.kind === 'dupLine' ? [ls[i]!] : []));
      return ls.join('\n');
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'tabs':
      return text.replace(/ {2,}/g, '\t');
    case 'spaces':
      return text.replace(/\t/g, '        ');
    case 'unicode':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'huge': {
      const blob = m.char.repeat(m.length);
      return text.slice(0, pos(m.at)) + (m.ownLine ? `\n${blob}\n` : blob) + text.slice(pos(m.at));
    }
  }
}

const input = (base: string[]) => fc.tuple(fc.constantFrom(...base), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([s, ms]) => ms.reduce(mutate, s));

interface Spec<T> {
  name: string;
  base: string[];
  parse: (text: string) => ParseResult<T>;
  /** When the value is a healthy reading, the text must say so. */
  saysHealthy?: (value: T, text: string) => boolean;
}

const spec = <T>(s: Spec<T>) => s as Spec<unknown>;
const ENABLES = /\b(HTTPEnable|HTTPSEnable|SOCKSEnable|ProxyAutoConfigEnable|ProxyAutoDiscoveryEnable)\s*:\s*(\S*)/g;
const appleSplit = fixture('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt').replace('domain   : dev.example.com', 'domain   : apple.com');
const connectedVpn = fixture('scutil-nc-list.l2tp-disconnected.txt').replace('(Disconnected)', '(Connected)   ');

const SPECS: Spec<unknown>[] = [
  spec({
    name: 'scutil --proxy',
    base: samples('scutil-proxy.'),
    parse: parseScutilProxy,
    saysHealthy: (v, text) => {
      const none = !v.http.enabled && !v.https.enabled && !v.socks.enabled && !v.pac.enabled && !v.autoDiscovery;
      if (!none) return true;
      const shaped = text.includes('<dictionary> {') || text.includes('No proxy configuration available');
      return shaped && [...text.matchAll(ENABLES)].every((m) => /^(0+|false)$/i.test(m[2]!));
    },
  }),
  spec({
    name: 'scutil --nc list',
    base: samples('scutil-nc-list.', [connectedVpn]),
    parse: parseNcList,
    saysHealthy: (v, text) =>
      v.some((s) => s.state === 'Connected') || (text.includes('Available network connection services') && !text.includes('(Connected)')),
  }),
  spec({
    name: 'scutil --dns',
    base: samples('scutil-dns.', [appleSplit, 'No DNS configuration available\n']),
    parse: parseScutilDns,
    saysHealthy: (v, text) =>
      resolversCapturing(v.resolvers, ['apple.com']).length > 0 || v.noConfiguration || (text.includes('DNS configuration') && /resolver #\d/.test(text)),
  }),
  spec({
    name: 'security items',
    base: samples('security-'),
    parse: (t) => parseSecurityItems(t),
    saysHealthy: (v, text) => (v.length === 0 ? text.trim() === '' || text.includes('keychain: "') : text.includes('keychain: "')),
  }),
  spec({
    name: 'sw_vers',
    base: samples('sw_vers.'),
    parse: parseSwVers,
    saysHealthy: (v, text) => majorVersion(v.productVersion!) < 13 || /ProductVersion:\s*(\S+)/.exec(text)?.[1] === v.productVersion,
  }),
  spec({
    name: 'socketfilterfw --getglobalstate',
    base: samples('socketfilterfw.getglobalstate', ['Firewall is enabled. (State = 1)\n', 'Firewall is disabled. (State = 0)\n']),
    parse: parseGlobalState,
    saysHealthy: (v, text) => (v.enabled ? v.blockAll !== false || /State = 1/.test(text) : /Firewall is disabled/.test(text)),
  }),
  spec({
    name: 'socketfilterfw --getblockall',
    base: [
      'Block all DISABLED! \n',
      'Block all ENABLED!\n',
      'Firewall has block all state set to disabled.\n',
      'Firewall has block all state set to enabled.\n',
    ],
    parse: parseBlockAll,
    saysHealthy: (v, text) => v || /Block all DISABLED!|set to disabled\./.test(text),
  }),
  spec({
    name: 'socketfilterfw --getstealthmode',
    base: ['Stealth mode enabled\n', 'Stealth mode disabled\n', 'Firewall stealth mode is on\n', 'Firewall stealth mode is off\n'],
    parse: parseStealthMode,
    saysHealthy: (v, text) => !v || /enabled|is on/.test(text),
  }),
  spec({
    name: 'systemsetup',
    base: samples('systemsetup', ['Network Time: Off\n']),
    parse: (t) => parseUsingNetworkTime(t),
    saysHealthy: (v, text) => (v.needsAdmin ? /administrator access/.test(text) : v.value !== true || /Network Time:\s*On/i.test(text)),
  }),
  spec({ name: 'systemsetup zone/server', base: samples('systemsetup'), parse: (t) => (t.length % 2 ? parseTimeZone(t) : parseNetworkTimeServer(t)) }),
  spec({
    name: 'defaults MobileMeAccounts',
    base: samples('defaults-read-'),
    parse: parseMobileMeAccounts,
    saysHealthy: (v, text) => !v.signedIn || (text.includes('AccountID') && !isDomainMissing(text)),
  }),
];

function wellFormed(r: unknown): boolean {
  if (!r || typeof r !== 'object') return false;
  const o = r as { ok?: unknown; value?: unknown; error?: unknown };
  return o.ok === true ? 'value' in o : o.ok === false && typeof o.error === 'string';
}

describe('parser fuzzing (mutated real samples)', () => {
  it('feeds at least 100 000 inputs in total', () => {
    expect(SPECS.length * RUNS_PER_PARSER).toBeGreaterThanOrEqual(100_000);
  });

  for (const s of SPECS) {
    it(`${s.name}: never throws, never reads garbage as healthy`, () => {
      fc.assert(
        fc.property(input(s.base), (text) => {
          const r = s.parse(text);
          if (!wellFormed(r)) throw new Error('malformed ParseResult');
          if (r.ok && s.saysHealthy && !s.saysHealthy(r.value, text)) throw new Error('healthy reading from text that does not say so');
        }),
        { numRuns: RUNS_PER_PARSER, seed: BASE_SEED ^ s.name.length },
      );
    }, 120_000);
  }
});
