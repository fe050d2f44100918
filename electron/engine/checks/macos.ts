/** `macos`: the macOS version from `sw_vers`; older than config.minMacosMajor → warn. */
import type { MacosData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import type { CheckDefinition } from '../types';
import { say } from './say';
import { toolErrorOutcome } from './tool-evidence';

/** `sw_vers` and the model name. */
export interface MacosEvidence {
  read: ToolRead<Omit<MacosData, 'model'>>;
  model: ToolRead<string>;
}

import { majorVersion, parseHwModel, parseSwVers } from '../system/parsers/sw-vers';

export const macosCheck: CheckDefinition<'macos', MacosEvidence> = {
  id: 'macos',
  kind: 'macos',
  async measure(ctx) {
    const [read, model] = await Promise.all([
      readTool(ctx, 'sw_vers', [], (r) => parseSwVers(r.stdout)),
      // The model is context for the support report only: if it cannot be read, the check does not fail.
      readTool(ctx, 'sysctl', ['-n', 'hw.model'], (r) => parseHwModel(r.stdout)),
    ]);
    return { read, model };
  },
  judge({ read, model }, config) {
    if (!read.ok) return toolErrorOutcome(read.failure);
    const data = { ...read.value, model: model.ok ? model.value : null };
    const version = data.productVersion ?? '';
    const name = `${data.productName ?? 'macOS'} ${version}${data.productVersionExtra ? ` ${data.productVersionExtra}` : ''}${data.buildVersion ? ` (${data.buildVersion})` : ''}`;
    if (majorVersion(version) < config.minMacosMajor) {
      return {
        status: 'warn',
        cause: 'macos.outdated',
        ...say('checks.macos.outdated', { name, min: String(config.minMacosMajor) }),
        data,
      };
    }
    return { status: 'pass', cause: null, ...say('checks.macos.ok', { name }), data };
  },
};
