/**
 * Redaction of personal data in the JSON report (CLI export, logs). The account id and name are
 * shown locally in the app, but never leave the Mac unless the user asks for them.
 * Covered: the Apple Account id and display name (`account`), Keychain item account names (an
 * Apple Account email or DSID) and keychain paths (`/Users/<name>/…`).
 */
import type { KeychainItem } from '../../shared/checks';
import type { CheckResult, Report } from '../../shared/report';

const REDACTED = '[redacted]';

/** A copy of the report without personal identifiers. */
export function redactReport(report: Report): Report {
  const secrets = collectSecrets(report);
  return { ...report, checks: report.checks.map((c) => redactCheck(c, secrets)) };
}

function collectSecrets(report: Report): string[] {
  const out: string[] = [];
  for (const c of report.checks) {
    if (c.id === 'account') out.push(...[c.data.accountId, c.data.displayName].filter((s): s is string => typeof s === 'string' && s.length > 2));
    if (c.id === 'keychain') for (const i of (c.data.items as KeychainItem[] | undefined) ?? []) if (i.account && i.account.length > 2) out.push(i.account);
  }
  return out;
}

function redactCheck(c: CheckResult, secrets: string[]): CheckResult {
  const summary = redactText(c.summary, secrets);
  if (c.id === 'account') {
    return {
      ...c,
      summary,
      data: { ...c.data, ...(c.data.accountId ? { accountId: REDACTED } : {}), ...(c.data.displayName ? { displayName: REDACTED } : {}) },
    };
  }
  if (c.id === 'keychain') {
    const items = ((c.data.items as KeychainItem[] | undefined) ?? []).map((i) => ({
      ...i,
      account: i.account ? REDACTED : i.account,
      keychain: i.keychain ? i.keychain.replace(/^\/Users\/[^/]+/, '/Users/[redacted]') : i.keychain,
    }));
    return { ...c, summary, data: { ...c.data, items } };
  }
  return summary === c.summary ? c : { ...c, summary };
}

function redactText(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(REDACTED);
  return out;
}
