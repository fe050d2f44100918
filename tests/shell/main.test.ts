import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { CONTRACT } from '../../shared/ipc';
import { fakeReport } from '../service/fakes';

// The composition root must never reach the real network in tests: replace the engine.
const runDiagnosis = vi.fn(async (opts: { onEvent?: (e: unknown) => void }) => {
  opts.onEvent?.({ kind: 'started', checks: [] });
  return fakeReport('green');
});
vi.mock('../../electron/engine/run-diagnosis', () => ({ runDiagnosis: (o: never) => runDiagnosis(o) }));

let dataDir: string;
beforeAll(async () => {
  electron.__resetElectronMock();
  dataDir = mkdtempSync(join(tmpdir(), 'main-'));
  electron.app.getPath.mockImplementation(() => dataDir);
  // A Swiss-German Mac: the app follows macOS's preferred languages (no language setting yet).
  electron.app.preferredSystemLanguages = ['de-CH', 'en-GB'];
  await import('../../electron/shell/main');
});
afterAll(async () => {
  electron.app.emit('before-quit');
  await new Promise((r) => setTimeout(r, 20));
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(cond: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting for start-up');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('composition root (electron/shell/main.ts)', () => {
  it('starts as a hardened agent app: scheme, hardening, tray, IPC, power events, first check', async () => {
    expect(electron.protocol.privileged).toEqual([
      // codeCache: the popover's bundle is compiled once, not on every launch (app-protocol.ts).
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }),
    ]);
    await until(() => electron.ipcMain.handlers.size > 0 && runDiagnosis.mock.calls.length > 0);
    expect(electron.app.quit).not.toHaveBeenCalled();
    // The data folder is the one `appleid-doctor fix` uses, whatever the packaged app is called.
    expect(electron.app.setPaths.userData).toBe(join(dataDir, 'appleid-doctor'));
    expect(electron.app.dock.hidden).toBe(true);
    expect(electron.protocol.isProtocolHandled('app')).toBe(true);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(electron.Tray.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0); // created on first click only
    expect(electron.session.defaultSession.permissionHandlers.request).not.toBeNull();
    expect(electron.powerMonitor.listenerCount('suspend')).toBe(1);
    expect(electron.powerMonitor.listenerCount('resume')).toBe(1);
    // Survives all windows closing.
    expect(electron.app.listenerCount('window-all-closed')).toBe(1);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
    // The tray shows the first verdict.
    await until(() => electron.Tray.instances[0]!.tooltip === 'Du kannst dich bei deinem Apple Account anmelden'); // a Swiss-German Mac: the tray speaks German
    expect((electron.Tray.instances[0]!.image as electron.FakeNativeImage).path).toMatch(/trayOkTemplate\.png$/);
  });

  it('opening the popover from the tray loads our page with the preload; its IPC is accepted, navigation is not', async () => {
    await until(() => electron.Tray.instances[0]?.tooltip === 'Du kannst dich bei deinem Apple Account anmelden'); // a Swiss-German Mac: the tray speaks German
    const tray = electron.Tray.instances[0]!;
    tray.emit('click', {}, tray.bounds);
    await until(() => electron.BrowserWindow.instances.length === 1);
    const win = electron.BrowserWindow.instances[0]!;
    expect((win.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
    // The page is told its language up front, so its first paint is already German.
    await until(() => win.webContents.getURL() === 'app://renderer/index.html?lang=de&system=de');
    // IPC from that window is accepted; a navigation attempt is blocked.
    const state = await electron.ipcMain.invokeAs('app:diagnosis-state', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, {});
    expect((state as { report: { verdict: { light: string } } }).report.verdict.light).toBe('green');
    expect(win.webContents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('a hidden popover is sent no updates; shown again, it gets the current state first, then updates as they come', async () => {
    const tray = electron.Tray.instances[0]!;
    const win = electron.BrowserWindow.instances[0]!;
    expect(win.isVisible()).toBe(true);
    tray.emit('click', {}, tray.bounds);
    await until(() => !win.isVisible());
    win.webContents.send.mockClear();
    const runs = runDiagnosis.mock.calls.length;
    // The tray menu's Check now, while the popover is hidden: a whole run streams its updates.
    await electron.ipcMain.invokeAs('app:diagnosis-run', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, {});
    expect(runDiagnosis.mock.calls.length).toBeGreaterThan(runs);
    await new Promise((r) => setTimeout(r, 20));
    expect(win.webContents.send).not.toHaveBeenCalled();
    // Shown again (that run is fresh, so no new one starts): the state it missed, then updates as they come.
    tray.emit('click', {}, tray.bounds);
    await until(() => win.webContents.send.mock.calls.length >= 1);
    await electron.ipcMain.invokeAs('app:diagnosis-run', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, {});
    const kinds = win.webContents.send.mock.calls.map(([channel, u]) => `${channel} ${(u as { kind: string }).kind}`);
    expect(kinds[0]).toBe('app:diagnosis-update state');
    expect(kinds.slice(1)).toContain('app:diagnosis-update started');
  });
});
