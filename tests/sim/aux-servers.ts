/**
 * Push (APNs-like TCP ports) and captive-portal probe servers for the simulated Apple network.
 */
import http from 'node:http';
import { withLatency } from './latency';
import { type ListenerMode, type SwitchableListener, startListener } from './listener';

/** Apple's captive-portal "Success" page, verbatim (as portal/firmware projects that emulate Apple's check serve it). */
export const SUCCESS_PAGE = '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>';
export const PORTAL_PAGE =
  '<!DOCTYPE html><html><head><title>Guest WiFi Login</title></head><body><h1>Welcome to Guest WiFi</h1><form action="/login"><input name="room"><button>Accept terms</button></form></body></html>';
export const CAPTIVE_REDIRECT = 'http://portal.example/login?orig=captive.apple.com';

/** Push port behaviour: accept (and hold), refuse, or drop SYNs. */
export type PushMode = ListenerMode;

export interface PushServer {
  primary: SwitchableListener;
  fallback: SwitchableListener;
  close(): Promise<void>;
}

/** Two TCP ports standing in for APNs 5223 (primary) and 443 (fallback). */
export async function startPushServer(): Promise<PushServer> {
  const hold = (s: { setTimeout(ms: number, cb: () => void): unknown; destroy(): void }): void => {
    s.setTimeout(10_000, () => s.destroy());
  };
  const primary = await startListener(hold);
  const fallback = await startListener(hold);
  return {
    primary,
    fallback,
    close: async () => {
      await primary.close();
      await fallback.close();
    },
  };
}

/** What the captive probe URL answers. */
export type CaptiveFault = 'success' | 'success-whitespace' | 'portal-page' | 'redirect' | 'http-500' | 'silence' | 'refused' | 'drop';

export interface CaptiveServer {
  port: number;
  setFault(f: CaptiveFault): Promise<void>;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

/** Plain-HTTP server for `http://captive.apple.com:<port>/hotspot-detect.html`. */
export async function startCaptiveServer(opts: { latencyMs?: number } = {}): Promise<CaptiveServer> {
  let fault: CaptiveFault = 'success';
  let latencyMs = opts.latencyMs ?? 0;
  const server = http.createServer((req, res) => {
    res.on('error', () => {});
    switch (fault) {
      case 'silence':
        return;
      case 'portal-page':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL_PAGE);
      case 'redirect':
        return void res.writeHead(302, { location: CAPTIVE_REDIRECT }).end();
      case 'http-500':
        return void res.writeHead(500).end('error');
      case 'success-whitespace':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(`\n${SUCCESS_PAGE.toLowerCase().replace('><', '>\n  <')}\n`);
      default:
        if (req.url?.startsWith('/hotspot-detect.html')) res.writeHead(200, { 'content-type': 'text/html' }).end(SUCCESS_PAGE);
        else res.writeHead(404).end('not found');
    }
  });
  server.on('clientError', (_e, sock) => sock.destroy());
  const mode = (f: CaptiveFault): ListenerMode => (f === 'refused' || f === 'drop' ? f : 'open');
  const listener = await startListener((sock) => server.emit('connection', withLatency(sock, latencyMs)));
  return {
    get port() {
      return listener.port;
    },
    setFault: async (f) => {
      fault = f;
      await listener.setMode(mode(f));
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: async () => {
      await listener.close();
      server.closeAllConnections();
    },
  };
}
