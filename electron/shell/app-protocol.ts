/**
 * `app://renderer/…` serves the built renderer (dist/renderer) and nothing else (checklist #18:
 * a custom protocol instead of file://, so an XSS cannot read arbitrary files and CSP 'self'
 * means exactly our bundle). Every response carries the CSP as a header too (the meta tag in
 * renderer/index.html is the same policy; headers also cover non-HTML responses).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Strict policy for Electron: the renderer talks to main only over IPC, so it needs no network
 * at all (`connect-src 'none'`; the browser preview's meta tag additionally allows its socket).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Register the scheme as standard + secure (a real origin, so CSP 'self' and ES module scripts
 * work), with the privileges of Electron's own `protocol.handle` example. Must run before `ready`.
 *
 * `codeCache`: Chromium keeps V8's compiled code only for http(s) and for schemes registered with
 * it (Electron ≥ 28.1, electron/electron#40544; docs/api/structures/custom-scheme.md: "only works
 * when standard is also set to true"). Without it every launch of the popover compiles the whole
 * bundle again; the browser preview, served over http with immutable hashed assets, already gets
 * the cache, so this is what makes the app match what `npm run bench` measures there. The cache
 * entry is checked against a hash of the script's text (Chromium's
 * `RegisterURLSchemeAsCodeCacheWithHashing`), so code compiled from an older build never runs.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/**
 * Map a request URL to a file inside `root`, or null when it is not ours: other scheme or host,
 * undecodable escapes, NUL bytes, or a path that leaves `root` after normalisation (`..`, `%2e%2e`,
 * encoded slashes or backslashes). Pure.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const full = normalize(join(base, rel));
  return full.startsWith(base) && full !== base ? full : null;
}

/** Build the protocol handler (exported for tests: it is a plain Request → Response function). */
export function createAppProtocolHandler(root: string, read: (p: string) => Promise<Buffer> = readFile): (req: Request) => Promise<Response> {
  return async (req) => {
    const file = resolveAppPath(req.url, root);
    if (!file || req.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      const body = await read(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

/** Serve `root` on app://renderer/. Call after `ready`. */
export function serveRenderer(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
