/**
 * Shared by the history and settings stores: a file that cannot be trusted is never deleted and
 * never crashes the app; it is renamed beside itself (`<name>.corrupt-<time>`) so a person can
 * look at it, and the store starts fresh.
 */

import { renameSync } from 'node:fs';
import { rename } from 'node:fs/promises';

/** Something a store noticed and repaired, for the log (and tests). */
export interface StoreIssue {
  /** `unreadable`: kept as it is (permissions, a pipe); `unwritable`: changes last until quit. */
  kind: 'torn-tail' | 'corrupt' | 'invalid-values' | 'io-error' | 'unreadable' | 'unwritable';
  file: string;
  message: string;
  /** Where the untrusted file was moved. */
  setAsidePath?: string;
}

/** `<path>.corrupt-2026-05-01T10-00-00-000Z` (no colons: safe on every file system). */
export function setAsidePath(path: string, nowMs: number): string {
  return `${path}.corrupt-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
}

/** Rename `path` aside; returns the new path, or null when even that failed. */
export async function setAside(path: string, nowMs: number): Promise<string | null> {
  const target = setAsidePath(path, nowMs);
  try {
    await rename(path, target);
    return target;
  } catch {
    return null;
  }
}

/** Synchronous twin for start-up code that is synchronous anyway (conf reads synchronously). */
export function setAsideSync(path: string, nowMs: number): string | null {
  const target = setAsidePath(path, nowMs);
  try {
    renameSync(path, target);
    return target;
  } catch {
    return null;
  }
}
