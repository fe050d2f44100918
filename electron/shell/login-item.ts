/**
 * "Launch at login" via `app.setLoginItemSettings`. Skipped when not packaged: an unsigned dev
 * Electron cannot register a login item and would register the Electron binary itself
 * (gitify `handlers/system.ts`).
 */
import type { App } from 'electron';

type LoginApp = Pick<App, 'isPackaged' | 'setLoginItemSettings' | 'getLoginItemSettings'>;

/** Apply the setting; returns false when skipped (dev build). */
export function applyLoginItem(app: LoginApp, openAtLogin: boolean): boolean {
  if (!app.isPackaged) return false;
  app.setLoginItemSettings({ openAtLogin });
  return true;
}

/**
 * The OS is the truth for login items (the user may remove it in System Settings › General ›
 * Login Items): returns the OS value when it differs from the stored setting, else null.
 */
export function loginItemDrift(app: LoginApp, stored: boolean): boolean | null {
  if (!app.isPackaged) return null;
  const actual = app.getLoginItemSettings().openAtLogin;
  return actual === stored ? null : actual;
}
