/**
 * Streaming reader for `log show --style ndjson`: bytes in (any chunking), records out, with a
 * byte cap and a line cap so a flooding or hanging `log` never makes this process buffer more than
 * one line. A final line without a newline (output cut by a kill) is tried once at the end and
 * counted as unreadable when it is not a complete JSON object.
 */
import { StringDecoder } from 'node:string_decoder';
import { type LogRecord, parseLogLine } from './unified-log';

export interface StreamLimits {
  /** Stop after this many bytes of output. */
  maxBytes: number;
  /** Stop after this many lines. */
  maxLines: number;
  /** Longest single line kept (longer ones are unreadable, never parsed). */
  maxLineChars: number;
}

/** Counters of one read. */
export interface StreamStats {
  bytes: number;
  lines: number;
  records: number;
  unreadable: number;
  /** The `{"count":…,"finished":1}` trailer was seen: the output is complete. */
  finished: boolean;
  /** A cap was hit; `limit` says which. */
  limit: 'bytes' | 'lines' | null;
}

/** Splits chunks into lines and hands each record to `onRecord`. */
export class UnifiedLogStream {
  readonly stats: StreamStats = { bytes: 0, lines: 0, records: 0, unreadable: 0, finished: false, limit: null };
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private overlong = false;

  constructor(
    private readonly limits: StreamLimits,
    private readonly onRecord: (record: LogRecord) => void,
  ) {}

  /** Feed a chunk. Returns false once a cap is hit (the caller should stop the producer). */
  push(chunk: Uint8Array | string): boolean {
    if (this.stats.limit) return false;
    const room = this.limits.maxBytes - this.stats.bytes;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const take = bytes.length > room ? bytes.subarray(0, room) : bytes;
    this.stats.bytes += take.length;
    let text = this.decoder.write(Buffer.from(take.buffer, take.byteOffset, take.byteLength));
    while (text.length > 0) {
      const nl = text.indexOf('\n');
      if (nl === -1) {
        this.append(text);
        break;
      }
      this.append(text.slice(0, nl));
      text = text.slice(nl + 1);
      this.endLine();
      if (this.stats.limit) return false;
    }
    if (take.length < bytes.length) {
      this.stats.limit = 'bytes';
      // The line cut by the cap is incomplete: drop it rather than parse half a record.
      this.partial = '';
      return false;
    }
    return true;
  }

  /** Flush the last line (output without a trailing newline, or cut short). */
  end(): StreamStats {
    if (!this.stats.limit) {
      this.append(this.decoder.end());
      if (this.partial.length > 0 || this.overlong) this.endLine();
    }
    return this.stats;
  }

  private append(s: string): void {
    if (this.overlong) return;
    if (this.partial.length + s.length > this.limits.maxLineChars) {
      this.overlong = true;
      this.partial = '';
      return;
    }
    this.partial += s;
  }

  private endLine(): void {
    const line = this.partial;
    const overlong = this.overlong;
    this.partial = '';
    this.overlong = false;
    this.stats.lines += 1;
    if (overlong) this.stats.unreadable += 1;
    else if (line.trim() !== '') {
      const parsed = parseLogLine(line);
      if (parsed.kind === 'record') {
        this.stats.records += 1;
        this.onRecord(parsed.record);
      } else if (parsed.kind === 'trailer') this.stats.finished = true;
      else if (parsed.kind === 'unreadable') this.stats.unreadable += 1;
    }
    if (this.stats.lines >= this.limits.maxLines) this.stats.limit = 'lines';
  }
}
