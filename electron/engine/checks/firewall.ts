/**
 * `firewall`: the macOS Application Firewall from socketfilterfw. "Block all incoming
 * connections" → warn (it breaks some Apple services); the firewall being on or off is only
 * reported.
 */
import type { FirewallData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { type GlobalState, parseBlockAll, parseGlobalState, parseStealthMode } from '../system/parsers/socketfilterfw';
import type { CheckDefinition } from '../types';
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
    if (data.enabled === false) return { status: 'pass', cause: null, summary: 'The macOS firewall is off.', data };
    if (data.blockAll === true) {
      return {
        status: 'warn',
        cause: 'firewall.block_all',
        summary: 'The firewall blocks all incoming connections, which can stop some Apple services (such as AirDrop or iCloud sync) from working.',
        data,
      };
    }
    if (data.blockAll === null)
      return toolErrorOutcome(
        blockAll.ok ? { cause: 'cmd.unparseable', summary: 'Could not tell whether the firewall blocks all incoming connections.' } : blockAll.failure,
        data,
      );
    return {
      status: 'pass',
      cause: null,
      summary: `The firewall is on and allows incoming connections for signed apps${data.stealth ? ' (stealth mode on)' : ''}.`,
      data,
    };
  },
};
