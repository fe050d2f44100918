/**
 * The tray's right-click menu as a template (pure, tested without Electron). On macOS it is shown
 * with `tray.popUpContextMenu` on right click and never set with `setContextMenu`, because a set
 * context menu swallows the left click that toggles the popover (Electron docs/api/tray.md;
 * gitify-app/electron-menubar `bindRightClickContextMenu`).
 */
import type { MenuItemConstructorOptions } from 'electron';
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

export function trayMenuTemplate(m: TrayMenuModel, a: TrayMenuActions): MenuItemConstructorOptions[] {
  return [
    { id: 'check-now', label: 'Check Now', click: () => a.checkNow() },
    { id: 'last-result', label: m.lastLine, enabled: false },
    { type: 'separator' },
    { id: 'open-report', label: 'Open Report…', click: () => a.openReport() },
    { id: 'settings', label: 'Settings…', click: () => a.openSettings() },
    {
      id: 'launch-at-login',
      label: m.canLaunchAtLogin ? 'Open at Login' : 'Open at Login (packaged app only)',
      type: 'checkbox',
      checked: m.launchAtLogin,
      enabled: m.canLaunchAtLogin,
      click: (item) => a.setLaunchAtLogin(item.checked),
    },
    { type: 'separator' },
    { id: 'quit', label: `Quit ${APP_NAME}`, click: () => a.quit() },
  ];
}
