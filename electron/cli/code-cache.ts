/**
 * Loads the full CLI bundle (dist/cli-run.cjs) through a V8 code cache kept per user, so a run
 * does not compile 1.7 MB of JavaScript again: parsing it was a third of the CLI's own start-up.
 * Node 20 has no `module.enableCompileCache` (added in 22.1, nodejs/node#52535), so this does what
 * zertosh/v8-compile-cache does (v8-compile-cache.js, `_moduleCompile`): wrap the source as
 * CommonJS exactly like Node's loader, compile it with `vm.Script` and `cachedData`, and after a
 * run that had no usable cache, save `script.createCachedData()` — taken at exit, it holds every
 * function the run compiled lazily, not only the top level.
 *
 * The cache is code: whoever can write it runs code as this user. So it lives only in a per-user
 * directory created 0700 (`~/Library/Caches/appleid-doctor` on macOS, else `$XDG_CACHE_HOME` or
 * `~/.cache`), never in a shared temp dir, and it is read only when that directory and the file
 * belong to this user and nobody else can write them. V8 itself checks only the source's length
 * and its own version/flags (no checksum in release builds, `--verify-snapshot-checksum` is off),
 * so the file carries the SHA-256 of the exact source and of its own payload: a cache for another
 * build, a truncated or corrupt file is ignored and the bundle compiles as if there were none.
 * No cache ships in the package: V8 rejects a cache made by any other Node build anyway.
 */

import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/** First bytes of a cache file (format version 1): magic, SHA-256 of the source, SHA-256 of the payload, V8's payload. */
const MAGIC = Buffer.from('AIDV8C1\n', 'latin1');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 2 * DIGEST_BYTES;

/** Where this user's caches go, or null when there is no user to own them (no uid, e.g. Windows). */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string | null {
  if (typeof process.getuid !== 'function' || !home) return null;
  // XDG Base Directory spec: a relative $XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  const base = platform === 'darwin' ? join(home, 'Library', 'Caches') : xdg && isAbsolute(xdg) ? xdg : join(home, '.cache');
  return join(base, 'appleid-doctor');
}

/** True when only this user can change `st`: this user owns it and it has no group/other write bit. */
function privateTo(st: Stats, uid: number): boolean {
  return st.uid === uid && (st.mode & 0o022) === 0;
}

/** The directory if it is a real directory (no symlink) that only this user can write, else null. */
function trustedDir(dir: string, uid: number): string | null {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && privateTo(st, uid) ? dir : null;
  } catch {
    return null;
  }
}

