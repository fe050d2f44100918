/**
 * `scutil --nc list` (configd `scutil.tproj/nc.c`).
 *
 * A list line is printed with
 * `printf("%@ %@ %@ %@ %@ [%@%@%@]\n", enabled?"*":" ", status, serviceID, interface, "\"name\"", type, ":", subtype)`
 * where status is padded to 16, the interface to 18 and the quoted name to 32 characters with
 * CFStringPad — which also *truncates*: a name of 31+ characters loses its closing quote (and
 * from 32 its last character too). So the line is parsed by its delimiters, never by column.
 */
import type { VpnService } from '../../../../shared/checks';
import { excerpt, fail, guard, ok, type ParseResult, splitLines } from './parse-result';

/** One network connection service from `scutil --nc list`. */
export interface NcService extends VpnService {
  enabled: boolean;
  serviceId: string;
  /** Interface display name, e.g. "PPP --> L2TP" or "VPN (com.example.app)". */
  interfaceName: string;
  /** True when scutil cut the name (closing quote missing). */
  nameTruncated: boolean;
}

const HEADER = 'Available network connection services in the current set (*=enabled):';

/** Parse one service line (also the first line of `--nc show`). */
export function parseNcServiceLine(line: string): ParseResult<NcService> {
  return guard('scutil --nc line', () => {
    const m = /^([* ]) +\(([A-Za-z]+)\) +(\S+) +(.*)$/.exec(line.trimEnd());
    if (!m) return fail(`not a service line: "${excerpt(line)}"`);
    const rest = m[4]!;
    const quote = rest.indexOf('"');
    // The line ends with " [type]"; found by position, not by an unanchored regex (which would be
    // quadratic on a huge line).
    const open = rest.lastIndexOf('[');
    const type = rest.slice(open + 1, -1);
    if (quote < 0 || open <= quote || !/\s/.test(rest[open - 1] ?? '') || !rest.endsWith(']') || type.includes(']')) {
      return fail(`service line without "name" [type]: "${excerpt(line)}"`);
    }
    let name = rest.slice(quote + 1, open).trimEnd();
    const nameTruncated = !name.endsWith('"');
    if (!nameTruncated) name = name.slice(0, -1);
    const state = m[2]!;
    return ok({
      enabled: m[1] === '*',
      state,
      serviceId: m[3]!,
      interfaceName: rest.slice(0, quote).trim(),
      name,
      nameTruncated,
      type,
    });
  });
}

/** Parse `scutil --nc list`: the header line, then one line per service (possibly none). */
export function parseNcList(text: string): ParseResult<NcService[]> {
  return guard('scutil --nc list', () => {
    // Not trimmed: a disabled service's line starts with a space (the empty "enabled" column).
    const [head, ...rest] = splitLines(text).filter((l) => l.trim() !== '');
    if (head?.trim() !== HEADER) return fail(head === undefined ? 'empty output' : `missing header, got "${excerpt(head)}"`);
    const services: NcService[] = [];
    for (const line of rest) {
      const parsed = parseNcServiceLine(line);
      if (!parsed.ok) return parsed;
      services.push(parsed.value);
    }
    return ok(services);
  });
}
