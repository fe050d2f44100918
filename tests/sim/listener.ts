/**
 * A TCP port on 127.0.0.1 that keeps its number while switching between three behaviours:
 * - `open`: accept and hand each connection to the handler;
 * - `refused`: nothing listens (the kernel answers RST → ECONNREFUSED, fault T1);
 * - `drop`: SYNs are silently dropped (fault T2). Node accepts every connection on its own, so a
 *   tiny Python helper holds the port with `listen(0)` and a full accept queue; Linux then drops
 *   further SYNs (measured; fault T2 in tests/engine/faults/tcp-faults.test.ts). Without python3, `drop` falls back to `refused` and
 *   `dropSupported` is false.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';

export type ListenerMode = 'open' | 'refused' | 'drop';

export interface SwitchableListener {
  port: number;
  mode(): ListenerMode;
  setMode(mode: ListenerMode): Promise<void>;
  close(): Promise<void>;
}

const DROP_SCRIPT = `
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(0)
fill = []
for i in range(2):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(('127.0.0.1', int(sys.argv[1])))
    except BlockingIOError: pass
    fill.append(c)
print('ready', flush=True)
sys.stdin.read()
`;

let python: string | null | undefined;
/** Whether SYN-drop simulation is available (python3 on PATH). */
export function dropSupported(): boolean {
  if (python === undefined) {
    const r = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8', timeout: 5000 });
    python = r.status === 0 ? 'python3' : null;
  }
  return python !== null;
}

/** Start a switchable listener; `handler` receives every accepted socket while `open`. */
export async function startListener(handler: (socket: net.Socket) => void, initial: ListenerMode = 'open'): Promise<SwitchableListener> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let dropper: ChildProcess | null = null;
  let current: ListenerMode = 'refused';
  let port = 0;

  const open = async (): Promise<void> => {
    const s = net.createServer((sock) => {
      sockets.add(sock);
      sock.on('close', () => sockets.delete(sock));
      sock.on('error', () => {});
      handler(sock);
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve());
    });
    port = (s.address() as net.AddressInfo).port;
    server = s;
  };
  const closeServer = async (): Promise<void> => {
    const s = server;
    server = null;
    for (const sock of sockets) sock.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  const startDrop = async (): Promise<void> => {
    const child = spawn(python ?? 'python3', ['-c', DROP_SCRIPT, String(port)], { stdio: ['pipe', 'pipe', 'ignore'] });
    dropper = child;
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', () => reject(new Error('drop helper exited')));
      child.stdout?.once('data', () => resolve());
    });
  };
  const stopDrop = async (): Promise<void> => {
    const child = dropper;
    dropper = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    child.kill('SIGKILL');
    await exited;
  };

  const setMode = async (mode: ListenerMode): Promise<void> => {
    const target: ListenerMode = mode === 'drop' && !dropSupported() ? 'refused' : mode;
    if (target === current) return;
    await closeServer();
    await stopDrop();
    if (target === 'open') await open();
    if (target === 'drop') await startDrop();
    current = target;
  };

  // Reserve a port number first (port 0), then switch to the wanted mode.
  await open();
  current = 'open';
  await setMode(initial);
  return {
    get port() {
      return port;
    },
    mode: () => current,
    setMode,
    close: async () => {
      await closeServer();
      await stopDrop();
    },
  };
}
