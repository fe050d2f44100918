/**
 * Adversarial replays of the classes that held in issue #15's run, on loopback with fixed seeds:
 * the preview server's token/Origin/Host checks, static-file traversal (encoded, double-encoded,
 * backslash, NUL, symlink), and IPC payload and sender validation on every channel (wrong types,
 * huge strings, prototype-pollution keys, extra fields). Raw bytes go over a plain TCP socket so
 * no HTTP client normalises the attack away.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { type PreviewServer, startPreviewServer } from '../../electron/preview/server';
import { registerIpcHandlers } from '../../electron/shell/ipc-main';
import { CHANNELS, CONTRACT } from '../../shared/ipc';
import { createFakeCore } from '../renderer/fake-core';

let server: PreviewServer;
let root: string;
let outside: string;
const SECRET = 'OUTSIDE-THE-BUILD';

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'adv-preview-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'private');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, '.env'), SECRET);
  await writeFile(path.join(outside, 'secret.txt'), SECRET);
  // Symlinks inside the build that lead out of it (a file and a directory).
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  await symlink(outside, path.join(root, 'assets', 'dirlink'));
  server = await startPreviewServer({ core: createFakeCore({ stepDelayMs: 1 }), dataDir: base, rendererDir: root, log: () => {} });
});
afterAll(async () => {
  await server.close();
  await rm(path.dirname(root), { recursive: true, force: true });
});

/** Send raw request bytes; resolve with the status code and the whole answer. */
function raw(bytes: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const s = net.connect(server.port, '127.0.0.1');
    let text = '';
    s.setTimeout(5000, () => s.destroy(new Error('no answer')));
    s.on('data', (c) => {
      text += c.toString('latin1');
    });
    s.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    s.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    s.on('error', reject);
    // write, not end: a half-closed socket makes the server drop an answer still being read from disk.
    s.write(bytes);
  });
}
const host = () => `127.0.0.1:${server.port}`;
const getRaw = (target: string) => raw(`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);

describe('static files: traversal', () => {
  it('serves the build (the attacks below are refused, not everything)', async () => {
    expect((await getRaw('/')).status).toBe(200);
    expect((await getRaw('/assets/app.js')).status).toBe(200);
  });
  it.each([
    ['/../private/secret.txt'],
    ['/%2e%2e/private/secret.txt'],
    ['/%2E%2E%2Fprivate%2Fsecret.txt'],
    ['/%252e%252e/private/secret.txt'],
    ['/assets/..%2f..%2fprivate/secret.txt'],
    ['/..\\private\\secret.txt'],
    ['/%5c..%5cprivate%5csecret.txt'],
    ['/assets/%2e%2e%5c%2e%2e%5cprivate%5csecret.txt'],
    ['/index.html%00.js'],
    ['/%00'],
    ['/.env'],
    ['/%2eenv'],
    ['/assets/link.txt'],
    ['/assets/dirlink/secret.txt'],
    ['/assets/%64irlink/secret.txt'],
    ['//etc/passwd'],
    [`/${'../'.repeat(20)}etc/passwd`],
    ['/%c0%ae%c0%ae/private/secret.txt'],
    ['/..%c0%afprivate/secret.txt'],
  ])('%s is refused and leaks nothing', async (target) => {
    const r = await getRaw(target);
    expect(r.status === 400 || r.status === 404).toBe(true);
    expect(r.text).not.toContain(SECRET);
    expect(r.text).not.toContain('root:');
  });
});

describe('bridge socket: token, Origin, Host', () => {
  const upgrade = (o: { token?: string; origin?: string | null; host?: string; path?: string }) =>
    raw(
      [
        `GET ${o.path ?? `/bridge?token=${encodeURIComponent(o.token ?? server.token)}`} HTTP/1.1`,
        `Host: ${o.host ?? host()}`,
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        ...(o.origin === null ? [] : [`Origin: ${o.origin ?? server.origin}`]),
        '',
        '',
      ].join('\r\n'),
    );

  it('the right token, Origin and Host open it (the refusals below are about the attack)', async () => {
    const s = net.connect(server.port, '127.0.0.1');
    const head = await new Promise<string>((resolve) => {
      s.once('data', (c) => resolve(c.toString('latin1')));
      s.write(
        `GET /bridge?token=${server.token} HTTP/1.1\r\nHost: ${host()}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nOrigin: ${server.origin}\r\n\r\n`,
      );
    });
    s.destroy();
    expect(head).toMatch(/^HTTP\/1\.1 101/);
  });

  it('random tokens, near misses and token tricks are refused (fixed seed)', async () => {
    const t = server.token;
    const tricks = [
      '',
      t.slice(0, -1),
      `${t}x`,
      t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase(),
      `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`,
      ` ${t}`,
      `${t}\u0000`,
      t + t,
    ];
    const random = fc.sample(fc.string({ minLength: 0, maxLength: 64 }), { seed: 15, numRuns: 20 });
    for (const token of [...tricks, ...random]) expect((await upgrade({ token })).status, JSON.stringify(token)).toBe(403);
    // Two token parameters: the first one counts, and it is wrong.
    expect((await upgrade({ path: `/bridge?token=wrong&token=${t}` })).status).toBe(403);
  });

  it.each([['http://evil.example'], [`http://127.0.0.1:${1}`], ['null'], ['file://'], ['https://127.0.0.1']])('Origin %s is refused', async (origin) => {
    expect((await upgrade({ origin })).status).toBe(403);
  });

  it('Origin look-alikes of this server are refused', async () => {
    for (const origin of [
      `${server.origin}.evil.example`,
      `${server.origin}/`,
      `${server.origin}@evil.example`,
      server.origin.toUpperCase(),
      `https://127.0.0.1:${server.port}`,
    ])
      expect((await upgrade({ origin })).status, origin).toBe(403);
    expect((await upgrade({ origin: null })).status).toBe(403);
  });

  it('a foreign Host (DNS rebinding) is refused on the socket and on pages', async () => {
    for (const h of ['rebind.example', `rebind.example:${server.port}`, `127.0.0.1:${server.port}.evil`, `127.0.0.2:${server.port}`, `[::1]:${server.port}`]) {
      expect((await upgrade({ host: h })).status, h).toBe(404);
      expect((await raw(`GET / HTTP/1.1\r\nHost: ${h}\r\nConnection: close\r\n\r\n`)).status, h).toBe(421);
    }
  });
});

