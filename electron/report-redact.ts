/**
 * Redaction of personal data in the JSON report (CLI export, logs). The account id and name are
 * shown locally in the app, but never leave the Mac unless the user asks for them.
 */
import type { Report } from '../shared/report';

const REDACTED = '[redacted]';

/** A copy of the report without the Apple Account id / display name. */
export function redactReport(report: Report): Report {
  return {
    ...report,
    checks: report.checks.map((c) =>
      c.id === 'account'
        ? {
            ...c,
            data: {
              ...c.data,
              ...(c.data.accountId ? { accountId: REDACTED } : {}),
              ...(c.data.displayName ? { displayName: REDACTED } : {}),
            },
            summary: redactText(c.summary, [c.data.accountId, c.data.displayName]),
          }
        : c,
    ),
  };
}

function redactText(text: string, secrets: unknown[]): string {
  let out = text;
  for (const s of secrets) if (typeof s === 'string' && s.length > 0) out = out.split(s).join(REDACTED);
  return out;
}