function sha256(...parts: (Buffer | string)[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** V8's cached data from `file` if it is ours, private and made for exactly `sourceDigest`; else null. */
export function readCodeCache(file: string, sourceDigest: Buffer, uid: number): Buffer | null {
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink planted in place of the cache is not followed.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !privateTo(st, uid) || st.size <= HEADER_BYTES) return null;
    const data = readFileSync(fd);
    if (!data.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    if (!data.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES).equals(sourceDigest)) return null;
    const payload = data.subarray(HEADER_BYTES);
    return data.subarray(MAGIC.length + DIGEST_BYTES, HEADER_BYTES).equals(sha256(payload)) ? payload : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Write the cache atomically (temp file 0600 + rename) into `dir`, created 0700 if missing; failures are silent. */
export function writeCodeCache(dir: string, file: string, sourceDigest: Buffer, payload: Buffer, uid: number): boolean {
  // Created only inside this user's own tree: `sudo` with the user's HOME must not leave a
  // root-owned cache directory in it (the user could then never have a cache).
  if (!ownedAncestor(dir, uid)) return false;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return false;
  }
  // An existing directory someone else can write is left alone: never write code where others can swap it.
  if (!trustedDir(dir, uid)) return false;
  const tmp = join(dir, `.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      const header = Buffer.concat([MAGIC, sourceDigest, sha256(payload)]);
      // writeFileSync on a descriptor loops until every byte is written (writeSync may write fewer).
      writeFileSync(fd, header);
      writeFileSync(fd, payload);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was created
    }
    return false;
  }
  try {
    pruneOldCaches(dir, file);
  } catch {
    // another run pruned first
  }
  return true;
}

/** True when the nearest existing directory at or above `dir` belongs to this user. */
function ownedAncestor(dir: string, uid: number): boolean {
  for (let d = dir; ; d = dirname(d)) {
    try {
      return lstatSync(d).uid === uid;
    } catch {
      if (dirname(d) === d) return false;
    }
  }
}

/** Caches kept per user: one per bundle location and Node version, so old installs do not pile up. */
export const MAX_CACHE_FILES = 8;

/** Delete all but the MAX_CACHE_FILES most recently written caches (never `keep`, the one just written). */
function pruneOldCaches(dir: string, keep: string): void {
  const caches = readdirSync(dir)
    .filter((f) => /^cli-run-[0-9a-f]{16}\.v8cache$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => f !== keep)
    .map((f) => ({ f, t: statSync(f).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of caches.slice(MAX_CACHE_FILES - 1)) unlinkSync(f);
}

/** The CommonJS wrapper of Node's loader (lib/internal/modules/cjs/loader.js, `wrapper`). */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

/** What happened to the code cache on this load (for tests and `APPLEID_DOCTOR_DEBUG_CACHE`). */
export type CacheOutcome = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadOptions {
  /** The per-user cache directory; null runs without a cache. Default codeCacheDir(). */
  cacheDir?: string | null;
}

/**
 * Run the CommonJS bundle `file` as Node would `require` it from `parent`, compiled from this user's code cache
 * when there is a valid one; after a run without one, the cache is written as the process exits.
 * The bundle runs for its side effects (electron/cli/cli.ts starts itself); returns what became of the cache.
 */
export function runWithCodeCache(file: string, parent: NodeJS.Module, options: LoadOptions = {}): CacheOutcome {
  const bytes = readFileSync(file);
  // build/build.mjs emits the bundle as ASCII: read as Latin-1 it is a one-byte string, copied, not decoded.
  let source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // V8 takes a hashbang only at the very start of a script; inside the wrapper it is a comment
  // of the same length (v8-compile-cache does the same), so line and column numbers still match.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const wrapped = WRAP_HEAD + source + WRAP_TAIL;

  const cacheDir = options.cacheDir === undefined ? codeCacheDir() : options.cacheDir;
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  // One file per bundle location and Node build, so two checkouts or two Node versions do not
  // keep overwriting each other's cache; the header says which exact source it was made for.
  const cacheFile = cacheDir ? join(cacheDir, `cli-run-${sha256(file, '\0', process.version, process.arch).toString('hex').slice(0, 16)}.v8cache`) : null;
  const sourceDigest = sha256(bytes, '\0', process.version, process.arch);
  const cached = cacheDir && cacheFile && trustedDir(cacheDir, uid) ? readCodeCache(cacheFile, sourceDigest, uid) : null;

  const script = new Script(wrapped, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const outcome: CacheOutcome = !cacheFile ? 'off' : !cached ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  if (process.env.APPLEID_DOCTOR_DEBUG_CACHE) process.stderr.write(`appleid-doctor: code cache ${outcome}${cacheFile ? ` (${cacheFile})` : ''}\n`);
  if (cacheDir && cacheFile && outcome !== 'hit') {
    // At exit, not now: the functions this run compiles lazily are then in the cache too. The
    // report is already written (cli.ts exits once stdout is flushed), so only the exit waits.
    process.once('exit', () => {
      try {
        writeCodeCache(cacheDir, cacheFile, sourceDigest, script.createCachedData(), uid);
      } catch {
        // A cache that cannot be made costs the next run its compile, nothing else.
      }
    });
  }

  // The loader's Module class from the parent module itself: `require('node:module')` would load
  // the public module API and, with it, parts of the ES module loader that no run needs.
  const Module = parent.constructor as typeof import('node:module').Module;
  const mod = new Module(file, parent);
  mod.filename = file;
  const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  return outcome;
}
