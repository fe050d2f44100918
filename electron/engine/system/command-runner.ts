/**
 * The only place in the app (electron/, shared/, renderer/) that starts a process: biome forbids
 * child_process elsewhere there (build scripts and tests spawn their own).
 *
 * - Only allow-listed tools, by absolute path from `config.toolPaths`, with argv arrays — never a
 *   shell — and only read-only invocations (see command-policy.ts; `security` can never be asked
 *   for a secret).
 * - Environment reduced to `LC_ALL=C LANG=C` and a fixed PATH, so output is not localised
 *   (localised messages break parsers: monitoring-plugins#890, openSUSE/fde-tools PR #53) and
 *   nothing from the caller's environment leaks in. HOME is
 *   kept because `defaults` and `security` read per-user preferences.
 * - Each run has a deadline and honours an AbortSignal. The child is a process-group leader
 *   (`detached: true`) and the whole group is SIGKILLed on timeout, abort, output overflow and
 *   after the child exits (killing only the child leaves a backgrounded `sleep` running). On Linux
 *   descendants that left the group (setsid, `set -m`) are found in /proc and killed too; macOS
 *   has no /proc, so there such an escapee can survive (see `escapees`).
 * - stdout and stderr are capped (`truncated`), decoded explicitly (decode-output.ts).
 * - The promise always resolves, at the latest `KILL_GRACE_MS` after the deadline, even when an
 *   escaped descendant keeps the pipes open.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ToolName } from '../../../shared/config';
import type { CommandResult, CommandRunner } from '../seams';
import { refuseInvocation } from './command-policy';
import { decodeOutput, type OutputEncoding } from './decode-output';

/** Default cap per stream. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** How long to wait for the pipes to close after the process exited or was killed. */
const KILL_GRACE_MS = 200;

/** A CommandResult plus how stdout/stderr were decoded. */
export interface RunnerResult extends CommandResult {
  /** `latin1` when the output was not valid UTF-8 (the text is then suspect). */
  encoding: OutputEncoding;
}

export interface CommandRunnerOptions {
  /** Absolute path per tool (config.toolPaths). */
  toolPaths: Record<ToolName, string>;
  /** Cap per stream in bytes (default 1 MiB). */
  maxBytes?: number;
  /** Environment for HOME (default process.env); nothing else is taken from it. */
  baseEnv?: Readonly<Record<string, string | undefined>>;
}

/** Create the real runner. See the module comment for its guarantees. */
export function createCommandRunner(opts: CommandRunnerOptions): CommandRunner {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const home = (opts.baseEnv ?? process.env).HOME;
  const env: Record<string, string> = { LC_ALL: 'C', LANG: 'C', PATH: '/usr/bin:/bin:/usr/sbin:/sbin', ...(home ? { HOME: home } : {}) };
  return {
    run(tool, args, runOpts) {
      const started = performance.now();
      // Bad arguments (not an array, no options, a non-finite timeout) resolve with a refusal: a
      // caller's mistake must not become a synchronous throw in the middle of a diagnosis.
      const timeoutMs = runOpts?.timeoutMs;
      if (!Array.isArray(args)) return Promise.resolve(notStarted('refused: arguments must be an array of strings', started));
      if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
        return Promise.resolve(notStarted('refused: a positive timeout is required', started));
      const refusal = refusalFor(opts.toolPaths, tool, args);
      if (refusal) return Promise.resolve(notStarted(`refused: ${refusal}`, started));
      const signal = runOpts.signal instanceof AbortSignal ? runOpts.signal : undefined;
      if (signal?.aborted) return Promise.resolve({ ...notStarted('aborted before start', started), timedOut: true });
      return spawnCapped(opts.toolPaths[tool], args, { env, maxBytes, timeoutMs, signal, started, onStdout: runOpts.onStdout });
    },
  };
}

function refusalFor(toolPaths: Record<ToolName, string>, tool: string, args: readonly string[]): string | null {
  const refusal = refuseInvocation(tool, args);
  if (refusal) return refusal;
  const file = toolPaths[tool as ToolName];
  return typeof file === 'string' && path.isAbsolute(file) ? null : `the path for ${tool} must be absolute`;
}

function notStarted(spawnError: string, started: number): RunnerResult {
  return {
    stdout: '',
    stderr: '',
    exitCode: null,
    signal: null,
    timedOut: false,
    truncated: false,
    durationMs: performance.now() - started,
    spawnError,
    encoding: 'utf-8',
  };
}

interface SpawnOptions {
  env: Record<string, string>;
  maxBytes: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  started: number;
  /** Streaming consumer of stdout (see RunOptions.onStdout); stdout is then not buffered. */
  onStdout?: (chunk: Uint8Array) => boolean;
}

