/** The real side effects, wired only by composition roots (CLI, main, preview). */
import { performance } from 'node:perf_hooks';
import type { Config } from '../../shared/config';
import { createTlsSessionCache } from './probes/tls-sessions';
import { createCommandRunner } from './system/command-runner';
import { createNetworkInfo } from './system/network-info';
import type { Clock, EngineDeps } from './types';

/** Date.now() + performance.now(). */
export const systemClock: Clock = { now: () => Date.now(), mono: () => performance.now() };

/** Real clock, command runner (allow-listed tools from config), interface facts, env and a TLS session cache. */
export function createRealDeps(config: Config): EngineDeps {
  const runner = createCommandRunner({ toolPaths: config.toolPaths });
  // Same rule as run-diagnosis.ts macosProbesApply (kept here so deps need not load the engine).
  const macos = config.platform === 'darwin' || (config.platform === 'auto' && process.platform === 'darwin');
  return {
    clock: systemClock,
    runner,
    network: createNetworkInfo({ runner, macos }),
    env: process.env,
    tlsSessions: createTlsSessionCache(),
  };
}
