/**
 * Child-process entry for the simulated network (see ./sim-process.ts): the sim's servers then
 * use their own CPU and event loop, as a real network would, instead of competing with the probes.
 */
import type { SimNetwork, SimNetworkOptions, SimScenario } from './sim-network';
import { startSimNetwork } from './sim-network';

type Msg =
  | { type: 'start'; opts: SimNetworkOptions }
  | { type: 'scenario'; name: SimScenario }
  | { type: 'latency'; ms: number }
  | { type: 'timelines'; clear: boolean }
  | { type: 'close' };

let sim: SimNetwork | null = null;
process.on('message', async (msg: Msg) => {
  try {
    if (msg.type === 'start') {
      sim = await startSimNetwork(msg.opts);
      process.send?.({ type: 'ready', config: sim.config });
    } else if (msg.type === 'scenario') {
      await sim?.faults.scenario(msg.name);
      process.send?.({ type: 'done' });
    } else if (msg.type === 'latency') {
      sim?.setLatency(msg.ms);
      process.send?.({ type: 'done' });
    } else if (msg.type === 'timelines') {
      const timelines = sim?.timelines() ?? { connections: [], dnsQueries: [] };
      if (msg.clear) sim?.clearTimelines();
      process.send?.({ type: 'timelines', timelines });
    } else {
      await sim?.close();
      process.send?.({ type: 'done' }, () => process.exit(0));
    }
  } catch (err) {
    process.send?.({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
