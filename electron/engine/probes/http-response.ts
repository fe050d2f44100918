/**
 * An HTTP/1.1 response reader for the one exchange http-exchange.ts makes: a GET or HEAD with
 * `connection: close`, no keep-alive, no pipelining, no upgrade. Pure and incremental: feed it
 * the bytes as they arrive, in any split, and it reports the head, the body and the end.
 *
 * Why not node:http: over the same connected socket its ClientRequest/IncomingMessage machinery
 * cost 0.31–0.34 ms of CPU per exchange more than writing the request and reading the answer
 * (Node 20, TLS resumed, 4 000 exchanges each way), a quarter of a whole sign-in check, paid on
 * every monitor cycle. What it parsed for us is small: a status line, a few headers, and the
 * body's framing (RFC 9112 §4, §5, §6.3, §7.1), implemented here with llhttp's limits and error
 * names (nodejs/llhttp; Node's default 16 KiB head, `--max-http-header-size`).
 *
 * Garbage never reads as an answer: no `HTTP/1.x NNN` status line, a bad header line, conflicting
 * lengths or a bad chunk size throw an HttpParseError; the caller classifies it (http.unexpected
 * before the head, http.truncated after it).
 */

/** Node's default limit on a response head (http.maxHeaderSize). */
export const MAX_HEAD_BYTES = 16 * 1024;

/** A response that is not valid HTTP/1.1, named like llhttp's errors (HPE_…). */
export class HttpParseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpParseError';
  }
}

/** The final response head (1xx interim answers are skipped). */
export interface ResponseHead {
  status: number;
  /** Lower-cased header names; a repeated header keeps its first value (as node:http does for these). */
  headers: ReadonlyMap<string, string>;
  /** Body length declared by Content-Length (null when chunked, absent or not applicable). */
  contentLength: number | null;
}

export interface ResponseSink {
  head(head: ResponseHead): void;
  body(chunk: Buffer): void;
  /** The message is complete: every byte its framing announced was read. */
  done(): void;
}

type Framing = { kind: 'none' } | { kind: 'length'; left: number } | { kind: 'chunked' } | { kind: 'close' };

const STATUS_LINE = /^HTTP\/1\.[01] ([1-9]\d\d)(?: [^\0-\x08\n-\x1f\x7f]*)?$/;
// RFC 9110 §5.1 token, a colon, then the value: no controls but HTAB (§5.5). The value is trimmed
// apart from the match: a lazy group before optional trailing blanks backtracks quadratically on
// a line of blanks a hostile server can send.
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):(.*)$/;
const CONTROL = /[\0-\x08\n-\x1f\x7f]/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,15})[ \t]*(?:;[^\0-\x08\n-\x1f\x7f]*)?$/;

/** `[name, value]` of a header line, or null when it is not one. */
function headerLine(line: string): [string, string] | null {
  const h = HEADER_LINE.exec(line);
  if (!h || CONTROL.test(h[2] as string)) return null;
  return [(h[1] as string).toLowerCase(), trimBlanks(h[2] as string)];
}

/** The value without leading and trailing SP/HTAB (RFC 9110 §5.5), in one linear pass. */
function trimBlanks(v: string): string {
  let start = 0;
  let end = v.length;
  while (start < end && (v[start] === ' ' || v[start] === '\t')) start++;
  while (end > start && (v[end - 1] === ' ' || v[end - 1] === '\t')) end--;
  return v.slice(start, end);
}

/** What `pending` holds when nothing is waiting (never written to: a new chunk replaces it). */
const EMPTY: Buffer = Buffer.alloc(0);

type ReaderState = 'head' | 'body' | 'chunk-size' | 'chunk-data' | 'chunk-crlf' | 'trailers' | 'done';

/**
 * A reader for one response to `method`. `push` every chunk the socket delivers, `end` when it
 * ends; both throw HttpParseError on a malformed answer. `end` returns whether the message was
 * complete (read-until-close bodies are complete at a clean end).
 */
