/**
 * The preview server without a browser: what it serves and with which headers, who may open the
 * bridge socket (token + origin + host), that every call is validated against the IPC contract,
 * and the WebSocket framing. Uses the fake core; talks only to 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewAction } from '../../electron/preview/default-core';
import { type PreviewServer, startPreviewServer } from '../../electron/preview/server';
import { decodeFrame, encodeFrame } from '../../electron/preview/ws';
import { createFakeCore, type FakeCore } from '../renderer/fake-core';

let server: PreviewServer;
let core: FakeCore;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'preview-static-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, '.secret'), 'no');
  core = createFakeCore({ stepDelayMs: 1 });
  server = await startPreviewServer({ core, dataDir: root, rendererDir: root, log: () => {} });
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function get(p: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: p, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Open the bridge socket; resolves with the raw socket or the HTTP status it was refused with. */
function connect(opts: { token?: string; origin?: string | null; host?: string }): Promise<{ socket: Duplex; head: Buffer } | { status: number }> {
  const headers: Record<string, string> = {
    host: opts.host ?? `127.0.0.1:${server.port}`,
    connection: 'Upgrade',
    upgrade: 'websocket',
    'sec-websocket-version': '13',
    'sec-websocket-key': randomBytes(16).toString('base64'),
  };
  if (opts.origin !== null) headers.origin = opts.origin ?? server.origin;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: `/bridge?token=${encodeURIComponent(opts.token ?? server.token)}`, headers });
    // `head`: frame bytes that arrived with the 101 response (e.g. the server's greeting).
    req.on('upgrade', (_res, socket, head) => resolve({ socket, head }));
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0 }));
    req.on('error', reject);
    req.end();
  });
}

/** A client frame: always masked (RFC 6455 §5.3). */
function clientFrame(opcode: number, payload: Buffer, fin = true, mask = true): Buffer {
  const plain = encodeFrame(opcode, Buffer.alloc(0)).subarray(0, 1);
  const head = Buffer.from([(fin ? 0x80 : 0) | (plain[0]! & 0x0f), (mask ? 0x80 : 0) | payload.length]);
  if (!mask) return Buffer.concat([head, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ key[i & 3]!));
  return Buffer.concat([head, key, body]);
}

/** Collect decoded server frames from a socket. */
function reader({ socket, head }: { socket: Duplex; head: Buffer }) {
  let buf = Buffer.alloc(0);
  const frames: { opcode: number; text: string; payload: Buffer }[] = [];
  const onData = (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const r = decodeFrame(buf, 1 << 20);
      if (!r || 'error' in r) return;
      buf = buf.subarray(r.used);
      frames.push({ opcode: r.frame.opcode, text: r.frame.payload.toString('utf8'), payload: r.frame.payload });
    }
  };
  onData(head);
  socket.on('data', onData);
  const next = async (pred: (f: { opcode: number; text: string; payload: Buffer }) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const f = frames.find(pred);
      if (f) return f;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no such frame');
  };
  return { frames, next };
}

const call = (id: number, channel: string, req: unknown) => clientFrame(1, Buffer.from(JSON.stringify({ id, channel, request: req })));

describe('static files', () => {
  it('serves the renderer with a strict CSP and security headers', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>t</title>');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses paths outside the build, dot files, other methods and foreign Host headers', async () => {
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../x', '/.secret', '/assets/', '/missing.js', '/%00']) {
      expect((await get(p)).status, p).toBe(404);
    }
    expect((await get('/', {}, 'POST')).status).toBe(405);
    expect((await get('/', { host: 'evil.example:80' })).status).toBe(421);
  });
});

