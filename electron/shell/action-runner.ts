/**
 * Runs a fix action in the main process. The action always comes from the fix catalog
 * (`findAction` in the app core); this module adds the last checks and the side effect. Nothing
 * privileged runs: commands are only copied to the clipboard for the user to read and run.
 */
import type { Clipboard, Shell } from 'electron';
import { appName } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { EN } from '../../shared/i18n';
import type { ActionResult } from '../../shared/ipc';
import type { ActionRunner } from '../service/app-core';
import type { SafeOpener } from './external';

/**
 * Where the apps live. Keychain Access sat in /System/Applications/Utilities up to macOS 14; macOS
 * 15 (Sequoia) moved it to /System/Library/CoreServices/Applications when the Passwords app took
 * its place, so both paths are tried in order. Terminal has stayed in Utilities (13–26).
 */
export const APP_PATHS: Record<Extract<FixAction, { kind: 'open-app' }>['app'], readonly string[]> = {
  'keychain-access': ['/System/Applications/Utilities/Keychain Access.app', '/System/Library/CoreServices/Applications/Keychain Access.app'],
  terminal: ['/System/Applications/Utilities/Terminal.app'],
};

export function createElectronActionRunner(o: { opener: SafeOpener; shell: Pick<Shell, 'openPath'>; clipboard: Pick<Clipboard, 'writeText'> }): ActionRunner {
  return {
    async run(action: FixAction): Promise<ActionResult> {
      switch (action.kind) {
        case 'open-settings':
          return (await o.opener.openSettingsPane(action.pane))
            ? { ok: true, message: 'Opened System Settings.' }
            : { ok: false, message: 'Could not open System Settings.' };
        case 'open-url':
          return (await o.opener.openUrl(action.url)) ? { ok: true, message: 'Opened in your browser.' } : { ok: false, message: 'This link is not allowed.' };
        case 'copy-command':
          o.clipboard.writeText(action.command);
          return { ok: true, message: 'Command copied to the clipboard. Paste it into Terminal to run it.' };
        case 'open-app': {
          for (const path of APP_PATHS[action.app] ?? []) {
            // openPath resolves with an error message, or '' on success.
            if ((await o.shell.openPath(path)) === '') return { ok: true, message: `Opened ${appName(action.app, EN)}.` };
          }
          return { ok: false, message: `Could not open ${appName(action.app, EN)}.` };
        }
        default:
          return { ok: false, message: 'Unknown action.' };
      }
    },
  };
}
