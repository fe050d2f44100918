/** Evidence lines for clock, Apple status and the macOS settings checks. Pure. */

import type { Translator } from '../../shared/i18n';
import { arr, bool, type EvidenceLine, list, num, obj, str, yesNo } from './evidence-util';
import { formatOffset } from './format';

/** Clock offset ± bound, the server asked and every attempt's outcome code. */
export function clockEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const offset = num(data.offsetMs);
  if (offset !== null) lines.push({ label: t.t('ui.ev.clock.mac'), value: formatOffset(offset, num(data.errorBoundMs), t) });
  const server = str(data.server);
  if (server) lines.push({ label: t.t('ui.ev.clock.compared'), value: data.source === 'http-date' ? t.t('ui.ev.clock.httpDate', { server }) : server });
  for (const a of arr(data.attempts)) {
    const outcome = str(a.outcome) ?? '?';
    if (outcome !== 'ok') lines.push({ label: `  ${str(a.server) ?? t.t('ui.ev.serverWord')}`, value: outcome, tone: 'warn' });
  }
  return lines;
}

/** Apple System Status: relevant ongoing events with Apple's own message. */
export function appleStatusEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const events = arr(data.events);
  const lines: EvidenceLine[] = events.map((e) => ({
    label: str(e.service) ?? t.t('ui.ev.status.service'),
    value: t
      .t('ui.ev.status.event', {
        type: str(e.statusType) ?? t.t('ui.ev.status.issue'),
        ongoing: e.ongoing === true ? 'yes' : 'no',
        message: str(e.message) ?? '',
      })
      .trim(),
    tone: e.ongoing === true ? 'bad' : undefined,
  }));
  if (!events.length && arr(data.services).length) lines.push({ label: t.t('ui.ev.status.reports'), value: t.t('ui.ev.status.noIssues'), tone: 'ok' });
  return lines;
}

function endpointText(e: Record<string, unknown> | null): string | null {
  if (e?.enabled !== true) return null;
  return `${str(e.host) ?? '?'}:${num(e.port) ?? '?'}`;
}

/** Proxy: which proxies are set, the PAC URL, environment variables, and the route used. */
export function proxyEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const key of ['https', 'http', 'socks'] as const) {
    const text = endpointText(obj(data[key]));
    if (text) lines.push({ label: t.t('ui.ev.proxy.kind', { kind: key.toUpperCase() }), value: text });
  }
  const pac = obj(data.pac);
  if (pac?.enabled === true) lines.push({ label: t.t('ui.ev.proxy.pac'), value: str(pac.url) ?? t.t('ui.ev.proxy.set') });
  const env = obj(data.env);
  for (const [k, name] of [
    ['httpsProxy', 'https_proxy'],
    ['httpProxy', 'http_proxy'],
  ] as const) {
    const v = str(env?.[k]);
    if (v) lines.push({ label: t.t('ui.ev.proxy.variable', { name }), value: v });
  }
  const route = obj(data.route);
  if (route) {
    const value =
      route.kind === 'proxy'
        ? t.t('ui.ev.proxy.through', { proxy: `${str(route.host) ?? '?'}:${num(route.port) ?? '?'}`, source: str(route.source) ?? t.t('ui.ev.proxy.setting') })
        : route.kind === 'pac-unevaluated'
          ? t.t('ui.ev.proxy.pacUnevaluated')
          : t.t('ui.ev.proxy.direct');
    lines.push({ label: t.t('ui.ev.proxy.route'), value });
  }
  return lines;
}

