import { describe, expect, it } from 'vitest';
import { redactReport } from '../../electron/report/redact';
import type { Report } from '../../shared/report';
import { result } from '../engine/helpers';

const report: Report = {
  schema: 'appleid-doctor/report@1',
  startedAt: '2026-11-22T00:00:00.000Z',
  durationMs: 10,
  platform: { os: 'darwin', release: '25.0.0', arch: 'arm64', macosProbes: true },
  verdict: { light: 'green', headline: 'x', primaryCause: null, explanation: 'x', otherCauses: [] },
  checks: [
    {
      ...result('account', 'pass', null, { signedIn: true, accountId: 'jane.appleseed@icloud.com', displayName: 'Jane Appleseed' }),
      summary: 'Signed in as Jane Appleseed (jane.appleseed@icloud.com)',
    },
    result('keychain', 'warn', 'keychain.duplicates', {
      items: [
        {
          service: 'com.apple.account.AppleIDAuthentication.token',
          account: 'jane.appleseed@icloud.com',
          label: 'x',
          keychain: '/Users/jane/Library/Keychains/login.keychain-db',
          created: null,
          modified: null,
          class: 'genp',
        },
      ],
    }),
  ],
};

describe('redactReport', () => {
  it('removes the account id, display name, Keychain account names and user paths everywhere', () => {
    const text = JSON.stringify(redactReport(report));
    expect(text).not.toMatch(/jane/i);
    expect(text).toContain('/Users/[user]/Library/Keychains/login.keychain-db'); // one rule for every face
    expect(text).toContain('com.apple.account.AppleIDAuthentication.token'); // evidence stays
  });

  it('leaves the original report untouched (the app still shows it locally)', () => {
    redactReport(report);
    expect(JSON.stringify(report)).toContain('jane.appleseed@icloud.com');
  });
});
