/**
 * Diagnosis history: one JSON line per full diagnosis (shared/history.ts), appended to
 * `<dataDir>/history.jsonl` with one write, so a kill -9 mid-write loses at most the line being
 * written (a torn last line, skipped and trimmed at the next start). Bounded to 30 days and a
 * maximum line count by compaction (write a temp file, fsync, rename over: atomic).
 * A file with garbage in it is set aside (`*.corrupt-<time>`), its valid lines salvaged, and the
 * problem reported. Nothing here throws to the caller. Only O(1) state is kept in memory; `list`
 * reads the file when the UI asks (rarely), which keeps the resident monitor small.
 *
 * Flushed to the disk (fdatasync) only when a line changes what the timeline shows (light,
 * primary cause, alert state, flapping) and at close, not for every line like the one before it.
 * On macOS, libuv makes fdatasync an `fcntl(F_FULLFSYNC)` (nodejs/node deps/uv/src/unix/fs.c,
 * uv__fs_fdatasync): the drive flushes all its buffered data, every app's with ours. fcntl(2) says
 * it "may take quite a while to complete", and fsync(2) keeps it for applications such as
 * databases that need a strict order of writes. A monitor would otherwise do it every cycle, all
 * day, for a "still green" line. Unflushed lines reach the disk with the system's own write-back;
 * a power cut may cost the last of them, never a change of state. (On the 2-core Linux
 * development VM the flush also cost ~0.16 ms of CPU per append, 3000 appends each way.)
 */
import { type FileHandle, mkdir, open, readdir, readFile, rename, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type HistoryEntry, historyEntrySchema } from '../../../shared/history';
import { readBounded } from '../../engine/system/bounded-read';
import { type StoreIssue, setAside } from './set-aside';

export const HISTORY_FILE = 'history.jsonl';
const DAY_MS = 86_400_000;
/** A valid file is at most ~maxEntries × 0.5 KB; anything far larger is not ours. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** What the timeline shows of an entry: a line that changes it is flushed to the disk (file comment). */
const shownState = (e: HistoryEntry): string => `${e.light}|${e.primaryCause ?? ''}|${e.alertState ?? ''}|${e.unstable === true}`;

export interface HistoryStoreOptions {
  dir: string;
  /** Wall clock (ms since epoch): retention is about calendar days. */
  now: () => number;
  retentionMs?: number;
  maxEntries?: number;
}

export interface HistoryStore {
  /** Read, check and repair the file. Idempotent; other methods call it first. */
  open(): Promise<StoreIssue[]>;
  append(entry: HistoryEntry): Promise<void>;
  /** Entries whose `at` lies within the last `sinceMs`, oldest first. */
  list(sinceMs: number): Promise<HistoryEntry[]>;
  close(): Promise<void>;
  /** Everything noticed since creation. */
  issues(): readonly StoreIssue[];
  readonly path: string;
}

interface Scan {
  entries: HistoryEntry[];
  invalid: number;
  /** Byte length of the complete lines (where a torn tail starts). */
  completeBytes: number;
  tornTail: boolean;
}

/** Parse the file's bytes. A last line without newline that starts like ours is a torn write. */
export function scanHistory(buf: Buffer): Scan {
  const lastNl = buf.lastIndexOf(0x0a);
  const completeBytes = lastNl + 1;
  const tail = buf.subarray(completeBytes).toString('utf8');
  const tornTail = tail.length > 0 && tail.startsWith('{"');
  const entries: HistoryEntry[] = [];
  let invalid = tail.length > 0 && !tornTail ? 1 : 0;
  for (const line of buf.subarray(0, completeBytes).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const e = parseLine(line);
    if (e) entries.push(e);
    else invalid++;
  }
  return { entries, invalid, completeBytes, tornTail };
}

function parseLine(line: string): HistoryEntry | null {
  try {
    const r = historyEntrySchema.safeParse(JSON.parse(line));
    return r.success && Number.isFinite(Date.parse(r.data.at)) ? r.data : null;
  } catch {
    return null;
  }
}