export function createResponseReader(method: 'GET' | 'HEAD', sink: ResponseSink): ResponseReader {
  return new ResponseReader(method, sink);
}

/**
 * The reader's state machine. A class, not a closure per reader: a reader lives for one exchange,
 * and V8 holds a closure's optimised code only weakly, so closures made per exchange were compiled
 * again by TurboFan after every major GC (15–25 times each over 20 000 monitor runs, `--trace-opt`);
 * prototype methods keep theirs for the life of the process.
 */
export class ResponseReader {
  private state: ReaderState = 'head';
  private pending: Buffer = EMPTY;
  private framing: Framing = { kind: 'none' };
  private chunkLeft = 0;
  /** Bytes of the head, or of the trailer section, read so far: each may have MAX_HEAD_BYTES. */
  private sectionBytes = 0;
  private headLines: string[] = [];

  constructor(
    private readonly method: 'GET' | 'HEAD',
    private readonly sink: ResponseSink,
  ) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (this.state !== 'done' && this.step()) {}
    if (this.state === 'done') this.pending = EMPTY; // anything after the message is not ours to read
  }

  /** The connection ended: true when the message was complete. */
  end(): boolean {
    if (this.state === 'body' && this.framing.kind === 'close') this.finish();
    return this.state === 'done';
  }

  private finish(): void {
    this.state = 'done';
    this.sink.done();
  }

  /** The next line of `pending` (without CRLF or LF), or null when it has not all arrived. */
  private takeLine(limit: number, what: string): string | null {
    const pending = this.pending;
    const nl = pending.indexOf(0x0a);
    if (nl < 0) {
      if (pending.length > limit) throw new HttpParseError('HPE_HEADER_OVERFLOW', `${what} longer than ${limit} bytes`);
      return null;
    }
    if (nl > limit) throw new HttpParseError('HPE_HEADER_OVERFLOW', `${what} longer than ${limit} bytes`);
    const end = nl > 0 && pending[nl - 1] === 0x0d ? nl - 1 : nl;
    const line = pending.toString('latin1', 0, end);
    this.pending = pending.subarray(nl + 1);
    return line;
  }

  /** The next line of the head or the trailer section, counted against their shared limit. */
  private sectionLine(what: string): string | null {
    const before = this.pending.length;
    const line = this.takeLine(MAX_HEAD_BYTES - this.sectionBytes, what);
    if (line !== null) this.sectionBytes += before - this.pending.length;
    return line;
  }

  /** Parse one complete head (lines, without the blank one); null for a skipped 1xx. */
  private parseHead(lines: string[]): ResponseHead | null {
    const m = STATUS_LINE.exec(lines[0] ?? '');
    if (!m) throw new HttpParseError('HPE_INVALID_CONSTANT', `not an HTTP/1.1 status line: ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
    const status = Number(m[1]);
    const headers = new Map<string, string>();
    const lengths: string[] = [];
    const codings: string[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      // A folded line (obs-fold, RFC 9112 §5.2) is refused, as llhttp does.
      const h = headerLine(line);
      if (!h) throw new HttpParseError('HPE_INVALID_HEADER_TOKEN', `bad header line: ${JSON.stringify(line.slice(0, 80))}`);
      const [name, value] = h;
      if (name === 'content-length') for (const v of value.split(',')) lengths.push(v.trim());
      else if (name === 'transfer-encoding') for (const v of value.split(',')) codings.push(v.trim().toLowerCase());
      if (!headers.has(name)) headers.set(name, value);
    }
    if (status === 101) throw new HttpParseError('HPE_UNEXPECTED_UPGRADE', 'the server switched protocols, which was not asked for');
    if (status < 200) return null; // 100 Continue, 103 Early Hints: the real answer follows (RFC 9110 §15.2).
    if (lengths.some((v) => !/^\d{1,15}$/.test(v)) || new Set(lengths).size > 1) {
      throw new HttpParseError('HPE_INVALID_CONTENT_LENGTH', `bad Content-Length: ${JSON.stringify(lengths.join(', '))}`);
    }
    const declared = lengths.length ? Number(lengths[0]) : null;
    if (this.method === 'HEAD' || status === 204 || status === 304) this.framing = { kind: 'none' };
    // RFC 9112 §6.3: Transfer-Encoding overrides Content-Length; a response whose last coding is
    // not chunked runs until the connection closes.
    else if (codings.length) this.framing = codings[codings.length - 1] === 'chunked' ? { kind: 'chunked' } : { kind: 'close' };
    else if (declared !== null) this.framing = { kind: 'length', left: declared };
    else this.framing = { kind: 'close' };
    return { status, headers, contentLength: codings.length ? null : declared };
  }

  /** Read what `pending` allows in the current state; false when more bytes are needed. */
  private step(): boolean {
    switch (this.state) {
      case 'head':
        return this.stepHead();
      case 'body': {
        const pending = this.pending;
        if (pending.length === 0) return false;
        const framing = this.framing;
        if (framing.kind === 'length') {
          const take = pending.subarray(0, framing.left);
          this.pending = pending.subarray(take.length);
          framing.left -= take.length;
          this.sink.body(take);
          if (framing.left === 0) this.finish();
        } else {
          this.sink.body(pending);
          this.pending = EMPTY;
        }
        return true;
      }
      case 'chunk-size': {
        const line = this.takeLine(1024, 'chunk size line');
        if (line === null) return false;
        const m = CHUNK_SIZE.exec(line);
        if (!m) throw new HttpParseError('HPE_INVALID_CHUNK_SIZE', `bad chunk size: ${JSON.stringify(line.slice(0, 40))}`);
        this.chunkLeft = Number.parseInt(m[1] as string, 16);
        this.state = this.chunkLeft === 0 ? 'trailers' : 'chunk-data';
        return true;
      }
      case 'chunk-data': {
        const pending = this.pending;
        if (pending.length === 0) return false;
        const take = pending.subarray(0, this.chunkLeft);
        this.pending = pending.subarray(take.length);
        this.chunkLeft -= take.length;
        this.sink.body(take);
        if (this.chunkLeft === 0) this.state = 'chunk-crlf';
        return true;
      }
      case 'chunk-crlf': {
        // Exactly CRLF (or a bare LF) after each chunk's data.
        const pending = this.pending;
        const cr = pending[0] === 0x0d ? 1 : 0;
        if (pending.length <= cr) return false;
        if (pending[cr] !== 0x0a) throw new HttpParseError('HPE_STRICT', 'chunk data longer than its size');
        this.pending = pending.subarray(cr + 1);
        this.state = 'chunk-size';
        return true;
      }
      case 'trailers': {
        const line = this.sectionLine('trailer section');
        if (line === null) return false;
        if (line === '') this.finish();
        else if (!headerLine(line)) throw new HttpParseError('HPE_INVALID_HEADER_TOKEN', 'bad trailer line');
        return true;
      }
      case 'done':
        return false;
    }
  }

  private stepHead(): boolean {
    const line = this.sectionLine('response head');
    if (line === null) return false;
    if (line !== '') {
      this.headLines.push(line);
      return true;
    }
    if (this.headLines.length === 0) return true; // stray CRLF before the status line (RFC 9112 §2.2)
    const head = this.parseHead(this.headLines);
    this.headLines = [];
    this.sectionBytes = 0;
    if (!head) return true;
    this.sink.head(head);
    const framing = this.framing;
    if (framing.kind === 'none' || (framing.kind === 'length' && framing.left === 0)) this.finish();
    else this.state = framing.kind === 'chunked' ? 'chunk-size' : 'body';
    return true;
  }
}