/** VPN: connected services, tunnels and whether all traffic goes through them. */
export function vpnEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const active = arr<string>(data.active);
  lines.push({ label: t.t('ui.ev.vpn.connected'), value: list(active, t.t('ui.ev.none')), tone: active.length ? 'warn' : undefined });
  const other = arr(data.services).filter((s) => !active.includes(str(s.name) ?? ''));
  if (other.length) lines.push({ label: t.t('ui.ev.vpn.other'), value: other.map((s) => `${str(s.name) ?? '?'} (${str(s.state) ?? '?'})`).join(', ') });
  const tunnels = arr(data.tunnels);
  if (tunnels.length) lines.push({ label: t.t('ui.ev.vpn.tunnels'), value: tunnels.map((x) => str(x.iface) ?? '?').join(', ') });
  const def = bool(data.defaultRouteViaTunnel);
  if (def !== null) lines.push({ label: t.t('ui.ev.vpn.all'), value: yesNo(def, t), tone: def ? 'warn' : undefined });
  return lines;
}

/** DNS configuration: resolvers and any that captures apple.com. */
export function dnsConfigEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const resolvers = arr(data.resolvers);
  const lines: EvidenceLine[] = [];
  const primary = resolvers.find((r) => !str(r.domain)) ?? resolvers[0];
  if (primary) lines.push({ label: t.t('ui.ev.dnsServers'), value: list(primary.nameservers, t.t('ui.ev.none')) });
  for (const r of arr(data.appleCapturedBy)) {
    const servers = list(r.nameservers, t.t('ui.ev.none'));
    const iface = str(r.interface);
    lines.push({
      label: t.t('ui.ev.dnsConfig.lookups', { domain: str(r.domain) ?? '?' }),
      value: iface ? t.t('ui.ev.dnsConfig.goToVia', { servers, iface }) : t.t('ui.ev.dnsConfig.goTo', { servers }),
      tone: 'bad',
    });
  }
  return lines;
}

/** Keychain: how many Apple Account items, duplicates and stale ones (never secrets). */
export function keychainEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: t.t('ui.ev.keychain.items'), value: t.number(arr(data.items).length) }];
  const dup = arr<string>(data.duplicates);
  if (dup.length) lines.push({ label: t.t('ui.ev.keychain.duplicates'), value: list(dup), tone: 'warn' });
  const stale = arr<string>(data.stale);
  if (stale.length) lines.push({ label: t.t('ui.ev.keychain.stale'), value: list(stale), tone: 'warn' });
  return lines;
}

/** macOS, firewall, Date & Time and Apple Account facts. */
export function macosEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const v = [str(data.productName) ?? 'macOS', str(data.productVersion), str(data.buildVersion) ? `(${str(data.buildVersion)})` : null];
  return [{ label: t.t('ui.ev.macos.version'), value: v.filter(Boolean).join(' ') }];
}

export function firewallEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  return [
    { label: t.t('ui.ev.firewall.state'), value: yesNo(data.enabled, t, 'ui.ev.on', 'ui.ev.off') },
    { label: t.t('ui.ev.firewall.blockAll'), value: yesNo(data.blockAll, t), tone: data.blockAll === true ? 'warn' : undefined },
    { label: t.t('ui.ev.firewall.stealth'), value: yesNo(data.stealth, t, 'ui.ev.on', 'ui.ev.off') },
  ];
}

export function timeSettingsEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: t.t('ui.ev.time.automatic'), value: yesNo(data.automatic, t), tone: data.automatic === false ? 'warn' : undefined }];
  if (str(data.timeZone)) lines.push({ label: t.t('ui.ev.time.zone'), value: str(data.timeZone)! });
  if (str(data.server)) lines.push({ label: t.t('ui.ev.time.server'), value: str(data.server)! });
  for (const n of arr<string>(data.notes)) if (typeof n === 'string') lines.push({ label: t.t('ui.ev.note'), value: n });
  return lines;
}

export function accountEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [{ label: t.t('ui.ev.account.signedIn'), value: yesNo(data.signedIn, t), tone: data.signedIn === false ? 'warn' : undefined }];
  if (str(data.displayName)) lines.push({ label: t.t('ui.ev.account.name'), value: str(data.displayName)! });
  if (str(data.accountId)) lines.push({ label: t.t('ui.ev.account.id'), value: str(data.accountId)! });
  return lines;
}
