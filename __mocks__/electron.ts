/**
 * Test double for the `electron` module (see tests/setup/electron-mock.ts): ESM imports get it via
 * `vi.mock('electron')`, CommonJS `require('electron')` (menubar, electron-positioner) via the
 * seeded require.cache. It keeps to the API surface the app uses and behaves like Electron where
 * the app depends on it (events, handler registries, window/webContents identity), so tests can
 * drive it: emit tray clicks, invoke IPC handlers as a given sender, fire power events.
 * Call `__resetElectronMock()` in `beforeEach` when a test file needs a clean slate.
 */
import { resetSystemFakes } from './electron-fakes/system';
import { resetTrayFakes } from './electron-fakes/tray';
import { resetWindowFakes } from './electron-fakes/windows';

export * from './electron-fakes/system';
export * from './electron-fakes/tray';
export * from './electron-fakes/windows';

import { contextBridge, ipcMain, ipcRenderer, nativeTheme, net, powerMonitor, protocol, screen, session, systemPreferences } from './electron-fakes/system';
import { clipboard, Menu, Notification, nativeImage, shell, Tray } from './electron-fakes/tray';
import { app, BrowserWindow, webContents } from './electron-fakes/windows';

/** Restore the fake's state (registries, instances, flags) between tests. */
export function __resetElectronMock(): void {
  resetWindowFakes();
  resetTrayFakes();
  resetSystemFakes();
}

export default {
  app,
  BrowserWindow,
  webContents,
  Tray,
  Menu,
  nativeImage,
  Notification,
  shell,
  clipboard,
  ipcMain,
  ipcRenderer,
  contextBridge,
  powerMonitor,
  session,
  screen,
  nativeTheme,
  net,
  protocol,
  systemPreferences,
};
