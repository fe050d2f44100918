/**
 * The seams of the engine: every side effect a check, probe or tool reader may use arrives through
 * one of these small interfaces, and only the composition roots (CLI, Electron main, preview)
 * build the real ones. The lowest layer of electron/: system/, probes/ and checks/ import it.
 */

import type { ProxyRoute } from '../../shared/check-data';
import type { CertSummary } from '../../shared/checks';
import type { Config, ToolName } from '../../shared/config';

/** Wall clock and monotonic clock, injectable. */
export interface Clock {
  /** Wall-clock ms since the epoch (Date.now()). */
  now(): number;
  /** Monotonic ms (performance.now()). */
  mono(): number;
}

/** Result of one command run (see electron/engine/system/command-runner.ts). */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
  /** Set when the process could not be started (ENOENT, EACCES, refused by the allow-list…). */
  spawnError: string | null;
  /** How stdout was decoded: UTF-8, or Latin-1 when it was not valid UTF-8 (then key fields are suspect). */
  encoding?: 'utf-8' | 'latin1';
}

/** The only way the app (electron/, shared/, renderer/) starts a process. */
export interface CommandRunner {
  run(tool: ToolName, args: readonly string[], opts: RunOptions): Promise<CommandResult>;
}

/** Options of one command run. */
export interface RunOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Stream stdout instead of buffering it: each chunk goes here and `stdout` comes back empty.
   * Return false to stop the command (its process group is killed; `truncated` is set).
   * Runners that cannot stream may ignore it and return `stdout` as usual.
   */
  onStdout?: (chunk: Uint8Array) => boolean;
}

/** A network interface as seen by the VPN check. */
export interface NetInterface {
  iface: string;
  addresses: string[];
  isDefault: boolean;
  up: boolean;
}

/** Interface and route facts (os.networkInterfaces() and route(8) in production). */
export interface NetworkInfo {
  interfaces(signal?: AbortSignal): Promise<NetInterface[]>;
}

/** How the sign-in probes reach a host (defined once, in the evidence types). */
export type { ProxyRoute } from '../../shared/check-data';

/** Side effects available to checks. Only composition roots build the real ones. */
export interface EngineDeps {
  clock: Clock;
  runner: CommandRunner;
  network: NetworkInfo;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Optional PAC/system proxy resolution by the host (Electron's `session.resolveProxy`), returning
   * a Chromium proxy string such as "DIRECT" or "PROXY host:port; DIRECT". Absent in the CLI.
   */
  resolveProxy?: (url: string) => Promise<string>;
  /**
   * Resumable TLS sessions kept between this deps' runs (probes/tls-sessions.ts): the monitor's
   * repeat checks resume what a full handshake verified. Absent = every handshake is full.
   */
  tlsSessions?: TlsSessionCache;
}

/** Everything a check receives. */
export interface CheckContext {
  config: Config;
  /** Aborted at the run's deadline (timeouts.totalMs) or when the caller cancels. */
  signal: AbortSignal;
  deps: EngineDeps;
  /** True when macOS probes apply (darwin, or the `platform: "darwin"` override). */
  macos: boolean;
  /** Share one computation between checks of the same run (e.g. `scutil --proxy` output). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The route the probes use for an https URL (memoised per run). */
  proxyRoute(url: string): Promise<ProxyRoute>;
}

/** A full, verified handshake's facts, reported again for the sessions that resume it. */
export interface VerifiedChain {
  protocol: string | null;
  leafSubject: string | null;
  issuer: string | null;
  chain: CertSummary[];
  expectedIssuer: boolean;
}

export interface CachedSession extends VerifiedChain {
  /** Node's serialised session (`'session'` event). */
  session: Buffer;
  /** Wall-clock ms when the full handshake verified the chain. */
  verifiedAt: number;
}

/** In-memory store of resumable sessions (implementation: probes/tls-sessions.ts), one per (host, port, trust store). */
export interface TlsSessionCache {
  /** A session that may be offered now (`nowMs`: the Mac's wall clock), or null. */
  offer(key: string, nowMs: number): CachedSession | null;
  store(key: string, entry: CachedSession): void;
  forget(key: string): void;
}
