/**
 * The menu-bar app's data folder, so `appleid-doctor fix` writes the same steps log and reads the
 * same saved proxy values as the app. The shell uses Electron's `app.getPath('userData')`:
 * `~/Library/Application Support/<app name>` on macOS, where the name is package.json's
 * `productName`, else its `name` (Electron docs/api/app.md, `app.getName()` and `getPath('userData')`).
 * This package.json has no `productName` (electron-builder's `productName` names the bundle, it
 * is not written into the packaged package.json), so the name is `appleid-doctor`.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { name } from '../../package.json';

/** `~/Library/Application Support/appleid-doctor` for this user. */
export function appDataDir(home: string = homedir()): string {
  return join(home, 'Library', 'Application Support', name);
}
