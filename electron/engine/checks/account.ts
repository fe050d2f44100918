/**
 * `account`: is an Apple Account signed in to iCloud on this Mac (`defaults read
 * MobileMeAccounts`)? "Domain … does not exist" means nobody is. The account id is kept in data
 * for the local UI only; exports redact `data.accountId` and `data.displayName`, so neither is put
 * in the summary.
 */
import type { AccountData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { isDomainMissing, parseMobileMeAccounts } from '../system/parsers/mobileme-accounts';
import { ok } from '../system/parsers/parse-result';
import type { CheckDefinition } from '../types';
import { say } from './say';
import { toolErrorOutcome } from './tool-evidence';

export const accountCheck: CheckDefinition<'account', ToolRead<AccountData>> = {
  id: 'account',
  kind: 'macos',
  measure: (ctx) =>
    readTool(
      ctx,
      'defaults',
      ['read', 'MobileMeAccounts'],
      (r) => (r.exitCode !== 0 ? ok({ signedIn: false, displayName: null, accountId: null }) : parseMobileMeAccounts(r.stdout)),
      { dataExit: (r) => r.exitCode === 1 && isDomainMissing(r.stderr) },
    ),
  judge(read) {
    if (!read.ok) return toolErrorOutcome(read.failure);
    const data = read.value;
    if (!data.signedIn) {
      return { status: 'warn', cause: 'account.signed_out', ...say('checks.account.signed_out'), data };
    }
    return { status: 'pass', cause: null, ...say('checks.account.signed_in'), data };
  },
};
