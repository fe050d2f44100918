/**
 * A minimal RFC 6455 WebSocket server side: the opening handshake on a node:http `upgrade`, a frame
 * parser for client frames (always masked), text messages (fragmented or not), ping/pong and the
 * close handshake. Just enough for the preview bridge; no extensions, no binary messages.
 * (The `ws` package is not a dependency; see https://www.rfc-editor.org/rfc/rfc6455 §5.)
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** RFC 6455 §1.3: the GUID appended to Sec-WebSocket-Key. */
const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const OP_CONT = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

/** RFC 6455 §5.5: control frames carry at most 125 bytes and are never fragmented. */
const MAX_CONTROL_PAYLOAD = 125;
/** Fragments per message: thousands of (even empty) continuation frames are an attack, not a message. */
export const MAX_FRAGMENTS = 1024;
/** Bytes queued for a client that does not read before it is dropped (no backpressure ⇒ no limit). */
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;

/** RFC 6455 §7.4: close codes a peer may send (1004–1006 and 1015 are reserved for local use). */
function validCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Strict UTF-8 decode, or null (RFC 6455 §8.1: invalid text fails the connection with 1007). */
function decodeUtf8(payload: Buffer): string | null {
  try {
    return utf8.decode(payload);
  } catch {
    return null;
  }
}

/** Sec-WebSocket-Accept for a client key (RFC 6455 §4.2.2). */
export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + WS_GUID)
    .digest('base64');
}

/** Encode one unmasked server frame (FIN set). */
export function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  let header: Buffer;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 65_536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}

/** One decoded frame. */
export interface Frame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Buffer;
}

/**
 * Decode the first frame of `buf`. Returns the frame and the bytes it used, `null` when more bytes
 * are needed, or an error string (protocol violation / too large). Pure; never throws.
 */
export function decodeFrame(buf: Buffer, maxPayload: number): { frame: Frame; used: number } | null | { error: string; code: number } {
  if (buf.length < 2) return null;
  const b0 = buf[0]!;
  const b1 = buf[1]!;
  if ((b0 & 0x70) !== 0) return { error: 'reserved bits set', code: 1002 };
  const masked = (b1 & 0x80) !== 0;
  let len = b1 & 0x7f;
  let offset = 2;
  if (len === 126) {
    if (buf.length < 4) return null;
    len = buf.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (buf.length < 10) return null;
    const big = buf.readBigUInt64BE(2);
    if (big > BigInt(maxPayload)) return { error: 'message too big', code: 1009 };
    len = Number(big);
    offset = 10;
  }
  if (len > maxPayload) return { error: 'message too big', code: 1009 };
  const maskLen = masked ? 4 : 0;
  if (buf.length < offset + maskLen + len) return null;
  const payload = Buffer.from(buf.subarray(offset + maskLen, offset + maskLen + len));
  if (masked) {
    const mask = buf.subarray(offset, offset + 4);
    for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i & 3]!;
  }
  return { frame: { fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, masked, payload }, used: offset + maskLen + len };
}

/** An open WebSocket connection (server side). */
export interface WsConnection {
  send(text: string): void;
  close(code?: number, reason?: string): void;
  onMessage(cb: (text: string) => void): void;
  onClose(cb: () => void): void;
  readonly open: boolean;
}

