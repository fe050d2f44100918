/**
 * The tray's right-click menu as a template (pure, tested without Electron). On macOS it is shown
 * with `tray.popUpContextMenu` on right click and never set with `setContextMenu`, because a set
 * context menu swallows the left click that toggles the popover (Electron docs/api/tray.md;
 * gitify-app/electron-menubar `bindRightClickContextMenu`).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Translator } from '../../shared/i18n';
import { APP_NAME } from './product';

export interface TrayMenuModel {
  lastLine: string;
  launchAtLogin: boolean;
  /** Login items need a signed, packaged app (gitify `handlers/system.ts`): disabled in dev. */
  canLaunchAtLogin: boolean;
}

export interface TrayMenuActions {
  checkNow(): void;
  openReport(): void;
  openSettings(): void;
  setLaunchAtLogin(on: boolean): void;
  quit(): void;
}

/** The menu in the words of `t` (the app's language; macOS title case in English, as Apple's menus). */
export function trayMenuTemplate(m: TrayMenuModel, a: TrayMenuActions, t: Translator): MenuItemConstructorOptions[] {
  return [
    { id: 'check-now', label: t.t('tray.menu.checkNow'), click: () => a.checkNow() },
    { id: 'last-result', label: m.lastLine, enabled: false },
    { type: 'separator' },
    { id: 'open-report', label: t.t('tray.menu.openReport'), click: () => a.openReport() },
    { id: 'settings', label: t.t('tray.menu.settings'), click: () => a.openSettings() },
    {
      id: 'launch-at-login',
      label: m.canLaunchAtLogin ? t.t('tray.menu.openAtLogin') : t.t('tray.menu.openAtLoginPackaged'),
      type: 'checkbox',
      checked: m.launchAtLogin,
      enabled: m.canLaunchAtLogin,
      click: (item) => a.setLaunchAtLogin(item.checked),
    },
    { type: 'separator' },
    { id: 'quit', label: t.t('tray.menu.quit', { app: APP_NAME }), click: () => a.quit() },
  ];
}
