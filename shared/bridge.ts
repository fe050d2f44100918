/**
 * The one bridge factory: `window.appleidDoctor` in Electron (over IPC, electron/shell/preload)
 * and the browser preview's API (over its WebSocket, renderer/bridge/preview-client.ts) are both
 * this object on a different transport. One method per contract call — never a generic
 * `send(channel)`, never ipcRenderer itself (Electron docs/tutorial/context-isolation.md: "provide
 * one method per IPC message").
 */
import type { BridgeApi, DiagnosisUpdate, InvokeChannel, RequestOf, ResponseOf } from './ipc';
import { CHANNELS } from './ipc-channels';

/** How calls and pushes travel (Electron IPC, the preview socket, a fake in tests). */
export interface BridgeTransport {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  onUpdate(cb: (update: DiagnosisUpdate) => void): () => void;
}

/** The capability API on a transport. */
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
