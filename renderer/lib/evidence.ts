/** Evidence lines for any check result (text only; rendered as text nodes, never as HTML). Pure. */
import { causeText } from '../../shared/cause-text';
import type { CheckId } from '../../shared/checks';
import type { Translator } from '../../shared/i18n';
import { didNotRun } from '../../shared/not-checked';
import type { CheckResult } from '../../shared/report';
import { appleLogEvidence } from './evidence-apple-log';
import {
  accountEvidence,
  appleStatusEvidence,
  clockEvidence,
  dnsConfigEvidence,
  firewallEvidence,
  keychainEvidence,
  macosEvidence,
  proxyEvidence,
  timeSettingsEvidence,
  vpnEvidence,
} from './evidence-mac';
import { captiveEvidence, dnsEvidence, pushEvidence, signinEvidence } from './evidence-network';
import { type EvidenceLine, obj } from './evidence-util';

export type { EvidenceLine } from './evidence-util';

/** How each check's evidence reads: a `Record`, so a new check without its presentation fails `tsc`. */
const EVIDENCE: Record<CheckId, (data: Record<string, unknown>, t: Translator) => EvidenceLine[]> = {
  'signin-endpoints': signinEvidence,
  push: pushEvidence,
  'captive-portal': captiveEvidence,
  dns: dnsEvidence,
  proxy: proxyEvidence,
  vpn: vpnEvidence,
  'dns-config': dnsConfigEvidence,
  clock: clockEvidence,
  'time-settings': timeSettingsEvidence,
  macos: macosEvidence,
  firewall: firewallEvidence,
  keychain: keychainEvidence,
  account: accountEvidence,
  'apple-status': appleStatusEvidence,
  'apple-log': appleLogEvidence,
};

/** The evidence a person (or support) needs to see for one check. */
export function evidenceFor(result: CheckResult, t: Translator): EvidenceLine[] {
  // Nothing was measured: no rows at all (the row says why it did not run).
  if (didNotRun(result)) return [];
  const data = obj(result.data) ?? {};
  const lines = EVIDENCE[result.id]?.(data, t) ?? [];
  if (result.cause && (result.status === 'fail' || result.status === 'warn')) {
    lines.unshift({ label: t.t('ui.ev.problem'), value: causeText(result.cause, t).title, tone: result.status === 'warn' ? 'warn' : 'bad' });
  }
  return lines;
}
