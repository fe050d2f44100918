/**
 * The app's only way to open anything outside itself (checklist #15): https pages on the fix
 * catalog's allow-list, and System Settings panes from the catalog's fixed URL table. Renderer
 * code never passes a URL here for settings — it passes an action id that main looks up.
 */
import type { Shell } from 'electron';
import { isAllowedExternalUrl, SETTINGS_PANE_FALLBACK_URLS, SETTINGS_PANE_URLS } from '../../shared/fix-catalog';
import type { SettingsPane } from '../../shared/fix-types';

export interface SafeOpener {
  /** Opens allow-listed https URLs only; returns false (and opens nothing) otherwise. */
  openUrl(url: string): Promise<boolean>;
  /** Opens a System Settings pane, trying the older-macOS fallbacks if the first URL fails. */
  openSettingsPane(pane: SettingsPane): Promise<boolean>;
}

export function createSafeOpener(shell: Pick<Shell, 'openExternal'>): SafeOpener {
  return {
    async openUrl(url) {
      if (!isAllowedExternalUrl(url)) return false;
      try {
        // Guarded: isAllowedExternalUrl above admits only allow-listed https/Apple URLs.
        await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
        return true;
      } catch {
        return false;
      }
    },
    async openSettingsPane(pane) {
      if (!Object.hasOwn(SETTINGS_PANE_URLS, pane)) return false;
      for (const url of [SETTINGS_PANE_URLS[pane], ...(SETTINGS_PANE_FALLBACK_URLS[pane] ?? [])]) {
        if (!url.startsWith('x-apple.systempreferences:')) continue;
        try {
          // Guarded: only the fixed x-apple.systempreferences: pane URLs from SETTINGS_PANE_URLS.
          await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
          return true;
        } catch {
          // Unknown pane on this macOS version: try the next URL.
        }
      }
      return false;
    },
  };
}