function spawnCapped(file: string, args: readonly string[], o: SpawnOptions): Promise<RunnerResult> {
  return new Promise<RunnerResult>((resolve) => {
    const out = new Capped(o.maxBytes);
    const err = new Capped(o.maxBytes);
    let exitCode: number | null = null;
    let exitSignal: string | null = null;
    let timedOut = false;
    let spawnError: string | null = null;
    let done = false;
    let graceTimer: NodeJS.Timeout | undefined;

    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, [...args], { detached: true, shell: false, stdio: ['ignore', 'pipe', 'pipe'], env: o.env, windowsHide: true });
    } catch (e) {
      // Synchronous spawn failures (invalid arguments) — report, never throw.
      resolve(notStarted(`${(e as NodeJS.ErrnoException).code ?? 'ERROR'}: ${(e as Error).message}`, o.started));
      return;
    }

    const killGroup = () => {
      if (child.pid === undefined) return;
      // Where /proc exists (Linux), first every process of the child's session and every
      // descendant that left it with setsid(2) or `set -m`; then the group.
      for (const pid of escapees(child.pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
      try {
        // Negative pid = the whole process group the detached child leads.
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearTimeout(graceTimer);
      unsubscribe();
      child.stdout?.destroy();
      child.stderr?.destroy();
      const stdout = decodeOutput(out.bytes(), out.truncated);
      const stderr = decodeOutput(err.bytes(), err.truncated);
      resolve({
        stdout: stdout.text,
        stderr: stderr.text,
        exitCode,
        signal: exitSignal,
        timedOut,
        truncated: out.truncated || err.truncated,
        durationMs: performance.now() - o.started,
        spawnError,
        encoding: stdout.encoding === 'latin1' || stderr.encoding === 'latin1' ? 'latin1' : 'utf-8',
      });
    };
    /** Kill everything, then give the pipes a short grace to flush before resolving anyway. */
    const stop = () => {
      killGroup();
      if (graceTimer === undefined) graceTimer = setTimeout(finish, KILL_GRACE_MS);
    };
    const onTimeout = () => {
      // After the tool exited, only the pipes are pending: that is not a timeout of the tool.
      if (exitCode === null && exitSignal === null) timedOut = true;
      stop();
    };
    const deadline = setTimeout(onTimeout, o.timeoutMs);
    // An abort (run deadline or cancel) is reported as a timeout: the command did not finish in the
    // time it was given.
    const unsubscribe = o.signal ? onAbort(o.signal, onTimeout) : () => {};

    const onData = (sink: Capped) => (chunk: Buffer) => {
      if (!sink.push(chunk)) stop();
    };
    // Streaming: the consumer owns stdout (and its own caps); false from it stops the command.
    const onStream = (consume: (chunk: Uint8Array) => boolean) => (chunk: Buffer) => {
      if (out.truncated) return;
      let more = false;
      try {
        more = consume(chunk);
      } catch {
        // A consumer's bug stops the command; it never escapes the runner.
      }
      if (!more) {
        out.truncated = true;
        stop();
      }
    };
    child.stdout?.on('data', o.onStdout ? onStream(o.onStdout) : onData(out));
    child.stderr?.on('data', onData(err));
    child.on('error', (e: NodeJS.ErrnoException) => {
      // Spawn failures (ENOENT, EACCES) arrive here without an exit event.
      if (child.pid === undefined) {
        spawnError = `${e.code ?? 'ERROR'}: ${e.message}`;
        finish();
      }
    });
    child.on('exit', (code, sig) => {
      exitCode = code;
      exitSignal = sig;
      // Leftover members of the group (a backgrounded grandchild) must not outlive the tool.
      stop();
    });
    child.on('close', finish);
  });
}

/**
 * Processes that a group kill would miss: members of the child's session (sid = child's pid,
 * which `detached: true` makes a session leader via setsid) in another process group, and
 * descendants (by parent pid) that started a session of their own. Read from /proc/<pid>/stat
 * (proc(5)): fields after the ")" are state, ppid, pgrp, session. macOS has no /proc and no
 * public call that lists a session's members without spawning `ps`, so there only the group is
 * killed: a grandchild that calls setsid or `set -m` can outlive the timeout on macOS. The tools
 * the policy admits never do that; the pipes' grace timer still bounds how long we wait.
 */
function escapees(root: number): number[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const parent = new Map<number, number>();
  const out = new Set<number>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    parent.set(pid, Number(fields[1]));
    if (Number(fields[3]) === root && pid !== root) out.add(pid);
  }
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 64; p = parent.get(p), hops++) {
      if (p === root) {
        out.add(pid);
        break;
      }
    }
  }
  return [...out];
}

/**
 * One 'abort' listener per signal, fanned out to every command running under it: a diagnosis
 * runs a dozen commands on the same run signal, and Node warns past 10 listeners per EventTarget.
 */
const abortFanOut = new WeakMap<AbortSignal, Set<() => void>>();

function onAbort(signal: AbortSignal, fn: () => void): () => void {
  let set = abortFanOut.get(signal);
  if (!set) {
    const callbacks = new Set<() => void>();
    set = callbacks;
    abortFanOut.set(signal, callbacks);
    signal.addEventListener(
      'abort',
      () => {
        for (const cb of [...callbacks]) cb();
      },
      { once: true },
    );
  }
  set.add(fn);
  return () => set.delete(fn);
}

/** Collects chunks up to a byte cap. */
class Capped {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  /** Add a chunk; false once the cap is exceeded. */
  push(chunk: Buffer): boolean {
    if (this.truncated) return false;
    const room = this.max - this.size;
    if (chunk.length > room) {
      this.chunks.push(chunk.subarray(0, room));
      this.size = this.max;
      this.truncated = true;
      return false;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    return true;
  }
  bytes(): Uint8Array {
    return Buffer.concat(this.chunks, this.size);
  }
}
