/**
 * The one name of the data folder the menu-bar app and `appleid-doctor fix` share
 * (`~/Library/Application Support/<this>`): package.json's `name`. The shell sets Electron's
 * `userData` to it explicitly, because Electron otherwise derives the folder from the packaged
 * app's name, which may be the product name "Apple ID Doctor" (electron/electron#8073) — the app
 * and the terminal command would then keep two steps logs and two sets of saved proxy values.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { name } from '../../package.json';

/** `appleid-doctor`. */
export const DATA_FOLDER: string = name;

/** The folder builds before the explicit `userData` wrote to: Electron's default, the product name. */
export const LEGACY_DATA_FOLDER = 'Apple ID Doctor';

/** The file-system calls the move needs (tests pass their own to fail it). */
export interface FolderFs {
  existsSync(path: string): boolean;
  renameSync(from: string, to: string): void;
}

/** What {@link adoptLegacyDataFolder} did. */
export type AdoptOutcome = 'moved' | 'none' | 'both-kept' | { failed: string };

/**
 * Move `<appData>/Apple ID Doctor` to `<appData>/appleid-doctor` once, so settings, history, the
 * steps log and saved proxy values of an earlier build carry over. Only when the new folder does
 * not exist yet: never merged, never overwritten (a person who used both keeps both, and the new
 * one is used). One rename within the same parent folder, so it is atomic and copies nothing.
 * Synchronous: it runs before anything opens a file in the folder (the single-instance lock lives
 * there). Never throws; a failed move leaves the old folder where it was.
 */
export function adoptLegacyDataFolder(appData: string, fs: FolderFs = { existsSync, renameSync }): AdoptOutcome {
  const legacy = join(appData, LEGACY_DATA_FOLDER);
  const current = join(appData, DATA_FOLDER);
  try {
    if (!fs.existsSync(legacy)) return 'none';
    if (fs.existsSync(current)) return 'both-kept';
    fs.renameSync(legacy, current);
    return 'moved';
  } catch (err) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }
}
