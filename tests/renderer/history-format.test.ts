/** Sparklines, the timeline of changes, ticked steps and the small text formatters. */
import { describe, expect, it } from 'vitest';
import { tokenFromHash } from '../../renderer/bridge/token';
import { clockTime, formatMs, formatOffset, relativeTime, shortDateTime, untilTime } from '../../renderer/lib/format';
import { buildSparkline, endpointIds, timeline } from '../../renderer/lib/sparkline';
import { sanitizeStepsDone, stepsForExport } from '../../renderer/lib/steps-done';
import type { HistoryEntry } from '../../shared/history';
import { EN, loadTranslator } from '../../shared/i18n';
import { cannedHistory } from './canned-reports';

const NOW = new Date('2026-03-12T14:05:00Z');
const DAY = 86_400_000;

describe('sparklines', () => {
  const entries = cannedHistory(NOW);

  it('draws one line per endpoint inside its box, broken where checks failed', () => {
    expect(endpointIds(entries)).toEqual(['appleid', 'idmsa', 'gsa', 'appleid-cdn']);
    const s = buildSparkline(entries, 'appleid', NOW.getTime(), DAY, 120, 26);
    expect(s.samples).toBe(97);
    expect(s.failures).toHaveLength(6);
    // Two stretches of successes → two "move to" commands.
    expect(s.path.match(/M/g)).toHaveLength(2);
    const coords = [...s.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(coords.every(([x, y]) => x! >= 0 && x! <= 120 && y! >= 2 && y! <= 24)).toBe(true);
    expect(s.last).toEqual({ x: 120, y: expect.any(Number) });
    expect(s.medianMs).toBeGreaterThan(40);
  });

  it('leaves out samples outside the window and copes with an empty one', () => {
    const s = buildSparkline(entries, 'appleid', NOW.getTime(), 3_600_000, 120, 26);
    expect(s.samples).toBe(5);
    const empty = buildSparkline([], 'appleid', NOW.getTime(), DAY, 120, 26);
    expect(empty).toMatchObject({ path: '', samples: 0, medianMs: null, last: null });
  });
});

describe('timeline', () => {
  it('collapses runs of the same state into changes, newest first', () => {
    const segs = timeline(cannedHistory(NOW));
    expect(segs.map((s) => s.light)).toEqual(['green', 'red', 'green']);
    expect(segs[1]).toMatchObject({ cause: 'dns.nxdomain', checks: 6 });
    expect(segs[0]!.to).toBe(NOW.toISOString());
  });

  it('treats a new cause under the same light as a change and skips unreadable times', () => {
    const e = (at: string, cause: HistoryEntry['primaryCause']): HistoryEntry => ({ at, light: 'red', primaryCause: cause, endpoints: {}, durationMs: 1 });
    const segs = timeline([e('2026-03-12T10:00:00Z', 'dns.nxdomain'), e('nonsense', 'tcp.timeout'), e('2026-03-12T10:05:00Z', 'tcp.timeout')]);
    expect(segs.map((s) => s.cause)).toEqual(['tcp.timeout', 'dns.nxdomain']);
  });
});

describe('ticked steps', () => {
  it('keeps only well-formed ticks from storage and exports them oldest first', () => {
    const raw = {
      'dns-server-failing#3': '2026-03-12T14:07:00Z',
      'symptom.codes-not-arriving#5': '2026-03-12T14:06:00Z',
      'bad id#1': '2026-03-12T14:06:00Z',
      'dns-server-failing#x': '2026-03-12T14:06:00Z',
      'dns-server-failing#2': 'yesterday',
      'dns-server-failing#1': 5,
    };
    const done = sanitizeStepsDone(raw);
    expect(Object.keys(done).sort()).toEqual(['dns-server-failing#3', 'symptom.codes-not-arriving#5']);
    expect(stepsForExport(done)).toEqual([
      { cardId: 'symptom.codes-not-arriving', step: 5, at: '2026-03-12T14:06:00Z' },
      { cardId: 'dns-server-failing', step: 3, at: '2026-03-12T14:07:00Z' },
    ]);
    expect(sanitizeStepsDone('[]')).toEqual({});
    expect(sanitizeStepsDone([1, 2])).toEqual({});
  });
});

describe('formatters and the preview token', () => {
  it('formats durations, ages and clock offsets in plain words', () => {
    expect(formatMs(85.4, EN)).toBe('85 ms');
    expect(formatMs(1234, EN)).toBe('1.2 s');
    expect(formatMs(null, EN)).toBe('—');
    expect(relativeTime('2026-03-12T14:04:30Z', NOW.getTime(), EN)).toBe('just now');
    expect(relativeTime('2026-03-12T13:05:00Z', NOW.getTime(), EN)).toBe('1 hr. ago');
    expect(relativeTime('2026-03-11T14:05:00Z', NOW.getTime(), EN)).toBe('yesterday');
    expect(relativeTime('garbage', NOW.getTime(), EN)).toBe('unknown');
    expect(formatOffset(2300, 40, EN)).toBe('2.3 s behind (± 40 ms)');
    expect(formatOffset(-212, null, EN)).toBe('212 ms ahead');
  });

  it('says ages, times and dates the locale’s way', async () => {
    const [de, ja, fr] = await Promise.all([loadTranslator('de'), loadTranslator('ja'), loadTranslator('fr')]);
    expect(relativeTime('2026-03-12T14:00:00Z', NOW.getTime(), de)).toBe('vor 5 Min.');
    expect(relativeTime('2026-03-11T14:05:00Z', NOW.getTime(), de)).toBe('gestern');
    expect(relativeTime('2026-03-12T14:00:00Z', NOW.getTime(), ja)).toBe('5 分前');
    expect(relativeTime('2026-03-12T14:04:50Z', NOW.getTime(), fr)).toBe('à l’instant');
    expect(untilTime('2026-03-12T14:09:00Z', NOW.getTime(), de)).toBe('in 4 Min.');
    // 24-hour clock where the locale uses it; the pseudo-locale formats as English.
    expect(clockTime('2026-03-12T14:05:00Z', de)).toBe('14:05');
    expect(shortDateTime('2026-03-12T14:05:00Z', de)).toBe('12. März, 14:05');
    expect(shortDateTime('2026-03-12T14:05:00Z', ja)).toBe('3月12日 14:05');
    expect(formatOffset(2300, 40, de)).toBe('geht 2,3 s nach (± 40 ms)');
  });

  it('reads the token from the fragment and refuses anything odd', () => {
    expect(tokenFromHash('#token=abcdefghijklmnopqrstuvwxyz012345')).toBe('abcdefghijklmnopqrstuvwxyz012345');
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('#token=abcdefghijklmnop<script>')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});
