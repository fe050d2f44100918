/**
 * `keychain`: attributes (never secrets) of the Apple Account items in the Keychain, from
 * `security dump-keychain` without -d (the runner refuses anything that could print a secret).
 * Duplicates and items untouched for over a year are hints: warn, never fail.
 */
import type { KeychainData } from '../../../shared/checks';
import { appleAccountItems, duplicateNames, staleNames } from '../system/apple-keychain';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { parseSecurityItems, type SecurityItem } from '../system/parsers/security-items';
import type { CheckDefinition } from '../types';
import { msg, say } from './say';
import { toolErrorOutcome } from './tool-evidence';

/** The keychain dump (attributes only) and the time it was read (for "not changed for over a year"). */
export interface KeychainEvidence {
  read: ToolRead<SecurityItem[]>;
  nowMs: number;
}

import { fail } from '../system/parsers/parse-result';

export const keychainCheck: CheckDefinition<'keychain', KeychainEvidence> = {
  id: 'keychain',
  kind: 'macos',
  async measure(ctx) {
    const read = await readTool(
      ctx,
      'security',
      ['dump-keychain'],
      // Every Mac has items in its keychains: empty output is not "no items".
      (r) => (r.stdout.trim() === '' ? fail('printed nothing') : parseSecurityItems(r.stdout, { partial: r.truncated })),
      // A big keychain can exceed the output cap: the complete items read so far still count.
      { allowTruncated: true },
    );
    return { read, nowMs: ctx.deps.clock.now() };
  },
  judge({ read, nowMs }) {
    if (!read.ok) return toolErrorOutcome(read.failure);
    const items = appleAccountItems(read.value);
    const data: KeychainData = { items, duplicates: duplicateNames(items), stale: staleNames(items, nowMs) };
    const partial = read.result.truncated ? msg('checks.keychain.partial', { n: read.value.length }) : null;
    const count = msg('checks.keychain.count', { n: items.length });
    if (data.duplicates.length > 0) {
      return {
        status: 'warn',
        cause: 'keychain.duplicates',
        ...say('checks.keychain.duplicates', { count, names: { list: data.duplicates, type: 'unit' } }, [
          data.stale.length ? msg('checks.keychain.stale_also', { n: data.stale.length }) : null,
          partial,
        ]),
        data,
      };
    }
    if (data.stale.length > 0) {
      return {
        status: 'warn',
        cause: 'keychain.stale',
        ...say('checks.keychain.stale', { count, names: { list: data.stale, type: 'unit' } }, [partial]),
        data,
      };
    }
    return { status: 'pass', cause: null, ...say('checks.keychain.ok', { count }, [partial]), data };
  },
};
