/**
 * `networksetup` reads (samples in tests/fixtures/macos/networksetup-*). Not used by a check yet
 * (`scutil` gives the same facts without localisation); kept so admins' reports can be compared
 * and so every sample of the allow-listed tools is covered by a test.
 */
import type { ProxyEndpoint } from '../../../../shared/checks';
import { excerpt, fail, guard, meaningfulLines, ok, type ParseResult } from './parse-result';

/**
 * `-getwebproxy` / `-getsecurewebproxy` / `-getsocksfirewallproxy SERVICE`: "Enabled: Yes|No",
 * "Server: host" (may be empty or a leftover "off"), "Port: N".
 */
export function parseNetworksetupProxy(text: string): ParseResult<ProxyEndpoint> {
  return guard('networksetup proxy', () => {
    const f = new Map<string, string>();
    for (const line of meaningfulLines(text)) {
      const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
      if (!m) return fail(`unrecognised line "${excerpt(line)}"`);
      f.set(m[1]!, m[2]!.trim());
    }
    const enabled = f.get('Enabled');
    if (enabled !== 'Yes' && enabled !== 'No') return fail('no "Enabled: Yes|No" line');
    const server = f.get('Server') ?? '';
    const port = Number(f.get('Port'));
    return ok({ enabled: enabled === 'Yes', host: server === '' ? null : server, port: Number.isInteger(port) && port > 0 && port < 65536 ? port : null });
  });
}

/** `-listallnetworkservices`: a note line, then one service per line ("*" prefix = disabled). */
export function parseNetworkServices(text: string): ParseResult<{ name: string; enabled: boolean }[]> {
  return guard('networksetup -listallnetworkservices', () => {
    const lines = meaningfulLines(text);
    if (!/^An asterisk \(\*\) denotes that a network service is disabled\.$/.test(lines[0] ?? '')) return fail('missing the asterisk note line');
    return ok(lines.slice(1).map((l) => (l.startsWith('*') ? { name: l.slice(1).trim(), enabled: false } : { name: l, enabled: true })));
  });
}

/** `-listallhardwareports`: blocks of "Hardware Port:", "Device:", "Ethernet Address:". */
export function parseHardwarePorts(text: string): ParseResult<{ port: string; device: string }[]> {
  return guard('networksetup -listallhardwareports', () => {
    const out: { port: string; device: string }[] = [];
    let port: string | null = null;
    for (const line of meaningfulLines(text)) {
      const m = /^(Hardware Port|Device|Ethernet Address|VLAN Configurations|=+):?\s*(.*)$/.exec(line);
      if (!m) return fail(`unrecognised line "${excerpt(line)}"`);
      if (m[1] === 'Hardware Port') port = m[2]!;
      else if (m[1] === 'Device' && port !== null) out.push({ port, device: m[2]! });
    }
    return out.length > 0 ? ok(out) : fail('no hardware port listed');
  });
}

/** `-getdnsservers SERVICE`: one address per line, or the "There aren't any DNS Servers" sentence. */
export function parseDnsServers(text: string): ParseResult<string[]> {
  return guard('networksetup -getdnsservers', () => {
    const lines = meaningfulLines(text);
    if (lines.length === 1 && /^There aren't any DNS Servers set on .+\.$/.test(lines[0]!)) return ok([]);
    if (lines.length === 0) return fail('empty output');
    const bad = lines.find((l) => !/^[0-9A-Fa-f:.%]+$/.test(l));
    return bad === undefined ? ok(lines) : fail(`not an address: "${excerpt(bad)}"`);
  });
}
