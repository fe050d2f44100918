/** Evidence lines for any check result (text only; rendered as text nodes, never as HTML). Pure. */
import { CAUSE_TEXT } from '../../shared/cause-text';
import { didNotRun } from '../../shared/not-checked';
import type { CheckResult } from '../../shared/report';
import { appleStatusEvidence, clockEvidence, dnsConfigEvidence, keychainEvidence, macEvidence, proxyEvidence, vpnEvidence } from './evidence-mac';
import { captiveEvidence, dnsEvidence, pushEvidence, signinEvidence } from './evidence-network';
import { type EvidenceLine, obj } from './evidence-util';

export type { EvidenceLine } from './evidence-util';

/** The evidence a person (or support) needs to see for one check. */
export function evidenceFor(result: CheckResult): EvidenceLine[] {
  // Nothing was measured: no rows at all (the row says why it did not run).
  if (didNotRun(result)) return [];
  const data = obj(result.data) ?? {};
  let lines: EvidenceLine[];
  switch (result.id) {
    case 'signin-endpoints':
      lines = signinEvidence(data);
      break;
    case 'push':
      lines = pushEvidence(data);
      break;
    case 'captive-portal':
      lines = captiveEvidence(data);
      break;
    case 'dns':
      lines = dnsEvidence(data);
      break;
    case 'clock':
      lines = clockEvidence(data);
      break;
    case 'apple-status':
      lines = appleStatusEvidence(data);
      break;
    case 'proxy':
      lines = proxyEvidence(data);
      break;
    case 'vpn':
      lines = vpnEvidence(data);
      break;
    case 'dns-config':
      lines = dnsConfigEvidence(data);
      break;
    case 'keychain':
      lines = keychainEvidence(data);
      break;
    default:
      lines = macEvidence(result.id, data);
  }
  if (result.cause && (result.status === 'fail' || result.status === 'warn')) {
    lines.unshift({ label: 'Problem', value: CAUSE_TEXT[result.cause].title, tone: result.status === 'warn' ? 'warn' : 'bad' });
  }
  return lines;
}
