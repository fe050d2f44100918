/**
 * BridgeApi over the preview server's WebSocket (electron/preview). Used only when the page is not
 * running inside Electron (no `window.appleidDoctor`). The token comes from the URL fragment, which
 * the browser never sends to the server. Calls made while the socket is (re)connecting wait for it.
 */
import { createBridgeApi } from '../../shared/bridge';
import type { BridgeApi, DiagnosisUpdate, InvokeChannel, RequestOf, ResponseOf } from '../../shared/ipc';
import { PREVIEW_SOCKET_PATH, type PreviewCall, type PreviewServerMessage } from '../../shared/preview-protocol';
import { tokenFromHash } from './token';

const CALL_TIMEOUT_MS = 60_000;

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Connect to the preview server that served this page. */
export function createPreviewBridge(loc: Pick<Location, 'hash' | 'host' | 'protocol'>): BridgeApi {
  const token = tokenFromHash(loc.hash);
  if (!token) throw new Error('Open this page with the address printed by “npm run preview” (it includes a one-time key).');
  const url = `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${PREVIEW_SOCKET_PATH}?token=${encodeURIComponent(token)}`;
  const listeners = new Set<(u: DiagnosisUpdate) => void>();
  // Pushes that arrive before the app subscribes (the server greets at once) are kept for it.
  let backlog: DiagnosisUpdate[] | null = [];
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let retryMs = 250;

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      for (const m of queue.splice(0)) ws.send(m);
    };
    ws.onmessage = (ev) => {
      let msg: PreviewServerMessage;
      try {
        msg = JSON.parse(String(ev.data)) as PreviewServerMessage;
      } catch {
        return;
      }
      if ('push' in msg) {
        if (backlog) backlog = [...backlog.slice(-20), msg.update];
        else for (const cb of listeners) cb(msg.update);
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.response);
      else p.reject(new Error(msg.error));
    };
    ws.onclose = () => {
      socket = null;
      // Calls in flight are lost with the socket; the server may have restarted.
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.reject(new Error('Lost the connection to the preview server.'));
        pending.delete(id);
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  };
  connect();

  function invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const call: PreviewCall = { id, channel, request };
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('The preview server did not answer.'));
      }, CALL_TIMEOUT_MS);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      const text = JSON.stringify(call);
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(text);
      else queue.push(text);
    });
  }

  return createBridgeApi({
    invoke,
    onUpdate(cb) {
      listeners.add(cb);
      const early = backlog;
      backlog = null;
      for (const u of early ?? []) cb(u);
      return () => listeners.delete(cb);
    },
  });
}
