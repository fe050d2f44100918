/** `macos`: the macOS version from `sw_vers`; older than config.minMacosMajor → warn. */
import type { CheckDefinition } from '../engine/types';
import { readTool, toolErrorOutcome } from '../system/cmd-outcome';
import { majorVersion, parseSwVers } from '../system/parsers/sw-vers';

export const macosCheck: CheckDefinition<'macos'> = {
  id: 'macos',
  kind: 'macos',
  async run(ctx) {
    const read = await readTool(ctx, 'sw_vers', [], (r) => parseSwVers(r.stdout));
    if (!read.ok) return toolErrorOutcome(read.failure);
    const data = read.value;
    const version = data.productVersion ?? '';
    const name = `${data.productName ?? 'macOS'} ${version}${data.productVersionExtra ? ` ${data.productVersionExtra}` : ''}${data.buildVersion ? ` (${data.buildVersion})` : ''}`;
    if (majorVersion(version) < ctx.config.minMacosMajor) {
      return {
        status: 'warn',
        cause: 'macos.outdated',
        summary: `${name} is older than macOS ${ctx.config.minMacosMajor}; Apple Account sign-in may need a newer macOS.`,
        data,
      };
    }
    return { status: 'pass', cause: null, summary: `${name}.`, data };
  },
};
