import { beforeAll, describe, expect, it } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { type BridgeApi, CHANNELS } from '../../shared/ipc';

let api: BridgeApi;
beforeAll(async () => {
  electron.__resetElectronMock();
  electron.ipcRenderer.invoke.mockImplementation(async (channel: string, req: unknown) => ({ channel, req }));
  await import('../../electron/shell/preload');
  api = electron.contextBridge.exposed.appleidDoctor as BridgeApi;
});

describe('preload bridge', () => {
  it('exposes exactly the capability API as window.appleidDoctor', () => {
    expect(Object.keys(electron.contextBridge.exposed)).toEqual(['appleidDoctor']);
    expect(Object.keys(api).sort()).toEqual(['diagnosis', 'fixes', 'history', 'repairs', 'report', 'settings', 'steps']);
    const flat = JSON.stringify(api, (_k, v) => (typeof v === 'function' ? 'fn' : v));
    expect(flat).not.toMatch(/ipcRenderer|"send"|"invoke"|"on"/);
  });

  it('each capability invokes its own contract channel with a well-formed request', async () => {
    electron.ipcRenderer.invoke.mockImplementation(async (channel: string, req: unknown) => ({ channel, req }));
    const calls = await Promise.all([
      api.diagnosis.runNow(),
      api.diagnosis.runNow(['dns']),
      api.diagnosis.getState(),
      api.fixes.runAction('proxy-down#1'),
      api.settings.get(),
      api.settings.set({ intervalMinutes: 10 }),
      api.history.list(86_400_000),
      api.report.export({ format: 'markdown', includePersonal: false, stepsDone: [] }),
    ]);
    expect(calls).toEqual([
      { channel: CHANNELS.runNow, req: {} },
      { channel: CHANNELS.runNow, req: { only: ['dns'] } },
      { channel: CHANNELS.getState, req: {} },
      { channel: CHANNELS.runAction, req: { id: 'proxy-down#1' } },
      { channel: CHANNELS.getSettings, req: {} },
      { channel: CHANNELS.setSettings, req: { patch: { intervalMinutes: 10 } } },
      { channel: CHANNELS.listHistory, req: { sinceMs: 86_400_000 } },
      { channel: CHANNELS.exportReport, req: { options: { format: 'markdown', includePersonal: false, stepsDone: [] } } },
    ]);
  });

  it('onUpdate delivers the payload only (never the IPC event) and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.diagnosis.onUpdate((...args: unknown[]) => seen.push(args));
    const update = { kind: 'state', state: {} };
    const fakeEvent = { sender: { secret: true }, ports: [] };
    electron.ipcRenderer.emit(CHANNELS.update, fakeEvent, update);
    expect(seen).toEqual([[update]]);
    off();
    electron.ipcRenderer.emit(CHANNELS.update, fakeEvent, update);
    expect(seen).toHaveLength(1);
    expect(electron.ipcRenderer.listenerCount(CHANNELS.update)).toBe(0);
  });

  it('onUpdate refuses a non-function', () => {
    expect(() => api.diagnosis.onUpdate('x' as never)).toThrow(TypeError);
  });
});