/**
 * Complete the handshake on an `upgrade` request and return the connection, or `null` after
 * answering 400 when the request is not a valid WebSocket upgrade. Checks of token and origin
 * belong to the caller and must run BEFORE this.
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer, maxPayload = 1_048_576): WsConnection | null {
  const key = req.headers['sec-websocket-key'];
  const version = req.headers['sec-websocket-version'];
  const upgrade = String(req.headers.upgrade ?? '').toLowerCase();
  if (typeof key !== 'string' || !/^[A-Za-z0-9+/]{22}==$/.test(key) || version !== '13' || upgrade !== 'websocket') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return null;
  }
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`);
  return wrapSocket(socket, head, maxPayload);
}

function wrapSocket(socket: Duplex, head: Buffer, maxPayload: number): WsConnection {
  let buffered: Buffer = head.length > 0 ? Buffer.from(head) : Buffer.alloc(0);
  let fragments: Buffer[] | null = null;
  let fragmentsLen = 0;
  let open = true;
  let closeSent = false;
  const messageCbs: ((text: string) => void)[] = [];
  const closeCbs: (() => void)[] = [];

  const write = (opcode: number, payload: Buffer) => {
    if (socket.destroyed || !socket.writable) return;
    // Backpressure: a client that stops reading must not grow our memory without limit.
    if (socket.writableLength + payload.length > MAX_QUEUED_BYTES) {
      socket.destroy();
      finish();
      return;
    }
    socket.write(encodeFrame(opcode, payload));
  };
  const finish = () => {
    if (!open) return;
    open = false;
    for (const cb of closeCbs) cb();
  };
  const sendClose = (code: number, reason = '') => {
    if (closeSent) return;
    closeSent = true;
    const body = Buffer.alloc(2 + Buffer.byteLength(reason));
    body.writeUInt16BE(code, 0);
    body.write(reason, 2);
    write(OP_CLOSE, body);
  };
  const fail = (code: number, reason: string) => {
    sendClose(code, reason);
    socket.end();
    finish();
  };

  /** Fail the connection; returns false so the caller stops reading frames. */
  const bad = (code: number, reason: string): false => {
    fail(code, reason);
    return false;
  };
  const handle = (frame: Frame): boolean => {
    // RFC 6455 §5.1: a server MUST close the connection upon receiving an unmasked frame.
    if (!frame.masked) return bad(1002, 'frames must be masked');
    if (frame.opcode >= 0x8 && (!frame.fin || frame.payload.length > MAX_CONTROL_PAYLOAD)) return bad(1002, 'control frames are short and unfragmented');
    switch (frame.opcode) {
      case OP_TEXT:
      case OP_BINARY:
        if (fragments) return bad(1002, 'new message inside a fragmented one');
        if (frame.opcode === OP_BINARY) return bad(1003, 'text only');
        if (frame.fin) return emitText(frame.payload);
        else {
          fragments = [frame.payload];
          fragmentsLen = frame.payload.length;
        }
        return true;
      case OP_CONT:
        if (!fragments) return bad(1002, 'continuation without a message');
        fragments.push(frame.payload);
        fragmentsLen += frame.payload.length;
        if (fragmentsLen > maxPayload || fragments.length > MAX_FRAGMENTS) return bad(1009, 'message too big');
        if (frame.fin) {
          const whole = Buffer.concat(fragments);
          fragments = null;
          return emitText(whole);
        }
        return true;
      case OP_PING:
        write(OP_PONG, frame.payload);
        return true;
      case OP_PONG:
        return true;
      case OP_CLOSE: {
        // RFC 6455 §5.5.1: a body is empty or a valid code plus UTF-8 reason; anything else is a protocol error.
        const code = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1000;
        if (frame.payload.length === 1 || !validCloseCode(code)) return bad(1002, 'invalid close code');
        if (decodeUtf8(frame.payload.subarray(2)) === null) return bad(1007, 'close reason is not UTF-8');
        sendClose(code);
        socket.end();
        finish();
        return false;
      }
      default:
        return bad(1002, 'unknown opcode');
    }
  };
  const emitText = (payload: Buffer): boolean => {
    const text = decodeUtf8(payload);
    if (text === null) return bad(1007, 'text is not valid UTF-8');
    for (const cb of messageCbs) cb(text);
    return true;
  };
  const drain = () => {
    while (open) {
      const r = decodeFrame(buffered, maxPayload);
      if (r === null) return;
      if ('error' in r) return fail(r.code, r.error);
      buffered = buffered.subarray(r.used);
      if (!handle(r.frame)) return;
    }
  };

  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    drain();
  });
  socket.on('close', finish);
  socket.on('error', () => {
    socket.destroy();
    finish();
  });
  queueMicrotask(drain);

  return {
    send(text) {
      if (open) write(OP_TEXT, Buffer.from(text, 'utf8'));
    },
    close(code = 1000, reason = '') {
      if (!open) return;
      sendClose(code, reason);
      socket.end();
      finish();
    },
    onMessage(cb) {
      messageCbs.push(cb);
    },
    onClose(cb) {
      closeCbs.push(cb);
    },
    get open() {
      return open;
    },
  };
}
