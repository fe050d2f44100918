/**
 * `networksetup` reads (samples in tests/fixtures/macos/networksetup-*): the repair planner
 * (repairs/plan.ts) uses them to find which network service carries a dead proxy.
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
