/**
 * Reading a small file that a person (or an attacker) named: config files, `extraCaFile`, the
 * stores' own files. `readFile` on `/dev/zero` grows without limit, on a FIFO it waits forever,
 * and a size check after the read comes too late. So the file is opened non-blocking (opening a
 * FIFO for reading then returns at once, see open(2) O_NONBLOCK), checked with fstat on the open
 * descriptor (no race with a rename or symlink swap), refused unless it is a regular file, and
 * read in chunks that stop at the cap. Never throws.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why a file could not be used. `missing` and `unreadable` keep the file; `not-regular` and `too-large` are refusals. */
export type ReadRefusal = 'missing' | 'unreadable' | 'not-regular' | 'too-large';

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: ReadRefusal; message: string; code: string | null };

const CHUNK = 64 * 1024;
// O_NONBLOCK is undefined on Windows, where FIFOs do not exist in the file system anyway.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Read at most `maxBytes` of the regular file at `path`. */
export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, FLAGS);
  } catch (err) {
    return openFailure(err);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return notRegular(st);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return tooLarge(maxBytes);
      chunks.push(buf.subarray(0, bytesRead));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return readFailure(err);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Synchronous twin for start-up code that is synchronous anyway (the settings store). */
export function readBoundedSync(path: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (err) {
    return openFailure(err);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notRegular(st);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge(maxBytes);
      chunks.push(buf.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return readFailure(err);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
  }
}

/** Human size for messages: "1 MiB", "64 KiB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function codeOf(err: unknown): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

function openFailure(err: unknown): BoundedRead {
  const code = codeOf(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', message: 'no such file', code };
  if (code === 'EISDIR') return { ok: false, reason: 'not-regular', message: 'is a directory', code };
  // ENXIO: a socket, or a FIFO opened for writing only; either way not a file to read.
  if (code === 'ENXIO') return { ok: false, reason: 'not-regular', message: 'not a regular file', code };
  return readFailure(err);
}

function readFailure(err: unknown): BoundedRead {
  const code = codeOf(err);
  const message =
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot be read${code ? ` (${code})` : ''}`;
  return { ok: false, reason: code === 'EISDIR' ? 'not-regular' : 'unreadable', message, code };
}

function notRegular(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isSocket(): boolean }): BoundedRead {
  const what = st.isDirectory()
    ? 'is a directory'
    : st.isFIFO()
      ? 'is a pipe (FIFO), not a file'
      : st.isCharacterDevice()
        ? 'is a device, not a file'
        : st.isSocket()
          ? 'is a socket, not a file'
          : 'not a regular file';
  return { ok: false, reason: 'not-regular', message: what, code: null };
}

function tooLarge(maxBytes: number): BoundedRead {
  return { ok: false, reason: 'too-large', message: `larger than ${sizeLabel(maxBytes)}`, code: null };
}

/** A CA bundle (`extraCaFile`): Node's own ~150 roots are ~220 KB of PEM, so 1 MiB is generous. */
export const MAX_CA_FILE_BYTES = 1024 * 1024;

/**
 * Read `extraCaFile` as text, or reject with a one-line reason (refused if not a regular file,
 * stopped at the cap). For probes that already turn a rejection into "could not run".
 */
export async function readCaFile(path: string): Promise<string> {
  // The monitor reads the file every run: one stat instead of open/fstat/read/close when it has
  // not changed. Stat BEFORE reading, so a change during the read is seen by the next run's stat.
  const st = await stat(path).catch(() => null);
  const sig = st?.isFile() ? `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : null;
  const cached = caFiles.get(path);
  if (sig && cached?.sig === sig) return cached.pem;
  const read = await readBounded(path, MAX_CA_FILE_BYTES);
  if (!read.ok) {
    caFiles.delete(path);
    throw Object.assign(new Error(read.message), { code: read.code ?? read.reason });
  }
  const pem = read.bytes.toString('utf8');
  if (sig) {
    if (caFiles.size >= 8) caFiles.clear();
    caFiles.set(path, { sig, pem });
  }
  return pem;
}

/** The last text read per `extraCaFile` path, with the stat it was read under. */
const caFiles = new Map<string, { sig: string; pem: string }>();