export function createHistoryStore(o: HistoryStoreOptions): HistoryStore {
  const path = join(o.dir, HISTORY_FILE);
  const retentionMs = o.retentionMs ?? 30 * DAY_MS;
  const maxEntries = o.maxEntries ?? 20_000;
  const found: StoreIssue[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let opened: Promise<StoreIssue[]> | null = null;
  let handle: FileHandle | null = null;
  let count = 0;
  let oldestAt: number | null = null;
  /** What the file's last line shows (`shownState`), null when it has none or is not read yet. */
  let lastShown: string | null = null;
  /** Lines written since the last flush (they go at close, or with the next change of state). */
  let unflushed = false;
  /** The file exists but is not a regular readable file: never open it for appending. */
  let unusable = false;

  /** Serialise every file operation: appends, compaction and reads never interleave. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = queue.then(fn, fn);
    queue = p.catch(() => undefined);
    return p;
  }

  function report(issue: StoreIssue): void {
    found.push(issue);
  }

  function keep(entries: HistoryEntry[]): HistoryEntry[] {
    const cutoff = o.now() - retentionMs;
    const recent = entries.filter((e) => Date.parse(e.at) >= cutoff);
    return recent.length > maxEntries ? recent.slice(recent.length - maxEntries) : recent;
  }

  /** Take the file's counters from what it now holds (after a read at start, or a rewrite). */
  function holding(entries: readonly HistoryEntry[]): void {
    count = entries.length;
    oldestAt = entries.length ? Date.parse(entries[0]!.at) : null;
    lastShown = entries.length ? shownState(entries[entries.length - 1]!) : null;
  }

  /** Replace the file atomically with `entries`. */
  async function rewrite(entries: HistoryEntry[]): Promise<void> {
    await handle?.close().catch(() => undefined);
    handle = null;
    const tmp = `${path}.tmp-${process.pid}`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    await syncDir(o.dir);
    holding(entries);
    unflushed = false;
  }

  async function doOpen(): Promise<StoreIssue[]> {
    const before = found.length;
    try {
      await mkdir(o.dir, { recursive: true });
      await removeStaleTemps(o.dir);
      let buf: Buffer | null = null;
      // Bounded, non-blocking read: a FIFO or a symlink to /dev/zero must not stall start-up.
      const read = await readBounded(path, MAX_FILE_BYTES);
      if (read.ok) buf = read.bytes;
      else if (read.reason === 'too-large') {
        const aside = await setAside(path, o.now());
        report({ kind: 'corrupt', file: path, message: `history file ${read.message} is not ours; set aside`, ...(aside ? { setAsidePath: aside } : {}) });
      } else if (read.reason !== 'missing') {
        // Kept as it is (a person may need it); history is not recorded this session.
        report({ kind: 'unreadable', file: path, message: `history file ${read.message}; left as it is, history is not recorded` });
        unusable = true;
        return found.slice(before);
      }
      if (buf) {
        const scan = scanHistory(buf);
        if (scan.invalid > 0) {
          const aside = await setAside(path, o.now());
          report({
            kind: 'corrupt',
            file: path,
            message: `${scan.invalid} unreadable line(s); kept ${scan.entries.length} valid entries`,
            ...(aside ? { setAsidePath: aside } : {}),
          });
          await rewrite(keep(scan.entries));
        } else {
          if (scan.tornTail) {
            // A write cut short (crash, kill -9, power loss): drop the partial line only.
            await truncate(path, scan.completeBytes);
            report({ kind: 'torn-tail', file: path, message: 'last entry was incomplete (interrupted write); skipped' });
          }
          const kept = keep(scan.entries);
          if (kept.length !== scan.entries.length) await rewrite(kept);
          else holding(kept);
        }
      }
      handle = await open(path, 'a', 0o600);
    } catch (err) {
      report({ kind: 'io-error', file: path, message: `cannot open history: ${(err as Error).message}` });
    }
    return found.slice(before);
  }

  function ensureOpen(): Promise<StoreIssue[]> {
    if (!opened) opened = serial(doOpen);
    return opened;
  }

  async function compactIfDue(): Promise<void> {
    const stale = oldestAt !== null && oldestAt < o.now() - retentionMs - DAY_MS;
    if (!stale && count <= maxEntries + Math.ceil(maxEntries / 10)) return;
    const buf = await readFile(path);
    await rewrite(keep(scanHistory(buf).entries));
    handle = await open(path, 'a', 0o600);
  }

  return {
    path,
    open: ensureOpen,
    async append(entry) {
      await ensureOpen();
      await serial(async () => {
        if (unusable) return;
        try {
          if (!handle) handle = await open(path, 'a', 0o600);
          // One write per line: a crash can only tear this line, never an earlier one.
          await handle.write(`${JSON.stringify(entry)}\n`);
          // Flushed when it changes what the timeline shows; a line like the one before waits (file comment).
          const shown = shownState(entry);
          if (shown !== lastShown) {
            await handle.datasync();
            unflushed = false;
          } else unflushed = true;
          lastShown = shown;
          count++;
          oldestAt ??= Date.parse(entry.at);
          await compactIfDue();
        } catch (err) {
          report({ kind: 'io-error', file: path, message: `cannot append to history: ${(err as Error).message}` });
        }
      });
    },
    async list(sinceMs) {
      await ensureOpen();
      return serial(async () => {
        const cutoff = o.now() - sinceMs;
        try {
          const read = await readBounded(path, MAX_FILE_BYTES);
          return read.ok ? scanHistory(read.bytes).entries.filter((e) => Date.parse(e.at) >= cutoff) : [];
        } catch {
          return [];
        }
      });
    },
    async close() {
      await serial(async () => {
        if (unflushed) await handle?.datasync().catch(() => undefined);
        unflushed = false;
        await handle?.close().catch(() => undefined);
        handle = null;
      });
    },
    issues: () => found,
  };
}

async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(`${HISTORY_FILE}.tmp-`)).map((n) => unlink(join(dir, n)).catch(() => undefined)));
}

/** fsync the directory so the rename itself survives a power cut (no-op where unsupported). */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Not supported on every platform/file system; the rename is still atomic.
  }
}
