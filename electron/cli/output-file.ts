/**
 * `--output FILE`, written atomically: a temp file in the same directory (same filesystem, so the
 * rename is atomic), fsync, rename, fsync of the directory. A collector reading the path sees the
 * old file or the new one, never half of one — node_exporter's textfile README asks for exactly
 * this ("echo … > file.prom.$$; mv file.prom.$$ file.prom", github.com/prometheus/node_exporter
 * README "Textfile Collector"), and the temp name never ends in `.prom` so it is not collected.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Write `text` (a final line feed is added when missing) to `path` atomically. Throws a one-line Error. */
export async function writeFileAtomic(path: string, text: string, mode = 0o644): Promise<void> {
  const data = text.endsWith('\n') ? text : `${text}\n`;
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fh: Awaited<ReturnType<typeof open>> | null = null;
  try {
    fh = await open(tmp, 'wx', mode);
    await fh.writeFile(data, 'utf8');
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(tmp, path);
  } catch (err) {
    await fh?.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw new Error(`${path}: ${describe(err)}`);
  }
  // Persist the rename itself; not every platform lets a directory be fsynced, which is harmless.
  try {
    const d = await open(dir, 'r');
    await d.sync().catch(() => {});
    await d.close();
  } catch {
    /* directory fsync is best effort */
  }
}

/** The previous content of `path`, or null when it does not exist or cannot be read. */
export async function readPrevious(path: string): Promise<string | null> {
  try {
    const buf = await readFile(path);
    return buf.length > 1024 * 1024 ? null : buf.toString('utf8');
  } catch {
    return null;
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'directory does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  return err instanceof Error ? err.message : String(err);
}
