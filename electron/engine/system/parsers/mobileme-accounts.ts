/**
 * `defaults read MobileMeAccounts`: the Apple Account signed in to iCloud on this Mac. Key names
 * (AccountID, AccountDSID, DisplayName, LoggedIn, …) are evidenced by public posts (sources per
 * file in tests/fixtures/macos/README.md) and Apple's private MobileMe header constants
 * (`kMMPropertyAccountID`, `…AccountDSID`, …); the full
 * shape is reconstructed, so the reader is strict about structure and lenient about extra keys.
 * When nobody is signed in, `defaults` fails with "Domain MobileMeAccounts does not exist" (quoted
 * in several public setup notes) — see isDomainMissing.
 */
import type { AccountData } from '../../../../shared/checks';
import { type PlistValue, parseOldStylePlist } from './old-style-plist';
import { fail, guard, ok, type ParseResult } from './parse-result';

/** Parse the domain (a dictionary with `Accounts`) or just its `Accounts` array. */
export function parseMobileMeAccounts(text: string): ParseResult<AccountData> {
  return guard('defaults read MobileMeAccounts', () => {
    const parsed = parseOldStylePlist(text);
    if (!parsed.ok) return parsed;
    const top = parsed.value;
    let accounts: PlistValue | undefined;
    if (Array.isArray(top)) accounts = top;
    else if (top instanceof Map) accounts = top.get('Accounts');
    else return fail('not a dictionary');
    const signedOut: AccountData = { signedIn: false, displayName: null, accountId: null };
    if (accounts === undefined) return ok(signedOut);
    if (!Array.isArray(accounts)) return fail('Accounts is not a list');
    for (const a of accounts) {
      if (!(a instanceof Map)) return fail('an account entry is not a dictionary');
      const id = a.get('AccountID');
      const loggedIn = a.get('LoggedIn');
      if (loggedIn !== undefined && typeof loggedIn !== 'string') return fail('LoggedIn is not a value');
      // Older entries have no LoggedIn key: an account with an id counts as signed in then.
      if (typeof id === 'string' && id !== '' && loggedIn !== '0') {
        const name = a.get('DisplayName');
        return ok({ signedIn: true, accountId: id, displayName: typeof name === 'string' && name !== '' ? name : null });
      }
    }
    return ok(signedOut);
  });
}

/** `defaults` stderr for a missing domain/key (exit 1): data meaning "no account", not a failure. */
export function isDomainMissing(stderr: string): boolean {
  return /Domain \S+ does not exist|The domain\/default pair of \(.*\) does not exist/.test(stderr);
}
