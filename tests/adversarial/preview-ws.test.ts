/**
 * Adversarial replay, issue #15 item 6: the preview WebSocket under hostile frames, on loopback.
 * Bounded: every attack is a few MB at most and each connection is closed by the test.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptWebSocket, decodeFrame, MAX_FRAGMENTS, MAX_QUEUED_BYTES, type WsConnection } from '../../electron/preview/ws';

let server: Server;
let port: number;
const received: string[] = [];
let lastConn: WsConnection | null = null;

beforeAll(async () => {
  server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => {
    const ws = acceptWebSocket(req, socket, head);
    if (!ws) return;
    lastConn = ws;
    ws.onMessage((t) => {
      received.push(t);
      // Echo a large answer to every "flood" message: the test client never reads.
      if (t === 'flood') for (let i = 0; i < 40; i++) ws.send('x'.repeat(512 * 1024));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function connect(): Promise<{ socket: Duplex; head: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/',
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64') },
    });
    req.on('upgrade', (_res, socket, head) => resolve({ socket, head }));
    req.on('error', reject);
    req.end();
  });
}

/** A masked client frame of any length. */
function frame(opcode: number, payload: Buffer, fin = true): Buffer {
  const len = payload.length;
  const ext =
    len < 126
      ? Buffer.from([0x80 | len])
      : len < 65536
        ? Buffer.from([0x80 | 126, len >> 8, len & 0xff])
        : (() => {
            const b = Buffer.alloc(9);
            b[0] = 0x80 | 127;
            b.writeBigUInt64BE(BigInt(len), 1);
            return b;
          })();
  const key = randomBytes(4);
  return Buffer.concat([Buffer.from([(fin ? 0x80 : 0) | opcode]), ext, key, Buffer.from(payload.map((b, i) => b ^ key[i & 3]!))]);
}

/** Wait for the server's close frame (its code), or null when the socket just ends. */
function closeCode(c: { socket: Duplex; head: Buffer }): Promise<number | null> {
  return new Promise((resolve) => {
    let buf = Buffer.from(c.head);
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const r = decodeFrame(buf, 1 << 24);
        if (!r || 'error' in r) return;
        buf = buf.subarray(r.used);
        if (r.frame.opcode === 8) return resolve(r.frame.payload.length >= 2 ? r.frame.payload.readUInt16BE(0) : null);
        if (r.frame.opcode === 10) return resolve(-10); // a pong: the server answered
      }
    };
    c.socket.on('data', onData);
    c.socket.on('close', () => resolve(null));
    onData(Buffer.alloc(0));
  });
}

describe('RFC 6455 control-frame rules', () => {
  it.each([
    ['a 60 KB ping', () => frame(9, Buffer.alloc(60_000, 1)), 1002],
    ['a fragmented ping', () => frame(9, Buffer.from('hi'), false), 1002],
    ['close code 999', () => frame(8, Buffer.from([0x03, 0xe7])), 1002],
    ['close code 1005 (reserved)', () => frame(8, Buffer.from([0x03, 0xed])), 1002],
    ['a one-byte close body', () => frame(8, Buffer.from([0x03])), 1002],
    ['invalid UTF-8 text', () => frame(1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 1007],
    ['invalid UTF-8 in a close reason', () => frame(8, Buffer.from([0x03, 0xe8, 0xc3, 0x28])), 1007],
  ])('%s', async (_name, make, code) => {
    const c = await connect();
    const done = closeCode(c);
    c.socket.write(make());
    expect(await done).toBe(code);
    c.socket.destroy();
  });

  it('a small ping is still answered, a valid close echoed', async () => {
    const c = await connect();
    const pong = closeCode(c);
    c.socket.write(frame(9, Buffer.from('hi')));
    expect(await pong).toBe(-10);
    c.socket.destroy();
  });
});

describe('memory limits', () => {
  it('thousands of empty continuation frames end the connection (1009)', async () => {
    const c = await connect();
    const done = closeCode(c);
    const empties = Buffer.concat(Array.from({ length: MAX_FRAGMENTS + 10 }, () => frame(0, Buffer.alloc(0), false)));
    c.socket.write(Buffer.concat([frame(1, Buffer.from('{'), false), empties]));
    expect(await done).toBe(1009);
    c.socket.destroy();
  });

  it('a client that never reads is dropped once the queue passes its cap', async () => {
    const c = await connect();
    c.socket.pause(); // never read
    const closed = new Promise<void>((r) => c.socket.on('close', () => r()));
    c.socket.write(frame(1, Buffer.from('flood')));
    await expect.poll(() => lastConn?.open, { timeout: 5000 }).toBe(false);
    expect(40 * 512 * 1024).toBeGreaterThan(MAX_QUEUED_BYTES); // the attack exceeds the cap
    c.socket.destroy();
    await closed;
  });
});
