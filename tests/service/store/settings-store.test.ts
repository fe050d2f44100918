import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_FILE } from '../../../electron/service/store/settings-store';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join(dir, SETTINGS_FILE);
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

describe('settings store', () => {
  it('first run: defaults, written to disk, flagged as first run', () => {
    const s = createSettingsStore(dir, () => NOW);
    expect(s.firstRun).toBe(true);
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(DEFAULT_SETTINGS);
    expect(createSettingsStore(dir).firstRun).toBe(false);
  });

  it('persists changes across restarts, privately (0600)', () => {
    createSettingsStore(dir).set({ intervalMinutes: 15, titleText: 'latency' });
    const again = createSettingsStore(dir);
    expect(again.get()).toMatchObject({ intervalMinutes: 15, titleText: 'latency', notifyRestored: true });
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(again.issues).toEqual([]);
  });

  it('rejects a patch that makes the whole invalid, and keeps the old value', () => {
    const s = createSettingsStore(dir);
    expect(() => s.set({ clockWarnSeconds: 600 })).toThrow(/smaller than clockFailSeconds/);
    expect(s.get().clockWarnSeconds).toBe(10);
    expect(createSettingsStore(dir).get().clockWarnSeconds).toBe(10);
  });

  it('an unparseable file is set aside and replaced by defaults (reported, no crash)', () => {
    writeFileSync(file(), '{"intervalMinutes": 7,, oops');
    const s = createSettingsStore(dir, () => NOW);
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect(s.issues).toEqual([
      expect.objectContaining({ kind: 'corrupt', setAsidePath: expect.stringContaining('settings.json.corrupt-2026-03-01T12-00-00-000Z') }),
    ]);
    expect(readdirSync(dir)).toContain('settings.json.corrupt-2026-03-01T12-00-00-000Z');
  });

  it('hand-edited invalid values are replaced key by key; valid ones are kept', () => {
    writeFileSync(file(), JSON.stringify({ intervalMinutes: 0, titleText: 'status', notifyRestored: 'yes', __proto__: { x: 1 }, extra: 1 }));
    const s = createSettingsStore(dir);
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, titleText: 'status' });
    expect(s.issues.map((i) => i.kind)).toEqual(['invalid-values']);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, titleText: 'status' });
  });

  it('a JSON array or null is not settings', () => {
    for (const body of ['[1,2]', 'null', '42']) {
      writeFileSync(file(), body);
      const s = createSettingsStore(dir);
      expect(s.get()).toEqual(DEFAULT_SETTINGS);
      expect(s.issues[0]?.kind).toBe('corrupt');
    }
  });
});
