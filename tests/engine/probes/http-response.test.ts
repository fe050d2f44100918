/**
 * The response reader behind every HTTP fetch (sign-in endpoints, captive page, status feed, the
 * clock's Date fallback): the same answer in any split of its bytes, garbage refused, the body's
 * end known from its framing, never from a guess.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResponseReader, HttpParseError, MAX_HEAD_BYTES, type ResponseHead } from '../../../electron/engine/probes/http-response';

interface Read {
  head: ResponseHead | null;
  body: string;
  done: boolean;
  endedComplete: boolean | null;
  error: string | null;
}

/** Feed `parts` in order, then end the connection when `close`. */
function read(parts: (string | Buffer)[], o: { method?: 'GET' | 'HEAD'; close?: boolean } = {}): Read {
  const out: Read = { head: null, body: '', done: false, endedComplete: null, error: null };
  const reader = createResponseReader(o.method ?? 'GET', {
    head: (h) => {
      out.head = h;
    },
    body: (c) => {
      out.body += c.toString('latin1');
    },
    done: () => {
      out.done = true;
    },
  });
  try {
    for (const p of parts) reader.push(typeof p === 'string' ? Buffer.from(p, 'latin1') : p);
    if (o.close !== false) out.endedComplete = reader.end();
  } catch (err) {
    out.error = err instanceof HttpParseError ? err.code : String(err);
  }
  return out;
}

/** A real answer of the sign-in endpoint's shape (Node's http server, chunked). */
const CHUNKED =
  'HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\nDate: Thu, 03 Dec 2026 11:49:42 GMT\r\nConnection: keep-alive\r\n' +
  'Keep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\n<html>apple sign-in</html>\r\n4;ext=1\r\n ok.\r\n0\r\nx-trailer: 1\r\n\r\n';
const LENGTH = 'HTTP/1.1 302 Found\r\nLocation: http://10.0.0.1/login\r\nContent-Length: 5\r\n\r\nhello';

describe('HTTP response reader', () => {
  it('reads a chunked answer: status, headers by lower-case name, the decoded body, complete before the close', () => {
    const r = read([CHUNKED], { close: false });
    expect(r.head?.status).toBe(200);
    expect(r.head?.headers.get('date')).toBe('Thu, 03 Dec 2026 11:49:42 GMT');
    expect(r.head?.contentLength).toBeNull();
    expect(r.body).toBe('<html>apple sign-in</html> ok.');
    expect(r.done).toBe(true);
  });

  it('gives the same answer however the bytes are split (TLS records, TCP segments)', () => {
    const whole = { chunked: read([CHUNKED]), length: read([LENGTH]) };
    fc.assert(
      fc.property(fc.constantFrom('chunked', 'length' as const), fc.array(fc.nat(), { maxLength: 12 }), (kind, cuts) => {
        const text = kind === 'chunked' ? CHUNKED : LENGTH;
        const at = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
        const parts = [0, ...at].map((s, i) => text.slice(s, at[i] ?? text.length)).filter((p) => p.length > 0);
        const r = read(parts);
        expect({ ...r, head: r.head?.status }).toEqual({ ...whole[kind], head: whole[kind].head?.status });
      }),
    );
  });

  it('stops at Content-Length and ignores what follows; a Location is evidence', () => {
    const r = read([`${LENGTH}GARBAGE AFTER`], { close: false });
    expect(r).toMatchObject({ body: 'hello', done: true, error: null });
    expect(r.head?.headers.get('location')).toBe('http://10.0.0.1/login');
    expect(r.head?.contentLength).toBe(5);
  });

  it('a body cut before its declared length or its last chunk is incomplete at the close', () => {
    expect(read(['HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf'])).toMatchObject({ body: 'half', done: false, endedComplete: false });
    expect(read([CHUNKED.slice(0, CHUNKED.indexOf('0\r\n'))])).toMatchObject({ done: false, endedComplete: false });
    expect(read(['HTTP/1.1 200 OK\r\nContent-Le'])).toMatchObject({ head: null, endedComplete: false });
  });

  it('without a length, the body runs to the close, which completes it', () => {
    expect(read(['HTTP/1.0 200 OK\r\n\r\nSuccess', '!'])).toMatchObject({ body: 'Success!', done: true, endedComplete: true });
  });

  it('no body for HEAD, 204 and 304, whatever they declare', () => {
    expect(read(['HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n'], { method: 'HEAD', close: false })).toMatchObject({ done: true, body: '' });
    expect(read(['HTTP/1.1 204 No Content\r\n\r\n'], { close: false }).done).toBe(true);
    expect(read(['HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n'], { close: false }).done).toBe(true);
  });

  it('skips 100 and 103 interim answers; a 101 nobody asked for is an error', () => {
    const r = read(['HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n'], {
      close: false,
    });
    expect(r).toMatchObject({ done: true, error: null });
    expect(r.head?.status).toBe(503);
    expect(read(['HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n']).error).toBe('HPE_UNEXPECTED_UPGRADE');
  });

  it('Transfer-Encoding wins over Content-Length (RFC 9112 §6.3); a last coding other than chunked runs to the close', () => {
    expect(read(['HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'], { close: false })).toMatchObject({
      body: 'hello',
      done: true,
    });
    expect(read(['HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz'])).toMatchObject({ body: 'zz', endedComplete: true });
  });

  it('garbage is refused, never read as an answer', () => {
    const cases: [string, string][] = [
      ['SSH-2.0-OpenSSH_9.6\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/2 200\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/1.1 2000 OK\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/1.1 200 OK\r\nno colon here\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\nX-A: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
      ['HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
      ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'HPE_INVALID_CHUNK_SIZE'],
      ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n', 'HPE_STRICT'],
    ];
    for (const [text, code] of cases) expect(read([text]).error, JSON.stringify(text)).toBe(code);
    // Identical repeated lengths are one length (RFC 9110 §8.6).
    expect(read(['HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok'], { close: false }).done).toBe(true);
  });

  it('a head that never ends is cut at 16 KiB (Node’s own limit), not buffered forever', () => {
    const r = read(['HTTP/1.1 200 OK\r\n', `X-Pad: ${'a'.repeat(MAX_HEAD_BYTES)}`], { close: false });
    expect(r.error).toBe('HPE_HEADER_OVERFLOW');
    const many = read(['HTTP/1.1 200 OK\r\n', ...Array.from({ length: 2000 }, () => 'X-A: 1234567\r\n')], { close: false });
    expect(many.error).toBe('HPE_HEADER_OVERFLOW');
  });

  it('reads a hostile line of blanks in linear time (no regex backtracking)', () => {
    const blanks = ' \t'.repeat(3896); // the line just fits the 16 KiB head
    const t0 = performance.now();
    const r = read([`HTTP/1.1 200 OK\r\nX-A:x${blanks}y${blanks}z\r\nContent-Length: 0\r\n\r\n`], { close: false });
    const ms = performance.now() - t0;
    expect(r.head?.headers.get('x-a')).toBe(`x${blanks}y${blanks}z`);
    // A lazy match before optional trailing blanks took 220–270 ms here (quadratic); this, under 1 ms.
    expect(ms).toBeLessThan(50);
  });

  it('tolerates bare LF line ends and a stray CRLF before the status line', () => {
    expect(read(['\r\nHTTP/1.1 200 OK\nContent-Length: 2\n\nok'], { close: false })).toMatchObject({ body: 'ok', done: true });
  });
});
