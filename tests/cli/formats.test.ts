/** The fleet formats on hostile and edge-case reports: escaping, tokens, families that must always exist. */

import { parse as parsePlist } from '@plist/parse';
import { describe, expect, it } from 'vitest';
import { formatJamf, jamfDate } from '../../electron/cli/formats/jamf';
import { formatPlist } from '../../electron/cli/formats/plist';
import { formatPrometheus, lastGreenFromPrometheus } from '../../electron/cli/formats/prometheus';
import { safeToken, WS1_FORBIDDEN } from '../../electron/cli/formats/tokens';
import { haveTool, promtoolCheck } from '../fleet/consumers';
import { cannedReport } from '../renderer/canned-reports';

describe('prometheus', () => {
  it('escapes label values and keeps the always-present families when nothing was measured', () => {
    const r = cannedReport('red');
    const hostile = { ...r, checks: r.checks.filter((c) => c.id !== 'clock' && c.id !== 'signin-endpoints') };
    const text = formatPrometheus(hostile, { lastGreenMs: null, version: 'v"1\\\n' });
    expect(text).toContain('appleid_doctor_build_info{version="v\\"1\\\\\\n",schema="appleid-doctor/report@1"} 1');
    for (const f of ['light', 'cause_info', 'run_duration_seconds', 'last_run_timestamp_seconds', 'last_green_timestamp_seconds'])
      expect(text).toMatch(new RegExp(`^# TYPE appleid_doctor_${f} gauge$`, 'm'));
    expect(text).not.toContain('clock_offset_seconds');
    expect(text).toMatch(/^appleid_doctor_last_green_timestamp_seconds 0$/m);
    expect(lastGreenFromPrometheus(text)).toBeNull();
    expect(text).not.toMatch(/ \d+ \d+$/m); // never a client timestamp
    if (haveTool('promtool')) expect(promtoolCheck(text)).toEqual({ status: 0, output: '' });
  });

  it('last green carries as whole seconds', () => {
    const text = formatPrometheus(cannedReport('red'), { lastGreenMs: 1_700_000_000_000, version: '1' });
    expect(lastGreenFromPrometheus(text)).toBe(1_700_000_000_000);
  });
});

describe('tokens, Jamf and plist', () => {
  it('tokens never carry a character Workspace ONE refuses', () => {
    expect(safeToken('a/b\\c"d*e:f;g<h>i?j|k')).not.toMatch(WS1_FORBIDDEN);
    expect(formatJamf({ ...cannedReport('green') })).toBe('<result>green none</result>\n');
    expect(jamfDate(Date.UTC(2026, 2, 12, 14, 5, 9))).toBe('2026-03-12 14:05:09');
  });

  it('plist escapes XML in the headline and parses back', () => {
    const r = cannedReport('amber');
    const text = formatPlist({ ...r, verdict: { ...r.verdict, headline: 'a <b> & "c"\u0001' } }, { lastGreenMs: null });
    const v = parsePlist(text) as Record<string, unknown>;
    expect(v.headline).toBe('a <b> & "c"');
    expect(v).not.toHaveProperty('lastGreen');
    expect(v.lastGreenEpoch).toBe(0);
    expect(text.endsWith('</plist>\n')).toBe(true);
  });
});
