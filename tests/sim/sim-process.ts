/**
 * The simulated network in a child process (benchmarks): same config and scenarios as
 * `startSimNetwork`, with the servers off the probes' event loop. The caller's CA file is the
 * child's (same machine, same temp dir), so `config` works as is.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConfigInput } from '../../shared/config';
import type { SimNetworkOptions, SimScenario, SimTimelines } from './sim-network';

export interface SimProcess {
  config: ConfigInput;
  scenario(name: SimScenario): Promise<void>;
  /** Injected latency everywhere (see SimNetwork.setLatency). */
  setLatency(ms: number): Promise<void>;
  /** What the servers saw (the child's `performance.now()` clock: compare durations only); `clear` forgets them. */
  timelines(clear?: boolean): Promise<SimTimelines>;
  close(): Promise<void>;
}

/** Fork the sim (loaded through tsx) and wait until it listens. */
export async function startSimProcess(opts: SimNetworkOptions = {}): Promise<SimProcess> {
  const child = fork(fileURLToPath(new URL('./sim-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  type Reply = { type: string; config?: ConfigInput; message?: string; timelines?: SimTimelines };
  const next = (): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`sim process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m: Reply) => {
        child.off('exit', onExit);
        if (m.type === 'error') reject(new Error(m.message));
        else resolve(m);
      });
    });
  const ready = next();
  child.send({ type: 'start', opts });
  const { config } = await ready;
  if (!config) throw new Error('sim process sent no config');
  return {
    config,
    scenario: async (name) => {
      const done = next();
      child.send({ type: 'scenario', name });
      await done;
    },
    setLatency: async (ms) => {
      const done = next();
      child.send({ type: 'latency', ms });
      await done;
    },
    timelines: async (clear = false) => {
      const reply = next();
      child.send({ type: 'timelines', clear });
      const { timelines } = await reply;
      if (!timelines) throw new Error('sim process sent no timelines');
      return timelines;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
