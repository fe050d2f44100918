/**
 * Serves the built renderer (dist/renderer) read-only: GET/HEAD, no directory listings, no dot
 * files, nothing outside the root (checked after resolving the path), strict security headers.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same policy as the meta tag in renderer/index.html, plus what only a header can say. */
export const PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' ws://127.0.0.1:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers sent with every preview response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PREVIEW_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Map a URL path to a file inside `root`, or null when it must not be served. Pure. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split(/[\\/]/).some((part) => part.startsWith('.'))) return null;
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/** Create the request handler for static files under `root` (an absolute directory). */
export function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const absRoot = path.resolve(root);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = resolveStaticPath(absRoot, req.url ?? '/');
    if (!file) return send(res, 404, 'Not found');
    try {
      // Refuse symlinks that lead out of the root.
      const real = await realpath(file);
      const realRoot = await realpath(absRoot);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return send(res, 404, 'Not found');
      if (!(await stat(real)).isFile()) return send(res, 404, 'Not found');
      const body = await readFile(real);
      const type = MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
      // Vite names built assets by content hash: they never change, so the browser may keep them
      // (which also lets Chromium reuse its compiled-code cache). index.html is never cached.
      const immutable = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.(js|css)$/.test(real);
      const cache = immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
      res.writeHead(200, { ...SECURITY_HEADERS, ...cache, 'Content-Type': type, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'Not found');
    }
  };
}
