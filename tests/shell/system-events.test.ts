import type { NetworkInterfaceInfo } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { checkTrayVisibility, trayLooksHidden } from '../../electron/shell/hidden-icon';
import { applyLoginItem, loginItemDrift } from '../../electron/shell/login-item';
import { bindPowerEvents, networkFingerprint, watchNetwork } from '../../electron/shell/system-events';
import { EN } from '../../shared/i18n';

beforeEach(() => electron.__resetElectronMock());

const signals = () => ({ wake: vi.fn(), suspend: vi.fn(), lock: vi.fn(), unlock: vi.fn(), networkChanged: vi.fn(), popoverOpened: vi.fn() });

describe('power events', () => {
  it('map to the core signals and unbind cleanly', () => {
    const s = signals();
    const off = bindPowerEvents(electron.powerMonitor as never, s);
    electron.powerMonitor.emit('suspend');
    electron.powerMonitor.emit('resume');
    electron.powerMonitor.emit('lock-screen');
    electron.powerMonitor.emit('unlock-screen');
    expect([s.suspend, s.wake, s.lock, s.unlock].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    off();
    electron.powerMonitor.emit('resume');
    expect(s.wake).toHaveBeenCalledTimes(1);
    expect(electron.powerMonitor.listenerCount('resume')).toBe(0);
  });
});

describe('network change detection', () => {
  const iface = (address: string, internal = false): NetworkInterfaceInfo => ({
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: null,
  });

  it('fingerprints online state and external addresses only', () => {
    const a = networkFingerprint(true, { lo0: [iface('127.0.0.1', true)], en0: [iface('192.168.1.5')] });
    expect(a).toBe('online|en0=192.168.1.5');
    expect(networkFingerprint(true, { lo0: [iface('127.0.0.2', true)], en0: [iface('192.168.1.5')] })).toBe(a);
    expect(networkFingerprint(false, { en0: [iface('192.168.1.5')] })).not.toBe(a);
  });

  it('signals once per change on its slow timer, not on every tick', () => {
    vi.useFakeTimers();
    try {
      let ifaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { en0: [iface('192.168.1.5')] };
      const onChange = vi.fn();
      const stop = watchNetwork({ isOnline: () => true, interfaces: () => ifaces, onChange });
      vi.advanceTimersByTime(5 * 60_000);
      expect(onChange).not.toHaveBeenCalled();
      ifaces = { en0: [iface('10.0.0.7')] }; // joined another Wi-Fi
      vi.advanceTimersByTime(60_000);
      vi.advanceTimersByTime(5 * 60_000);
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
      ifaces = {};
      vi.advanceTimersByTime(5 * 60_000);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('hidden menu-bar icon (macOS 26)', () => {
  const displays = [{ bounds: { x: 0, y: 0, width: 1440, height: 900 } }];
  it('recognises an icon parked off-screen or with no size', () => {
    expect(trayLooksHidden({ x: 1200, y: 0, width: 24, height: 24 }, displays)).toBe(false);
    expect(trayLooksHidden({ x: 1200, y: 900, width: 24, height: 24 }, displays)).toBe(true);
    expect(trayLooksHidden({ x: 0, y: 0, width: 0, height: 0 }, displays)).toBe(true);
    expect(trayLooksHidden(null, displays)).toBe(true);
  });

  it('notifies on first run, or when the icon looks hidden, pointing to System Settings › Menu Bar', () => {
    vi.useFakeTimers();
    try {
      const notify = vi.fn();
      const visible = () => ({ x: 1200, y: 0, width: 24, height: 24 });
      checkTrayVisibility({ getBounds: visible, displays: () => displays, firstRun: false, notify, t: EN });
      vi.advanceTimersByTime(5_000);
      expect(notify).not.toHaveBeenCalled();
      checkTrayVisibility({ getBounds: () => ({ x: 1200, y: 900, width: 24, height: 24 }), displays: () => displays, firstRun: false, notify, t: EN });
      vi.advanceTimersByTime(5_000);
      expect(notify).toHaveBeenCalledTimes(1);
      expect(notify.mock.calls[0]![0]).toMatchObject({ kind: 'first-run', body: expect.stringContaining('System Settings › Menu Bar') });
      checkTrayVisibility({ getBounds: visible, displays: () => displays, firstRun: true, notify, t: EN });
      vi.advanceTimersByTime(5_000);
      expect(notify).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('launch at login', () => {
  it('is skipped in a dev build and applied when packaged', () => {
    expect(applyLoginItem(electron.app as never, true)).toBe(false);
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
    electron.app.isPackaged = true;
    expect(applyLoginItem(electron.app as never, true)).toBe(true);
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });

  it('the OS wins when the user removed the login item in System Settings', () => {
    electron.app.isPackaged = true;
    electron.app.loginItem = { openAtLogin: false };
    expect(loginItemDrift(electron.app as never, true)).toBe(false);
    expect(loginItemDrift(electron.app as never, false)).toBeNull();
  });
});
