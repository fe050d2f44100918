/**
 * Simulated Apple System Status feed on 127.0.0.1 (HTTP, port 0), with the
 * feed faults G4 (HTML page), G5 (5xx / silence), G7 (huge body).
 * It answers every GET path with the feed, so callers may add cache-busting query strings.
 */
import http from 'node:http';
import type { Socket } from 'node:net';

/** Fault the feed server injects. */
export type FeedFault = 'none' | 'html' | 'server-error' | 'silence' | 'huge';

export const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';

/** A healthy consumer feed: the sign-in related services, none with events. */
export const HEALTHY_FEED = JSON.stringify({
  drpost: false,
  drMessage: null,
  services: ['Apple Account', 'iCloud Account &amp; Sign In', 'Sign in with Apple', 'iMessage', 'FaceTime', 'App Store'].map((serviceName) => ({
    serviceName,
    redirectUrl: null,
    events: [],
  })),
});

const HUGE_TOTAL_BYTES = 50 * 1024 * 1024;
const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'x');

/** Start the simulated status feed. `body` defaults to {@link HEALTHY_FEED}. */
export function startStatusFeedServer(opts?: { body?: string; fault?: FeedFault }): Promise<{
  url: string;
  setBody(body: string): void;
  setFault(f: FeedFault): void;
  close(): Promise<void>;
}> {
  let body = opts?.body ?? HEALTHY_FEED;
  let fault: FeedFault = opts?.fault ?? 'none';
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    req.resume();
    switch (fault) {
      case 'silence':
        return; // accept the request, never answer (closed by close())
      case 'server-error':
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<html><body><h1>503 Service Unavailable</h1></body></html>');
        return;
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><html><head><title>Apple - Support - System Status</title></head><body>Oops</body></html>');
        return;
      case 'huge': {
        // Stream up to 50 MB without a length, honouring back-pressure, until the client gives up.
        res.writeHead(200, { 'content-type': 'application/javascript' });
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_TOTAL_BYTES && !res.destroyed) {
            sent += HUGE_CHUNK.length;
            if (!res.write(HUGE_CHUNK)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        res.write('jsonCallback({"services":[');
        pump();
        return;
      }
      default:
        res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
        res.end(body);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      let closing: Promise<void> | null = null;
      resolve({
        url: `http://127.0.0.1:${port}${FEED_PATH}`,
        setBody(b) {
          body = b;
        },
        setFault(f) {
          fault = f;
        },
        close() {
          closing ??= new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            for (const s of sockets) s.destroy();
          });
          return closing;
        },
      });
    });
  });
}
