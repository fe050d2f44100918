/**
 * Messages of the preview bridge socket (JSON text frames). Types only, so the browser-side client
 * in renderer/bridge can import them without pulling in Node code.
 *
 * client → server: a call            `{ id, channel, request }`
 * server → client: its answer        `{ id, ok: true, response }` | `{ id, ok: false, error }`
 *                  a pushed update   `{ push: 'app:diagnosis-update', update }`
 */
import type { DiagnosisUpdate, InvokeChannel } from './ipc';

/** Path of the WebSocket endpoint; the token goes in the `token` query parameter. */
export const PREVIEW_SOCKET_PATH = '/bridge';

export interface PreviewCall {
  id: number;
  channel: InvokeChannel;
  request: unknown;
}

export type PreviewReply = { id: number; ok: true; response: unknown } | { id: number; ok: false; error: string };

export interface PreviewPush {
  push: 'app:diagnosis-update';
  update: DiagnosisUpdate;
}

export type PreviewServerMessage = PreviewReply | PreviewPush;