describe('bridge socket', () => {
  it('refuses a wrong token, a foreign or missing Origin and a foreign Host', async () => {
    expect(await connect({ token: 'x'.repeat(32) })).toEqual({ status: 403 });
    expect(await connect({ origin: 'http://evil.example' })).toEqual({ status: 403 });
    expect(await connect({ origin: null })).toEqual({ status: 403 });
    expect(await connect({ host: 'rebind.example:80' })).toEqual({ status: 404 });
  });

  it('answers contract calls, refuses invalid requests and pushes updates', async () => {
    const c = await connect({});
    if (!('socket' in c)) throw new Error(`refused: ${c.status}`);
    const { next } = reader(c);
    // The server greets a new connection with the current state (no request needed to paint).
    const greeting = JSON.parse((await next((f) => f.text.includes('"push"'))).text);
    expect(greeting).toMatchObject({ push: 'app:diagnosis-update', update: { kind: 'state', state: { report: { verdict: { light: 'green' } } } } });
    c.socket.write(call(1, 'app:diagnosis-state', {}));
    const state = JSON.parse((await next((f) => f.text.includes('"id":1'))).text);
    expect(state).toMatchObject({ id: 1, ok: true, response: { report: { verdict: { light: 'green' } } } });

    c.socket.write(call(2, 'app:diagnosis-run', { only: ['not-a-check'] }));
    expect(JSON.parse((await next((f) => f.text.includes('"id":2'))).text)).toMatchObject({
      id: 2,
      ok: false,
      error: expect.stringMatching(/^invalid request/),
    });
    c.socket.write(call(3, 'app:fix-run-action', { id: 'javascript:alert(1)' }));
    expect(JSON.parse((await next((f) => f.text.includes('"id":3'))).text)).toMatchObject({ ok: false });
    c.socket.write(call(4, 'app:shell-exec', {}));
    expect(JSON.parse((await next((f) => f.text.includes('"id":4'))).text)).toMatchObject({ ok: false, error: 'unknown channel' });
    const before = core.calls.length;

    c.socket.write(call(5, 'app:diagnosis-run', { only: ['dns'] }));
    await next((f) => f.text.includes('"kind":"started"'));
    await next((f) => f.text.includes('"id":5'));
    // Refused calls never reached the core.
    expect(core.calls.slice(before).map((x) => x.channel)).toEqual(['app:diagnosis-run']);
    expect(core.calls.some((x) => x.channel === ('app:shell-exec' as never))).toBe(false);
    c.socket.destroy();
  });

  it('reassembles fragmented messages, answers pings and closes on protocol errors', async () => {
    const c = await connect({});
    if (!('socket' in c)) throw new Error('refused');
    const { next } = reader(c);
    const msg = Buffer.from(JSON.stringify({ id: 9, channel: 'app:settings-get', request: {} }));
    c.socket.write(Buffer.concat([clientFrame(1, msg.subarray(0, 10), false), clientFrame(0, msg.subarray(10), true)]));
    expect(JSON.parse((await next((f) => f.text.includes('"id":9'))).text)).toMatchObject({ ok: true, response: { intervalMinutes: 5 } });
    c.socket.write(clientFrame(9, Buffer.from('hi')));
    expect((await next((f) => f.opcode === 10)).text).toBe('hi');
    c.socket.write(clientFrame(1, Buffer.from('not json')));
    const close = await next((f) => f.opcode === 8);
    expect(close.payload.readUInt16BE(0)).toBe(1008);
  });

  it('closes the connection when a client sends an unmasked frame', async () => {
    const c = await connect({});
    if (!('socket' in c)) throw new Error('refused');
    const { next } = reader(c);
    c.socket.write(clientFrame(1, Buffer.from('{}'), true, false));
    expect((await next((f) => f.opcode === 8)).payload.readUInt16BE(0)).toBe(1002);
  });
});

describe('fix actions in the preview', () => {
  it('hands copy-command text to the page, re-checks by id, and opens nothing on this machine', () => {
    expect(previewAction({ kind: 'copy-command', command: 'sudo killall -HUP mDNSResponder', label: 'Copy', note: 'n' })).toEqual({
      ok: true,
      message: 'Command copied. Paste it into Terminal.',
      clipboardText: 'sudo killall -HUP mDNSResponder',
    });
    expect(previewAction({ kind: 'recheck', checks: ['dns'], label: 'Check' })).toMatchObject({ ok: true, recheck: ['dns'] });
    const url = previewAction({ kind: 'open-url', url: 'https://iforgot.apple.com/', label: 'Open' });
    expect(url.message).toMatch(/On the Mac this opens https:\/\/iforgot\.apple\.com\//);
    expect(url.clipboardText).toBeUndefined();
    expect(previewAction({ kind: 'open-settings', pane: 'network', label: 'Open Network settings' }).message).toMatch(/Nothing opens in the preview/);
    expect(previewAction({ kind: 'open-app', app: 'keychain-access', label: 'Open' }).message).toMatch(/Keychain Access/);
  });
});

describe('frame codec', () => {
  it('round-trips short, 16-bit and 64-bit lengths and refuses oversize frames', () => {
    for (const n of [0, 125, 126, 65_535, 65_536]) {
      const payload = Buffer.alloc(n, 7);
      const r = decodeFrame(encodeFrame(1, payload), 1 << 20);
      expect(r && 'frame' in r && r.frame.payload.length).toBe(n);
    }
    expect(decodeFrame(encodeFrame(1, Buffer.alloc(70_000)), 65_536)).toEqual({ error: 'message too big', code: 1009 });
    expect(decodeFrame(encodeFrame(1, Buffer.alloc(300)).subarray(0, 100), 1 << 20)).toBeNull();
    expect(decodeFrame(Buffer.from([0xf1, 0x00]), 10)).toMatchObject({ code: 1002 });
  });
});
