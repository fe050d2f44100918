/**
 * One of the only two modules that touch Electron IPC (the other is electron/shell/preload/ipc.ts).
 * Every contract channel gets one handler that (1) validates the sender, (2) validates the payload
 * with `CONTRACT[channel].request`, then (3) dispatches to the app core. Rejections reach the
 * renderer as a rejected promise with a short reason; nothing from the request is echoed back.
 */
import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { CHANNELS, CONTRACT, type DiagnosisUpdate, type InvokeChannel } from '../../shared/ipc';
import type { AppCore } from '../service/app-core';
import { isTrustedSender, type SenderPolicy } from './sender';

export interface IpcOptions extends SenderPolicy {
  core: Pick<AppCore, 'invoke'>;
  log?: (line: string) => void;
}

/** Register all invoke handlers; returns a function that removes them. */
export function registerIpcHandlers(o: IpcOptions): () => void {
  const channels = Object.keys(CONTRACT) as InvokeChannel[];
  const log = o.log ?? ((line: string) => console.warn(`appleid-doctor ipc: ${line}`));
  for (const channel of channels) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event, o)) {
        log(`refused ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
        throw new Error('Refused: untrusted sender');
      }
      const parsed = CONTRACT[channel].request.safeParse(payload);
      if (!parsed.success) {
        log(`refused ${channel}: invalid request`);
        throw new Error(`Refused: invalid request (${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')})`);
      }
      return o.core.invoke(channel, parsed.data as never);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Push an update to the renderer (no-op when the window is gone). */
export function pushUpdate(contents: WebContents | null | undefined, update: DiagnosisUpdate): void {
  if (contents && !contents.isDestroyed()) contents.send(CHANNELS.update, update);
}
