/**
 * The check contract and the seams the engine hands to every check. A check always resolves with
 * an outcome (never throws; `error` means "could not run"), honours `ctx.signal`, and reaches the
 * outside world only through `ctx.deps` or the configured network targets.
 */
import type { Cause } from '../../shared/causes';
import type { CheckDataMap, CheckId, CheckStatus } from '../../shared/checks';
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

/** The only way anything in the project starts a process. */
export interface CommandRunner {
  run(tool: ToolName, args: readonly string[], opts: { timeoutMs: number; signal?: AbortSignal }): Promise<CommandResult>;
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

/** How the sign-in probes reach a host. */
export type ProxyRoute =
  | { kind: 'direct' }
  | { kind: 'proxy'; host: string; port: number; source: 'config' | 'env' | 'system' | 'pac' }
  | { kind: 'pac-unevaluated'; url: string };

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

export interface CheckOutcome<Id extends CheckId = CheckId> {
  status: CheckStatus;
  cause: Cause | null;
  summary: string;
  data: Partial<CheckDataMap[Id]>;
  /** Extra fix card ids (the engine adds the card for `cause` by itself). */
  fixes?: string[];
}

export interface CheckDefinition<Id extends CheckId = CheckId> {
  id: Id;
  /** `network` checks run on every OS; `macos` checks report `skip` elsewhere. */
  kind: 'network' | 'macos';
  run(ctx: CheckContext): Promise<CheckOutcome<Id>>;
}