describe('IPC: every channel, hostile payloads (fixed seed), hostile senders', () => {
  function setup() {
    electron.__resetElectronMock();
    const win = new electron.BrowserWindow({});
    win.webContents.mainFrame.url = 'app://renderer/index.html';
    const invoke = vi.fn(async () => ({}));
    registerIpcHandlers({ core: { invoke } as never, ourWebContents: () => win.webContents as never, log: () => {} });
    return { invoke, ours: { sender: win.webContents, senderFrame: win.webContents.mainFrame }, win };
  }
  const channels = Object.keys(CONTRACT) as (keyof typeof CONTRACT)[];
  const huge = 'A'.repeat(1_000_000);
  const polluted = () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');

  it.each(channels)('%s: wrong types, huge strings, pollution keys and extra fields never reach the core', async (channel) => {
    const { invoke, ours } = setup();
    const hostile: unknown[] = [null, 42, 'x', [], [{}], huge, { huge }, polluted(), { ...polluted(), extra: 1 }, { [huge.slice(0, 5000)]: 1 }];
    for (const payload of hostile) {
      await electron.ipcMain.invokeAs(channel, ours, payload).catch(() => undefined);
      // Accepted only if it is exactly what the contract allows, and then only the parsed data.
      const parsed = CONTRACT[channel].request.safeParse(payload);
      if (!parsed.success) expect(invoke, JSON.stringify(payload).slice(0, 80)).not.toHaveBeenCalled();
      invoke.mockClear();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('random payloads on random channels (fixed seed): the core sees only schema-valid data', async () => {
    const { invoke, ours } = setup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.jsonValue({ maxDepth: 3 }), async (channel, payload) => {
        invoke.mockClear();
        await electron.ipcMain.invokeAs(channel, ours, payload).catch(() => undefined);
        const parsed = CONTRACT[channel].request.safeParse(payload);
        if (!parsed.success) expect(invoke).not.toHaveBeenCalled();
        else if (invoke.mock.calls.length > 0) expect(invoke.mock.calls[0]).toEqual([channel, parsed.data]);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('a valid payload from any sender but our main frame never reaches the core (fixed seed URLs)', async () => {
    const { invoke, ours, win } = setup();
    const urls = [
      ...fc.sample(fc.webUrl(), { seed: 15, numRuns: 15 }),
      'app://evil/index.html',
      'app://renderer.evil/index.html',
      'app://Renderer/index.html#x',
      'file:///tmp/index.html',
    ];
    const other = new electron.BrowserWindow({});
    for (const url of urls) {
      const frame = { ...win.webContents.mainFrame, url };
      await expect(electron.ipcMain.invokeAs(CHANNELS.getState, { sender: win.webContents, senderFrame: frame }, {})).rejects.toThrow(
        /sender|refused|untrusted/i,
      );
      other.webContents.mainFrame.url = url;
      await expect(electron.ipcMain.invokeAs(CHANNELS.getState, { sender: other.webContents, senderFrame: other.webContents.mainFrame }, {})).rejects.toThrow(
        /sender|refused|untrusted/i,
      );
    }
    expect(invoke).not.toHaveBeenCalled();
    // The same call from our own frame does get through: the refusals above are about the sender.
    await electron.ipcMain.invokeAs(CHANNELS.getState, ours, {});
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
