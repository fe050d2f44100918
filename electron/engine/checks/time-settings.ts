/**
 * `time-settings`: "Set time and date automatically" and the time zone, from systemsetup. Without
 * administrator rights systemsetup refuses to answer (a reading, not a failure): the check then
 * skips with a note instead of guessing.
 */
import type { TimeSettingsData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { parseNetworkTimeServer, parseTimeZone, parseUsingNetworkTime } from '../system/parsers/systemsetup';
import type { CheckDefinition } from '../types';
import { say } from './say';
import { toolErrorOutcome } from './tool-evidence';

type Reading<T> = ToolRead<{ value: T; needsAdmin: boolean }>;

/** The three systemsetup readings, and the time zone this process runs in (a fallback). */
export interface TimeSettingsEvidence {
  automatic: Reading<boolean | null>;
  zone: Reading<string | null>;
  server: Reading<string | null>;
  processTimeZone: string | null;
}

const ADMIN_NOTE = 'systemsetup needs administrator access to read this setting.';

export const timeSettingsCheck: CheckDefinition<'time-settings', TimeSettingsEvidence> = {
  id: 'time-settings',
  kind: 'macos',
  async measure(ctx) {
    const [automatic, zone, server] = await Promise.all([
      readTool(ctx, 'systemsetup', ['-getusingnetworktime'], (r) => parseUsingNetworkTime(r.stdout)),
      readTool(ctx, 'systemsetup', ['-gettimezone'], (r) => parseTimeZone(r.stdout)),
      readTool(ctx, 'systemsetup', ['-getnetworktimeserver'], (r) => parseNetworkTimeServer(r.stdout)),
    ]);
    // The zone this app's process runs in is the Mac's zone unless TZ was overridden.
    return { automatic, zone, server, processTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || null };
  },
  judge({ automatic, zone, server, processTimeZone }) {
    const notes: string[] = [];
    let timeZone = zone.ok ? zone.value.value : null;
    if (timeZone === null) {
      const own = processTimeZone;
      if (own) {
        timeZone = own;
        notes.push('Time zone as seen by this app (systemsetup did not report it).');
      }
    }
    if (automatic.ok && automatic.value.needsAdmin) notes.push(`Automatic time: ${ADMIN_NOTE}`);
    const data: TimeSettingsData = {
      automatic: automatic.ok ? automatic.value.value : null,
      timeZone,
      server: server.ok ? server.value.value : null,
      notes,
    };
    if (!automatic.ok) return toolErrorOutcome(automatic.failure, data);
    if (data.automatic === null) return { status: 'skip', cause: null, ...say('checks.time-settings.needs_admin'), data };
    if (!data.automatic) {
      return { status: 'warn', cause: 'time.auto_off', ...say('checks.time-settings.off'), data };
    }
    return {
      status: 'pass',
      cause: null,
      ...(data.server ? say('checks.time-settings.on_server', { server: data.server }) : say('checks.time-settings.on')),
      data,
    };
  },
};
