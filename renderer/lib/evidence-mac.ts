/** Evidence lines for clock, Apple status and the macOS settings checks. Pure. */

import { arr, bool, type EvidenceLine, list, num, obj, str, yesNo } from './evidence-util';
import { formatOffset } from './format';

/** Clock offset ± bound, the server asked and every attempt's outcome code. */
export function clockEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const offset = num(data.offsetMs);
  if (offset !== null) lines.push({ label: 'This Mac’s clock', value: formatOffset(offset, num(data.errorBoundMs)) });
  const server = str(data.server);
  if (server) lines.push({ label: 'Compared with', value: `${server}${data.source === 'http-date' ? ' (web server date, time server unreachable)' : ''}` });
  for (const a of arr(data.attempts)) {
    const outcome = str(a.outcome) ?? '?';
    if (outcome !== 'ok') lines.push({ label: `  ${str(a.server) ?? 'server'}`, value: outcome, tone: 'warn' });
  }
  return lines;
}

/** Apple System Status: relevant ongoing events with Apple's own message. */
export function appleStatusEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const events = arr(data.events);
  const lines: EvidenceLine[] = events.map((e) => ({
    label: str(e.service) ?? 'Apple service',
    value: `${str(e.statusType) ?? 'Issue'}${e.ongoing === true ? ' (ongoing)' : ' (resolved)'}: ${str(e.message) ?? ''}`.trim(),
    tone: e.ongoing === true ? 'bad' : undefined,
  }));
  if (!events.length && arr(data.services).length) lines.push({ label: 'Apple reports', value: 'No issues with sign-in services', tone: 'ok' });
  return lines;
}

function endpointText(e: Record<string, unknown> | null): string | null {
  if (e?.enabled !== true) return null;
  return `${str(e.host) ?? '?'}:${num(e.port) ?? '?'}`;
}

/** Proxy: which proxies are set, the PAC URL, environment variables, and the route used. */
export function proxyEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const key of ['https', 'http', 'socks'] as const) {
    const t = endpointText(obj(data[key]));
    if (t) lines.push({ label: `${key.toUpperCase()} proxy`, value: t });
  }
  const pac = obj(data.pac);
  if (pac?.enabled === true) lines.push({ label: 'Automatic proxy script', value: str(pac.url) ?? 'set' });
  const env = obj(data.env);
  for (const [k, label] of [
    ['httpsProxy', 'https_proxy'],
    ['httpProxy', 'http_proxy'],
  ] as const) {
    const v = str(env?.[k]);
    if (v) lines.push({ label: `Variable ${label}`, value: v });
  }
  const route = obj(data.route);
  if (route) {
    const value =
      route.kind === 'proxy'
        ? `Through ${str(route.host) ?? '?'}:${num(route.port) ?? '?'} (${str(route.source) ?? 'setting'})`
        : route.kind === 'pac-unevaluated'
          ? 'Proxy script could not be evaluated'
          : 'Direct (no proxy)';
    lines.push({ label: 'Apple traffic goes', value });
  }
  return lines;
}

/** VPN: connected services, tunnels and whether all traffic goes through them. */
export function vpnEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const active = arr<string>(data.active);
  lines.push({ label: 'Connected VPN', value: list(active), tone: active.length ? 'warn' : undefined });
  const other = arr(data.services).filter((s) => !active.includes(str(s.name) ?? ''));
  if (other.length) lines.push({ label: 'Other VPNs', value: other.map((s) => `${str(s.name) ?? '?'} (${str(s.state) ?? '?'})`).join(', ') });
  const tunnels = arr(data.tunnels);
  if (tunnels.length) lines.push({ label: 'Tunnels', value: tunnels.map((t) => str(t.iface) ?? '?').join(', ') });
  const def = bool(data.defaultRouteViaTunnel);
  if (def !== null) lines.push({ label: 'All traffic through VPN', value: def ? 'Yes' : 'No', tone: def ? 'warn' : undefined });
  return lines;
}

/** DNS configuration: resolvers and any that captures apple.com. */
export function dnsConfigEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const resolvers = arr(data.resolvers);
  const lines: EvidenceLine[] = [];
  const primary = resolvers.find((r) => !str(r.domain)) ?? resolvers[0];
  if (primary) lines.push({ label: 'DNS servers', value: list(primary.nameservers) });
  for (const r of arr(data.appleCapturedBy)) {
    lines.push({
      label: `Lookups for ${str(r.domain) ?? '?'}`,
      value: `go to ${list(r.nameservers)}${str(r.interface) ? ` (${str(r.interface)})` : ''}`,
      tone: 'bad',
    });
  }
  return lines;
}

/** Keychain: how many Apple Account items, duplicates and stale ones (never secrets). */
export function keychainEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: 'Apple Account items', value: String(arr(data.items).length) }];
  const dup = arr<string>(data.duplicates);
  if (dup.length) lines.push({ label: 'Duplicates', value: list(dup), tone: 'warn' });
  const stale = arr<string>(data.stale);
  if (stale.length) lines.push({ label: 'Not changed for a long time', value: list(stale), tone: 'warn' });
  return lines;
}

/** macOS, firewall, Date & Time and Apple Account facts. */
export function macosEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const v = [str(data.productName) ?? 'macOS', str(data.productVersion), str(data.buildVersion) ? `(${str(data.buildVersion)})` : null];
  return [{ label: 'Version', value: v.filter(Boolean).join(' ') }];
}

export function firewallEvidence(data: Record<string, unknown>): EvidenceLine[] {
  return [
    { label: 'Firewall', value: yesNo(data.enabled, 'On', 'Off') },
    { label: 'Block all incoming', value: yesNo(data.blockAll), tone: data.blockAll === true ? 'warn' : undefined },
    { label: 'Stealth mode', value: yesNo(data.stealth, 'On', 'Off') },
  ];
}

export function timeSettingsEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: 'Set time automatically', value: yesNo(data.automatic), tone: data.automatic === false ? 'warn' : undefined }];
  if (str(data.timeZone)) lines.push({ label: 'Time zone', value: str(data.timeZone)! });
  if (str(data.server)) lines.push({ label: 'Time server', value: str(data.server)! });
  for (const n of arr<string>(data.notes)) if (typeof n === 'string') lines.push({ label: 'Note', value: n });
  return lines;
}

export function accountEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: 'Signed in', value: yesNo(data.signedIn), tone: data.signedIn === false ? 'warn' : undefined }];
  if (str(data.displayName)) lines.push({ label: 'Name', value: str(data.displayName)! });
  if (str(data.accountId)) lines.push({ label: 'Apple Account', value: str(data.accountId)! });
  return lines;
}
