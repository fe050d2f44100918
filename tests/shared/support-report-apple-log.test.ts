/**
 * The support report carries what Apple's software logged: the exact codes and times (what the
 * seed tells people to collect), with e-mails, phone numbers, DSIDs and user paths left out —
 * the messages are redacted when they are collected, so not even "include personal details"
 * brings them back.
 */
import { describe, expect, it } from 'vitest';
import { redactLogMessage } from '../../shared/apple-codes/redact-log';
import type { AppleLogEvent } from '../../shared/checks';
import { EN } from '../../shared/i18n';
import type { CheckResult, Report } from '../../shared/report';
import { buildSupportReport } from '../../shared/support-report';
import { cannedReport } from '../renderer/canned-reports';

const NOW = new Date('2026-03-12T14:10:00Z');
const RAW =
  'Attempting to show login error: Error Domain=AKAuthenticationError Code=-7035 "(null)" UserInfo={AKUsername=jane@example.com, DSID=1234567890, /Users/jane/Library}';
const event: AppleLogEvent = {
  at: '2026-03-12T14:02:11.000Z',
  firstAt: '2026-03-12T14:01:40.000Z',
  count: 3,
  process: 'akd',
  subsystem: 'com.apple.authkit',
  domain: 'AKAuthenticationError',
  code: -7035,
  name: 'AKAppleIDAuthenticationErrorNoCodeReceived',
  meaning: 'The verification code never arrived.',
  family: 'account',
  cause: 'auth.code_not_delivered',
  message: redactLogMessage(RAW),
  codes: ['AKAuthenticationError -7035'],
};

function report(): Report {
  const r = cannedReport('green', new Date('2026-03-12T14:05:00Z'));
  const log: CheckResult = {
    id: 'apple-log',
    title: 'What Apple’s own software reported',
    group: 'apple',
    status: 'warn',
    cause: 'auth.code_not_delivered',
    summary: 'at 14:02 UTC akd reported AKAuthenticationError -7035 (AKAppleIDAuthenticationErrorNoCodeReceived) ×3.',
    durationMs: 120,
    data: { windowMinutes: 15, events: [event], successes: [], cleared: 0, truncated: false, records: 40, unreadableLines: 0, note: null },
    fixes: ['auth-code-not-delivered'],
  };
  return { ...r, checks: [...r.checks, log] };
}

describe('support report: what Apple’s software said', () => {
  it.each([false, true])(
    'Markdown lists the time, process, exact code and name (personal details included: %s), never the e-mail, DSID or user path',
    (includePersonal) => {
      const { text } = buildSupportReport({ report: report(), history: [], request: { format: 'markdown', includePersonal, stepsDone: [] }, now: NOW }, EN);
      expect(text).toContain('## What Apple’s software said');
      expect(text).toContain(
        '- 2026-03-12 14:02:11 UTC — akd — `AKAuthenticationError -7035` AKAppleIDAuthenticationErrorNoCodeReceived ×3 (first 2026-03-12 14:01:40 UTC): The verification code never arrived. → `auth.code_not_delivered`',
      );
      expect(text).toContain('Error codes: `AKAuthenticationError -7035`');
      for (const secret of ['jane@example.com', '1234567890', '/Users/jane/Library}']) expect(text).not.toContain(secret);
      expect(text).toContain('/Users/[user]/Library}');
    },
  );

  it('JSON carries the event with its code and time', () => {
    const { text } = buildSupportReport({ report: report(), history: [], request: { format: 'json', includePersonal: false, stepsDone: [] }, now: NOW }, EN);
    const json = JSON.parse(text) as { checks: { id: string; errorCodes: string[]; evidence: { events: AppleLogEvent[] } }[] };
    const log = json.checks.find((c) => c.id === 'apple-log')!;
    expect(log.errorCodes).toEqual(['AKAuthenticationError -7035']);
    expect(log.evidence.events[0]).toMatchObject({ at: event.at, process: 'akd', code: -7035, cause: 'auth.code_not_delivered' });
    expect(text).not.toContain('jane@example.com');
  });
});
