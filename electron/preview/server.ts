/**
 * The browser preview server: serves dist/renderer on 127.0.0.1 and backs the renderer's
 * BridgeApi with the app core running in Node, over a WebSocket that only accepts this run's token
 * from this server's own origin. The renderer finds the token in the URL fragment (`#token=…`),
 * which browsers never send to a server, so it is not in any request line or log.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { PREVIEW_SOCKET_PATH } from '../../shared/preview-protocol';
import { hostConnection, type PreviewCore } from './bridge-host';
import type { PreviewCoreOptions } from './default-core';
import { createStaticHandler, SECURITY_HEADERS } from './static-files';
import { acceptWebSocket, type WsConnection } from './ws';

/** Built renderer, relative to this file (electron/preview → dist/renderer). */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface PreviewServerOptions extends PreviewCoreOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Directory with the built renderer. */
  rendererDir?: string;
  /** Use this core instead of the real app core (tests, UI development with canned reports). */
  core?: PreviewCore;
  log?: (line: string) => void;
}

export interface PreviewServer {
  /** Page URL including the token fragment. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  port: number;
  core: PreviewCore;
  close(): Promise<void>;
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Start the preview server on 127.0.0.1. Rejects if the config is invalid or the port is taken. */
export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const core = opts.core ?? (await import('./default-core')).createPreviewCore({ ...opts, log });
  const token = randomBytes(24).toString('base64url');
  const serveStatic = createStaticHandler(path.resolve(opts.rendererDir ?? DEFAULT_RENDERER_DIR));
  const connections = new Set<WsConnection>();
  let port = 0;
  // DNS rebinding: a page on another origin that resolves to 127.0.0.1 still sends its own Host.
  const hostAllowed = (req: IncomingMessage) => req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
  const originAllowed = (req: IncomingMessage) => req.headers.origin === `http://127.0.0.1:${port}` || req.headers.origin === `http://localhost:${port}`;

  const server = createServer((req, res) => {
    if (!hostAllowed(req)) {
      res.writeHead(421, SECURITY_HEADERS);
      res.end();
      return;
    }
    void serveStatic(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== PREVIEW_SOCKET_PATH || !hostAllowed(req)) return refuse(socket, '404 Not Found');
    if (!originAllowed(req) || !sameToken(url.searchParams.get('token'), token)) {
      log('preview: refused a bridge connection (wrong origin or token)');
      return refuse(socket, '403 Forbidden');
    }
    const conn = acceptWebSocket(req, socket, head);
    if (!conn) return;
    connections.add(conn);
    conn.onClose(() => connections.delete(conn));
    hostConnection(conn, core, log);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  try {
    await core.start();
  } catch (err) {
    server.close();
    throw err;
  }

  let closed = false;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    core,
    async close() {
      if (closed) return;
      closed = true;
      for (const c of connections) c.close(1001, 'server closing');
      await core.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
