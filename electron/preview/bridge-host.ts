/**
 * The server end of the preview bridge: every socket message is parsed, its channel checked
 * against the IPC contract and its request validated with `CONTRACT[channel].request` before the
 * app core sees it — the same boundary the Electron IPC wrapper enforces. Updates from the core
 * are pushed to every connected client.
 */
import { CONTRACT, type DiagnosisUpdate, type InvokeChannel, type RequestOf, type ResponseOf } from '../../shared/ipc';
import type { PreviewCall, PreviewServerMessage } from '../../shared/preview-protocol';
import type { WsConnection } from './ws';

/** What the preview needs from the app core (`AppCore` from electron/service/app-core.ts fits). */
export interface PreviewCore {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  onUpdate(cb: (update: DiagnosisUpdate) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const CHANNELS = new Set<string>(Object.keys(CONTRACT));

/** Parse one client message; returns the call or a reason it is refused. Pure; never throws. */
export function parseCall(text: string): { call: PreviewCall } | { id: number | null; error: string } {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return { id: null, error: 'not JSON' };
  }
  if (!msg || typeof msg !== 'object') return { id: null, error: 'not an object' };
  const { id, channel, request } = msg as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return { id: null, error: 'bad id' };
  if (typeof channel !== 'string' || !CHANNELS.has(channel)) return { id, error: 'unknown channel' };
  const parsed = CONTRACT[channel as InvokeChannel].request.safeParse(request);
  if (!parsed.success) {
    return { id, error: `invalid request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
  }
  return { call: { id, channel: channel as InvokeChannel, request: parsed.data } };
}

/** Serve one connection until it closes. */
export function hostConnection(conn: WsConnection, core: PreviewCore, log: (line: string) => void): void {
  const send = (m: PreviewServerMessage) => conn.send(JSON.stringify(m));
  const unsubscribe = core.onUpdate((update) => send({ push: 'app:diagnosis-update', update }));
  conn.onClose(unsubscribe);
  // Greet with the current state: the page can paint a verdict without waiting for its own
  // getState round trip (the first-paint budget is 150 ms).
  core
    .invoke('app:diagnosis-state', {})
    .then((state) => send({ push: 'app:diagnosis-update', update: { kind: 'state', state } }))
    .catch(() => {});
  conn.onMessage((text) => {
    const r = parseCall(text);
    if (!('call' in r)) {
      log(`preview: refused a message (${r.error})`);
      if (r.id === null) conn.close(1008, 'malformed message');
      else send({ id: r.id, ok: false, error: r.error });
      return;
    }
    const { id, channel, request } = r.call;
    core
      .invoke(channel, request as never)
      .then((response) => send({ id, ok: true, response }))
      .catch((err: unknown) => send({ id, ok: false, error: err instanceof Error ? err.message : String(err) }));
  });
}
