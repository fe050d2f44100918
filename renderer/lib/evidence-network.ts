/** Evidence lines for the network checks (sign-in endpoints, push, captive portal, DNS). Pure. */
import { causeText } from '../../shared/cause-text';
import { isCause } from '../../shared/causes';
import type { MessageKey, Translator } from '../../shared/i18n';
import { arr, type EvidenceLine, list, num, obj, str } from './evidence-util';
import { formatMs } from './format';

const PHASE_WORDS: Record<string, MessageKey> = {
  dns: 'ui.ev.phase.dns',
  tcp: 'ui.ev.phase.tcp',
  tls: 'ui.ev.phase.tls',
  http: 'ui.ev.phase.http',
  proxy: 'ui.ev.phase.proxy',
};

function causeWords(c: unknown, t: Translator): string {
  return isCause(c) ? causeText(c, t).title : t.t('ui.ev.failed');
}

/** " (CODE)" after a cause, or nothing. */
function withCode(words: string, code: string | null, t: Translator): string {
  return code ? t.t('ui.ev.withCode', { words, code }) : words;
}

/** Sign-in endpoints: one line per endpoint, with the failing phase, code, addresses and issuer. */
export function signinEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const e of arr(data.endpoints)) {
    const host = str(e.host) ?? str(e.id) ?? t.t('ui.ev.endpoint');
    const phases = obj(e.phases) ?? {};
    const failure = obj(e.failure);
    const via = obj(e.via);
    const proxy = via && via.kind === 'proxy' ? `${str(via.host) ?? '?'}:${num(via.port) ?? '?'}` : '';
    if (failure) {
      const phase = str(failure.phase) ?? '';
      const key = PHASE_WORDS[phase];
      const value = t.t('ui.ev.signin.failed', {
        phase: key ? t.t(key) : phase,
        cause: withCode(causeWords(failure.cause, t), str(failure.code), t),
      });
      lines.push({ label: host, value: proxy ? t.t('ui.ev.viaProxy', { text: value, proxy }) : value, tone: 'bad' });
    } else {
      const parts = (['dns', 'tcp', 'tls', 'http'] as const)
        .map((p) => [p, num(obj(phases[p])?.durationMs)] as const)
        .filter(([, d]) => d !== null)
        .map(([p, d]) => `${p.toUpperCase()} ${formatMs(d, t)}`);
      const total = formatMs(num(e.totalMs), t);
      const value = parts.length ? t.t('ui.ev.signin.okPhases', { total, phases: parts.join(', ') }) : t.t('ui.ev.signin.ok', { total });
      lines.push({ label: host, value: proxy ? t.t('ui.ev.viaProxy', { text: value, proxy }) : value, tone: 'ok' });
    }
    const addresses = arr<string>(obj(phases.dns)?.addresses);
    const address = str(e.address);
    if (addresses.length || address) lines.push({ label: `  ${t.t('ui.ev.address')}`, value: address ?? list(addresses, t.t('ui.ev.none')) });
    const tls = obj(phases.tls);
    const issuer = str(tls?.issuer);
    if (issuer) {
      const authErr = str(tls?.authorizationError);
      lines.push({
        label: `  ${t.t('ui.ev.certificateFrom')}`,
        value: authErr ? `${issuer} — ${authErr}` : issuer,
        tone: tls?.expectedIssuer === false ? 'bad' : undefined,
      });
    }
    const http = obj(phases.http);
    const status = num(http?.status);
    const location = str(http?.location);
    if (status !== null && (failure || location)) lines.push({ label: `  ${t.t('ui.ev.httpStatus')}`, value: `${status}${location ? ` → ${location}` : ''}` });
  }
  return lines;
}

/** Apple Push Notifications: one line per port tried. */
export function pushEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const host = str(data.host);
  if (host) lines.push({ label: t.t('ui.ev.server'), value: host });
  for (const a of arr(data.attempts)) {
    const ok = a.ok === true;
    lines.push({
      label: t.t('ui.ev.port', { port: num(a.port) ?? '?' }),
      value: ok ? t.t('ui.ev.open', { time: formatMs(num(a.durationMs), t) }) : withCode(causeWords(a.cause, t), str(a.code), t),
      tone: ok ? 'ok' : 'bad',
    });
  }
  return lines;
}

/** Captive portal: Apple's Success page or what answered instead. */
export function captiveEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  if (data.success === true) lines.push({ label: t.t('ui.ev.captive.page'), value: t.t('ui.ev.captive.loaded'), tone: 'ok' });
  const status = num(data.status);
  if (status !== null && data.success !== true) lines.push({ label: t.t('ui.ev.captive.answer'), value: `HTTP ${status}`, tone: 'bad' });
  const location = str(data.location);
  if (location) lines.push({ label: t.t('ui.ev.captive.redirected'), value: location, tone: 'bad' });
  const snippet = str(data.snippet);
  if (snippet) lines.push({ label: t.t('ui.ev.captive.said'), value: snippet.slice(0, 160) });
  const failure = obj(data.failure);
  if (failure) lines.push({ label: t.t('ui.ev.failedLabel'), value: withCode(causeWords(failure.cause, t), str(failure.code), t), tone: 'bad' });
  return lines;
}

/** DNS answers per Apple host, with private/fake addresses flagged and the comparison resolver. */
export function dnsEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const resolver = str(data.resolver);
  if (resolver) lines.push({ label: t.t('ui.ev.dnsServer'), value: resolver });
  const noAddress = t.t('ui.ev.noAddress');
  for (const h of arr(data.hosts)) {
    const sys = obj(h.system) ?? {};
    const bogons = arr<string>(h.bogons);
    const cause = sys.cause;
    const value = isCause(cause) ? withCode(causeText(cause, t).title, str(sys.code), t) : list(sys.addresses, noAddress);
    lines.push({ label: str(h.host) ?? t.t('ui.ev.host'), value, tone: isCause(cause) || bogons.length ? 'bad' : undefined });
    if (bogons.length) lines.push({ label: `  ${t.t('ui.ev.bogons')}`, value: list(bogons), tone: 'bad' });
    const cmp = obj(h.comparison);
    if (cmp)
      lines.push({
        label: `  ${str(cmp.resolver) ?? t.t('ui.ev.comparison')}`,
        value: isCause(cmp.cause) ? causeText(cmp.cause, t).title : list(cmp.addresses, noAddress),
      });
  }
  return lines;
}
