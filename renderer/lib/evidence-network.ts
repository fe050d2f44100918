/** Evidence lines for the network checks (sign-in endpoints, push, captive portal, DNS). Pure. */
import { causeText } from '../../shared/cause-text';
import { isCause } from '../../shared/causes';
import { EN } from '../../shared/i18n';
import { arr, type EvidenceLine, list, num, obj, str } from './evidence-util';
import { formatMs } from './format';

const PHASE_WORDS: Record<string, string> = {
  dns: 'finding the address (DNS)',
  tcp: 'connecting',
  tls: 'the secure handshake',
  http: 'the web request',
  proxy: 'the proxy',
};

function causeWords(c: unknown): string {
  return isCause(c) ? causeText(c, EN).title : 'failed';
}

/** Sign-in endpoints: one line per endpoint, with the failing phase, code, addresses and issuer. */
export function signinEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const e of arr(data.endpoints)) {
    const host = str(e.host) ?? str(e.id) ?? 'endpoint';
    const phases = obj(e.phases) ?? {};
    const failure = obj(e.failure);
    const via = obj(e.via);
    const proxy = via && via.kind === 'proxy' ? ` via proxy ${str(via.host) ?? '?'}:${num(via.port) ?? '?'}` : '';
    if (failure) {
      const phase = str(failure.phase) ?? '';
      const code = str(failure.code);
      lines.push({
        label: host,
        value: `Failed during ${PHASE_WORDS[phase] ?? phase}: ${causeWords(failure.cause)}${code ? ` (${code})` : ''}${proxy}`,
        tone: 'bad',
      });
    } else {
      const parts = (['dns', 'tcp', 'tls', 'http'] as const)
        .map((p) => [p, num(obj(phases[p])?.durationMs)] as const)
        .filter(([, d]) => d !== null)
        .map(([p, d]) => `${p.toUpperCase()} ${formatMs(d)}`);
      lines.push({ label: host, value: `OK in ${formatMs(num(e.totalMs))}${parts.length ? ` (${parts.join(', ')})` : ''}${proxy}`, tone: 'ok' });
    }
    const addresses = arr<string>(obj(phases.dns)?.addresses);
    const address = str(e.address);
    if (addresses.length || address) lines.push({ label: '  address', value: address ?? list(addresses) });
    const tls = obj(phases.tls);
    const issuer = str(tls?.issuer);
    if (issuer) {
      const authErr = str(tls?.authorizationError);
      lines.push({ label: '  certificate from', value: `${issuer}${authErr ? ` — ${authErr}` : ''}`, tone: tls?.expectedIssuer === false ? 'bad' : undefined });
    }
    const http = obj(phases.http);
    const status = num(http?.status);
    const location = str(http?.location);
    if (status !== null && (failure || location)) lines.push({ label: '  HTTP status', value: `${status}${location ? ` → ${location}` : ''}` });
  }
  return lines;
}

/** Apple Push Notifications: one line per port tried. */
export function pushEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const host = str(data.host);
  if (host) lines.push({ label: 'Server', value: host });
  for (const a of arr(data.attempts)) {
    const ok = a.ok === true;
    const code = str(a.code);
    lines.push({
      label: `Port ${num(a.port) ?? '?'}`,
      value: ok ? `Open (${formatMs(num(a.durationMs))})` : `${causeWords(a.cause)}${code ? ` (${code})` : ''}`,
      tone: ok ? 'ok' : 'bad',
    });
  }
  return lines;
}

/** Captive portal: Apple's Success page or what answered instead. */
export function captiveEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  if (data.success === true) lines.push({ label: 'Apple test page', value: 'Loaded normally (no Wi-Fi login page)', tone: 'ok' });
  const status = num(data.status);
  if (status !== null && data.success !== true) lines.push({ label: 'Answer', value: `HTTP ${status}`, tone: 'bad' });
  const location = str(data.location);
  if (location) lines.push({ label: 'Redirected to', value: location, tone: 'bad' });
  const snippet = str(data.snippet);
  if (snippet) lines.push({ label: 'Page said', value: snippet.slice(0, 160) });
  const failure = obj(data.failure);
  if (failure) lines.push({ label: 'Failed', value: `${causeWords(failure.cause)}${str(failure.code) ? ` (${str(failure.code)})` : ''}`, tone: 'bad' });
  return lines;
}

/** DNS answers per Apple host, with private/fake addresses flagged and the comparison resolver. */
export function dnsEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const resolver = str(data.resolver);
  if (resolver) lines.push({ label: 'DNS server', value: resolver });
  for (const h of arr(data.hosts)) {
    const sys = obj(h.system) ?? {};
    const bogons = arr<string>(h.bogons);
    const cause = sys.cause;
    const value = isCause(cause) ? `${causeText(cause, EN).title}${str(sys.code) ? ` (${str(sys.code)})` : ''}` : list(sys.addresses, 'no address');
    lines.push({ label: str(h.host) ?? 'host', value, tone: isCause(cause) || bogons.length ? 'bad' : undefined });
    if (bogons.length) lines.push({ label: '  private or fake', value: list(bogons), tone: 'bad' });
    const cmp = obj(h.comparison);
    if (cmp)
      lines.push({
        label: `  ${str(cmp.resolver) ?? 'comparison'}`,
        value: isCause(cmp.cause) ? causeText(cmp.cause, EN).title : list(cmp.addresses, 'no address'),
      });
  }
  return lines;
}
