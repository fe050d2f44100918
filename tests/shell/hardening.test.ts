import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { denyAllPermissions, hardenWebContents, installHardening } from '../../electron/shell/hardening';
import { popoverWindowOptions } from '../../electron/shell/window-options';

beforeEach(() => electron.__resetElectronMock());

describe('popover window options', () => {
  it('state every security preference explicitly', () => {
    const o = popoverWindowOptions({ preload: '/app/dist/preload.cjs', allowDevTools: false });
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      // A hidden popover must read as hidden to the page (renderer/lib/now-clock.ts stops on it).
      backgroundThrottling: true,
    });
    expect(o.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(o).toMatchObject({ show: false, frame: false, resizable: false, skipTaskbar: true, fullscreenable: false, width: 360, height: 520 });
  });

  it('DevTools only outside packaged builds', () => {
    expect(popoverWindowOptions({ preload: 'p', allowDevTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('web contents hardening', () => {
  const setup = (allowDevTools = false) => {
    const wc = new electron.FakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(wc as never, { openExternal, allowDevTools });
    return { wc, openExternal };
  };

  it('blocks every navigation, redirect and webview attach', () => {
    const { wc } = setup();
    expect(wc.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(wc.emitPreventable('will-navigate', 'app://renderer/index.html')).toBe(true);
    expect(wc.emitPreventable('will-redirect', 'https://evil.example/')).toBe(true);
    expect(wc.emitPreventable('will-frame-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(wc.emitPreventable('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies window.open and hands the URL to the allow-listed opener only', () => {
    const { wc, openExternal } = setup();
    expect(wc.windowOpenHandler?.({ url: 'https://support.apple.com/en-us/102640' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://support.apple.com/en-us/102640', 'file:///etc/passwd']);
  });

  it('closes DevTools again in packaged builds', () => {
    const { wc } = setup(false);
    wc.emit('devtools-opened');
    expect(wc.closeDevTools).toHaveBeenCalled();
    const dev = setup(true);
    dev.wc.emit('devtools-opened');
    expect(dev.wc.closeDevTools).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const ses = electron.session.defaultSession;
    denyAllPermissions(ses as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      electron.session.defaultSession.permissionHandlers.request?.(...([null, permission, cb] as never[]));
      expect(cb).toHaveBeenCalledWith(false);
      expect(electron.session.defaultSession.permissionHandlers.check?.(...([null, permission] as never[]))).toBe(false);
    }
  });

  it('installHardening applies to every web contents created later (e.g. the popover)', async () => {
    installHardening(electron.app as never, () => electron.session.defaultSession as never, { openExternal: vi.fn(), allowDevTools: false });
    const win = new electron.BrowserWindow({});
    expect(win.webContents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.windowOpenHandler).not.toBeNull();
    await Promise.resolve();
    expect(electron.session.defaultSession.permissionHandlers.request).not.toBeNull();
  });
});
