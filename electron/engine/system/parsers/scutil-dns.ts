/**
 * `scutil --dns` (configd `dnsinfo` printing): a "DNS configuration" section of resolvers used for
 * ordinary lookups, then "DNS configuration (for scoped queries)" whose resolvers only answer
 * queries bound to one interface. Real samples: tests/fixtures/macos/scutil-dns.* (including the
 * old format where reachability is a bare `Reachable` line, and a copy indented by two spaces).
 */
import type { DnsResolver } from '../../../../shared/checks';
import { excerpt, fail, guard, ok, type ParseResult, splitLines } from './parse-result';

export interface ScutilDns {
  resolvers: DnsResolver[];
  /** configd printed "No DNS configuration available" (no resolver at all). */
  noConfiguration: boolean;
}

/** Keys that appear in resolver blocks but carry nothing this app uses. */
const KNOWN_IGNORED =
  /^(reach|order|options|timeout|port|search_order|sortaddr\[\d+\]|service_identifier|cid|interface_identifier|configuration_identifier)\s*:/;

/** Parse `scutil --dns`. Unknown lines inside a resolver are tolerated (newer keys), stray text is not. */
export function parseScutilDns(text: string): ParseResult<ScutilDns> {
  return guard<ScutilDns>('scutil --dns', () => {
    if (text.trim() === 'No DNS configuration available') return ok({ resolvers: [], noConfiguration: true });
    const resolvers: DnsResolver[] = [];
    let section: 'none' | 'main' | 'scoped' = 'none';
    let current: DnsResolver | null = null;
    let unknown = 0;
    let known = 0;
    for (const rawLine of splitLines(text)) {
      const line = rawLine.trim();
      if (line === '') continue;
      const header = /^DNS configuration(?: \((.*)\))?$/.exec(line);
      if (header) {
        // Any parenthesised section (scoped queries, and any newer kind) is not used for
        // ordinary lookups.
        section = header[1] === undefined ? 'main' : 'scoped';
        current = null;
        continue;
      }
      if (section === 'none') return fail(`unexpected text before "DNS configuration": "${excerpt(line)}"`);
      const start = /^resolver #(\d+)$/.exec(line);
      if (start) {
        current = newResolver(Number(start[1]), section === 'scoped');
        resolvers.push(current);
        continue;
      }
      if (!current) {
        unknown += 1;
        continue;
      }
      if (readResolverLine(current, line)) known += 1;
      else unknown += 1;
    }
    if (section === 'none') return fail('no "DNS configuration" header');
    if (resolvers.length === 0) return fail('no resolver listed');
    if (unknown > known) return fail('mostly unrecognised lines');
    return ok({ resolvers, noConfiguration: false });
  });
}

function newResolver(index: number, scopedSection: boolean): DnsResolver {
  return { index, domain: null, searchDomains: [], nameservers: [], interface: null, flags: [], scoped: scopedSection, supplemental: false };
}

/** Apply one line to the resolver; false when the line is not recognised. */
function readResolverLine(r: DnsResolver, line: string): boolean {
  let m = /^search domain\[\d+\]\s*:\s*(\S+)$/.exec(line);
  if (m) return push(r.searchDomains, m[1]!);
  m = /^domain\s*:\s*(\S+)$/.exec(line);
  if (m) {
    r.domain = m[1]!;
    return true;
  }
  m = /^nameserver\[\d+\]\s*:\s*(\S+)$/.exec(line);
  if (m) return push(r.nameservers, m[1]!);
  m = /^if_index\s*:\s*\d+(?:\s*\(([^)]*)\))?$/.exec(line);
  if (m) {
    r.interface = m[1] ?? null;
    return true;
  }
  m = /^flags\s*:\s*(.*)$/.exec(line);
  if (m) {
    r.flags = m[1]!
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    r.supplemental = r.flags.includes('Supplemental');
    r.scoped = r.scoped || r.flags.includes('Scoped');
    return true;
  }
  // Old macOS printed reachability as a bare line (https://github.com/Tunnelblick/Tunnelblick/pull/452).
  return KNOWN_IGNORED.test(line) || line === 'Reachable' || line === 'Not Reachable';
}

function push(list: string[], value: string): true {
  list.push(value);
  return true;
}

/** Does a resolver domain cover `host` (same name or a parent domain of it)? */
export function domainCovers(domain: string, host: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  return d !== '' && (h === d || h.endsWith(`.${d}`));
}

/**
 * Supplemental resolvers of the main section whose domain covers apple.com or one of the
 * sign-in hosts: a VPN or profile that sends Apple lookups to its own DNS server.
 */
export function resolversCapturing(resolvers: readonly DnsResolver[], hosts: readonly string[]): DnsResolver[] {
  return resolvers.filter((r) => r.supplemental && !r.scoped && r.domain !== null && hosts.some((h) => domainCovers(r.domain!, h)));
}
