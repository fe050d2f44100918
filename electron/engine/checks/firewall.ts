/**
 * `firewall`: the macOS Application Firewall from socketfilterfw. "Block all incoming
 * connections" → warn (it breaks some Apple services); the firewall being on or off is only
 * reported.
 */
import type { FirewallData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { type GlobalState, parseBlockAll, parseGlobalState, parseStealthMode } from '../system/parsers/socketfilterfw';
import type { CheckDefinition } from '../types';
import { say } from './say';
import { toolErrorOutcome } from './tool-evidence';

/** The three socketfilterfw readings. */
export interface FirewallEvidence {
  global: ToolRead<GlobalState>;
  blockAll: ToolRead<boolean>;
  stealth: ToolRead<boolean>;
}

export const firewallCheck: CheckDefinition<'firewall', FirewallEvidence> = {
  id: 'firewall',
  kind: 'macos',
  async measure(ctx) {
    const [global, blockAll, stealth] = await Promise.all([
      readTool(ctx, 'socketfilterfw', ['--getglobalstate'], (r) => parseGlobalState(r.stdout)),
      readTool(ctx, 'socketfilterfw', ['--getblockall'], (r) => parseBlockAll(r.stdout)),
      readTool(ctx, 'socketfilterfw', ['--getstealthmode'], (r) => parseStealthMode(r.stdout)),
    ]);
    return { global, blockAll, stealth };
  },
  judge({ global, blockAll, stealth }) {
    const data: FirewallData = {
      enabled: global.ok ? global.value.enabled : null,
      // The explicit getter wins; without it, only block-all wording in --getglobalstate counts
      // (State 2 alone is unknown: see parsers/socketfilterfw.ts GlobalState).
      blockAll: blockAll.ok ? blockAll.value : global.ok ? global.value.blockAll : null,
      stealth: stealth.ok ? stealth.value : null,
    };
    if (!global.ok) return toolErrorOutcome(global.failure, data);
    if (data.enabled === false) return { status: 'pass', cause: null, ...say('checks.firewall.off'), data };
    if (data.blockAll === true) {
      return {
        status: 'warn',
        cause: 'firewall.block_all',
        ...say('checks.firewall.block_all'),
        data,
      };
    }
    if (data.blockAll === null)
      return toolErrorOutcome(blockAll.ok ? { cause: 'cmd.unparseable', ...say('checks.firewall.block_all_unknown') } : blockAll.failure, data);
    return {
      status: 'pass',
      cause: null,
      ...say('checks.firewall.on', { stealth: data.stealth ? 'on' : 'off' }),
      data,
    };
  },
};
