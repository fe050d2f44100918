/**
 * The only preload module that touches `ipcRenderer` (the other IPC toucher is
 * electron/shell/ipc-main.ts). Invoke-only for requests (Electron docs/tutorial/ipc.md recommends
 * invoke/handle; no sendSync), and one listener wrapper that strips the IpcRendererEvent so the
 * page never sees it (checklist #20).
 */
import { ipcRenderer } from 'electron';
import type { BridgeTransport } from '../../../shared/bridge';
import type { DiagnosisUpdate } from '../../../shared/ipc';
import { CHANNELS } from '../../../shared/ipc-channels';

export const ipcTransport: BridgeTransport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  onUpdate(cb) {
    const listener = (_event: unknown, update: DiagnosisUpdate) => cb(update);
    ipcRenderer.on(CHANNELS.update, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.update, listener);
    };
  },
};
