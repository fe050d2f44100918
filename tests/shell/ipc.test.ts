import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { pushUpdate, registerIpcHandlers } from '../../electron/shell/ipc-main';
import { isOurPageUrl } from '../../electron/shell/sender';
import { CHANNELS, CONTRACT } from '../../shared/ipc';

const { ipcMain } = electron;

function setup(url = 'app://renderer/index.html') {
  electron.__resetElectronMock();
  const win = new electron.BrowserWindow({});
  win.webContents.mainFrame.url = url;
  const invoke = vi.fn(async (channel: string, request: unknown) => ({ channel, request }));
  const log = vi.fn();
  registerIpcHandlers({ core: { invoke } as never, ourWebContents: () => win.webContents as never, log });
  const ours = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  return { win, invoke, log, ours };
}

beforeEach(() => electron.__resetElectronMock());

describe('IPC main wrapper', () => {
  it('registers exactly the contract channels', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(ipcMain.handlers.has(CHANNELS.update)).toBe(false);
  });

  it('passes a valid request from our window to the core (parsed data only)', async () => {
    const { invoke, ours } = setup();
    await expect(ipcMain.invokeAs(CHANNELS.runNow, ours, { only: ['dns', 'clock'] })).resolves.toEqual({
      channel: CHANNELS.runNow,
      request: { only: ['dns', 'clock'] },
    });
    await ipcMain.invokeAs(CHANNELS.setSettings, ours, { patch: { intervalMinutes: 10 } });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  describe('refuses untrusted senders without calling the core', () => {
    it('another window', async () => {
      const { invoke } = setup();
      const other = new electron.BrowserWindow({});
      other.webContents.mainFrame.url = 'app://renderer/index.html';
      await expect(ipcMain.invokeAs(CHANNELS.getState, { sender: other.webContents, senderFrame: other.webContents.mainFrame }, {})).rejects.toThrow(
        /untrusted sender/,
      );
      expect(invoke).not.toHaveBeenCalled();
    });

    it('a sub-frame of our window (even one that claims our URL)', async () => {
      const { invoke, win } = setup();
      const sub = new electron.FakeWebFrameMain('app://renderer/index.html', win.webContents.mainFrame as never);
      await expect(ipcMain.invokeAs(CHANNELS.getState, { sender: win.webContents, senderFrame: sub }, {})).rejects.toThrow(/untrusted/);
      expect(invoke).not.toHaveBeenCalled();
    });

    it.each(['https://evil.example/', 'file:///tmp/evil.html', 'app://evil/index.html', 'about:blank', 'data:text/html,hi'])(
      'our window showing a foreign page: %s',
      async (url) => {
        const { invoke, ours } = setup(url);
        await expect(ipcMain.invokeAs(CHANNELS.getState, ours, {})).rejects.toThrow(/untrusted/);
        expect(invoke).not.toHaveBeenCalled();
      },
    );

    it('a destroyed frame (senderFrame null)', async () => {
      const { invoke, win } = setup();
      await expect(ipcMain.invokeAs(CHANNELS.getState, { sender: win.webContents, senderFrame: null }, {})).rejects.toThrow(/untrusted/);
      expect(invoke).not.toHaveBeenCalled();
    });
  });

  describe('refuses invalid payloads without calling the core', () => {
    it.each([
      [CHANNELS.runNow, { only: ['not-a-check'] }],
      [CHANNELS.runNow, { only: 'dns' }],
      [CHANNELS.runNow, { only: [], extra: 1 }],
      [CHANNELS.runNow, undefined],
      [CHANNELS.runAction, { id: 'https://evil.example/#0' }],
      [CHANNELS.runAction, { id: 'card#0', url: 'https://evil.example' }],
      [CHANNELS.runAction, { id: '../../etc#1' }],
      [CHANNELS.setSettings, { patch: { intervalMinutes: 0 } }],
      [CHANNELS.setSettings, { patch: { titleText: '<img onerror=alert(1)>' } }],
      [CHANNELS.setSettings, { patch: { __proto__: { polluted: true }, unknownKey: true } }],
      [CHANNELS.listHistory, { sinceMs: -1 }],
      [CHANNELS.listHistory, { sinceMs: 1e12 }],
      [CHANNELS.exportReport, { options: { format: 'html', includePersonal: false, stepsDone: [] } }],
      [CHANNELS.getState, { sneaky: true }],
    ])('%s %j', async (channel, payload) => {
      const { invoke, ours } = setup();
      await expect(ipcMain.invokeAs(channel, ours, payload)).rejects.toThrow(/invalid request/);
      expect(invoke).not.toHaveBeenCalled();
    });
  });

  it('the file:// index of the app is accepted only when it is exactly ours', () => {
    expect(
      isOurPageUrl(
        'file:///Applications/X.app/Contents/Resources/app.asar/dist/renderer/index.html',
        '/Applications/X.app/Contents/Resources/app.asar/dist/renderer/index.html',
      ),
    ).toBe(true);
    expect(isOurPageUrl('file:///tmp/index.html', '/Applications/X.app/Contents/Resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isOurPageUrl('file:///tmp/index.html')).toBe(false);
  });

  it('pushUpdate sends on the update channel only to a live window', () => {
    const { win } = setup();
    const u = { kind: 'state', state: { report: null, running: null, alertState: 'OK', unstable: false, nextCheckAt: null } } as const;
    pushUpdate(win.webContents as never, u);
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.update, u);
    win.destroy();
    pushUpdate(win.webContents as never, u);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    expect(() => pushUpdate(null, u)).not.toThrow();
  });
});
