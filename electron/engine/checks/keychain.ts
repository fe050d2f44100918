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
    const partial = read.result.truncated ? ` Only the first ${read.value.length} keychain items were read (the list is very long).` : '';
    const count = `${items.length} Apple Account item${items.length === 1 ? '' : 's'} in the Keychain`;
    if (data.duplicates.length > 0) {
      return {
        status: 'warn',
        cause: 'keychain.duplicates',
        summary: `${count}; more than one for ${data.duplicates.join(', ')}.${data.stale.length ? ` ${data.stale.length} not changed for over a year.` : ''}${partial}`,
        data,
      };
    }
    if (data.stale.length > 0) {
      return { status: 'warn', cause: 'keychain.stale', summary: `${count}; not changed for over a year: ${data.stale.join(', ')}.${partial}`, data };
    }
    return { status: 'pass', cause: null, summary: `${count}, no duplicates or old entries.${partial}`, data };
  },
};
