/**
 * The menu-bar app's data folder, so `appleid-doctor fix` writes the same steps log and reads the
 * same saved proxy values as the app: the shell sets Electron's `userData` to this same folder
 * (electron/shell/main.ts, electron/service/data-folder.ts).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { adoptLegacyDataFolder, DATA_FOLDER } from '../service/data-folder';

/** `~/Library/Application Support/appleid-doctor` for this user. */
export function appDataDir(home: string = homedir()): string {
  return join(home, 'Library', 'Application Support', DATA_FOLDER);
}

/**
 * {@link appDataDir}, for a command about to use it. The terminal command may run before the app
 * does after an update: it takes over an earlier build's folder first, as the app does.
 */
export function openAppDataDir(home: string = homedir()): string {
  adoptLegacyDataFolder(join(home, 'Library', 'Application Support'));
  return appDataDir(home);
}
