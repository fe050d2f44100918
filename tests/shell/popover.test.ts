import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { APP_INDEX_URL } from '../../electron/shell/app-protocol';
import { createPopover } from '../../electron/shell/popover';
import { popoverWindowOptions } from '../../electron/shell/window-options';
import { flush } from '../service/monitor/virtual-time';

beforeEach(() => electron.__resetElectronMock());

async function setup() {
  const tray = new electron.Tray(new electron.FakeNativeImage('/a/trayCheckingTemplate.png'));
  const onShow = vi.fn();
  const onHide = vi.fn();
  const p = createPopover({
    tray: tray as never,
    indexUrl: APP_INDEX_URL,
    window: popoverWindowOptions({ preload: '/app/dist/preload.cjs', allowDevTools: false }),
    onShow,
    onHide,
  });
  await p.ready;
  return { tray, onShow, onHide, p };
}

describe('popover (menubar)', () => {
  it('creates no window (no renderer process) until the first click', async () => {
    await setup();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.app.dock.hide).toHaveBeenCalled();
  });

  it('left click opens our hardened window on the app:// page under the icon; a second click hides it', async () => {
    const { tray, onShow, onHide, p } = await setup();
    tray.emit('click', {}, tray.bounds);
    await flush();
    const [win] = electron.BrowserWindow.instances;
    expect(win).toBeDefined();
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win!.webContents.getURL()).toBe(APP_INDEX_URL);
    expect(win!.isVisible()).toBe(true);
    expect(win!.position.every(Number.isInteger)).toBe(true);
    expect(onShow).toHaveBeenCalledTimes(1);
    expect(p.webContents()).toBe(win!.webContents);
    expect(onHide).not.toHaveBeenCalled();
    tray.emit('click', {}, tray.bounds);
    await flush();
    expect(win!.isVisible()).toBe(false);
    expect(onHide).toHaveBeenCalledTimes(1);
    tray.emit('click', {}, tray.bounds);
    await flush();
    expect(electron.BrowserWindow.instances).toHaveLength(1); // reused, not re-created
    expect(onShow).toHaveBeenCalledTimes(2);
  });

  it('Escape hides the popover', async () => {
    const { tray, onHide } = await setup();
    tray.emit('click', {}, tray.bounds);
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    const prevented = vi.fn();
    win.webContents.emit('before-input-event', { preventDefault: prevented }, { type: 'keyDown', key: 'Escape' });
    expect(prevented).toHaveBeenCalled();
    expect(win.isVisible()).toBe(false);
    expect(onHide).toHaveBeenCalledTimes(1);
  });

  it('a closed window counts as hidden: the feed stops sending to it', async () => {
    const { tray, onHide } = await setup();
    tray.emit('click', {}, tray.bounds);
    await flush();
    electron.BrowserWindow.instances[0]!.emit('close');
    expect(onHide).toHaveBeenCalledTimes(1);
  });
});
