/**
 * `window.appleidDoctor`: the BridgeApi capabilities (shared/ipc.ts), one method per contract
 * call — never a generic `send(channel)`, never ipcRenderer itself (Electron
 * context-isolation.md: "provide one method per IPC message").
 */
import type { BridgeApi } from '../../../shared/ipc';
import { CHANNELS } from '../../../shared/ipc-channels';
import type { BridgeTransport } from './ipc';

export function createBridgeApi(t: BridgeTransport): BridgeApi {
  return {
    diagnosis: {
      runNow: (only) => t.invoke(CHANNELS.runNow, only ? { only } : {}),
      getState: () => t.invoke(CHANNELS.getState, {}),
      onUpdate(cb) {
        if (typeof cb !== 'function') throw new TypeError('onUpdate needs a function');
        return t.onUpdate((u) => cb(u));
      },
    },
    fixes: { runAction: (id) => t.invoke(CHANNELS.runAction, { id }) },
    settings: {
      get: () => t.invoke(CHANNELS.getSettings, {}),
      set: (patch) => t.invoke(CHANNELS.setSettings, { patch }),
    },
    history: { list: (sinceMs) => t.invoke(CHANNELS.listHistory, { sinceMs }) },
    report: { export: (options) => t.invoke(CHANNELS.exportReport, { options }) },
    repairs: {
      plan: (repair, cardId) => t.invoke(CHANNELS.repairPlan, { repair, cardId }),
      run: (planId) => t.invoke(CHANNELS.repairRun, { planId }),
    },
    steps: {
      tick: (id, done) => t.invoke(CHANNELS.stepTick, { id, done }),
      list: (sinceMs) => t.invoke(CHANNELS.listSteps, { sinceMs }),
    },
  };
}
