/**
 * Adversarial replay, issue #15 item 5: the stores' files as hostile input (a FIFO, a symlink to
 * /dev/zero, a directory, a BOM, leftover temp files) and an unwritable data directory. Start-up
 * must finish, unreadable files are kept, corrupt ones set aside, and the app runs degraded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EngineDeps } from '../../electron/engine/types';
import { createAppCore } from '../../electron/service/app-core';
import { createHistoryStore } from '../../electron/service/store/history-store';
import { createSettingsStore } from '../../electron/service/store/settings-store';
import { DEFAULT_CONFIG } from '../../shared/config';
import { fakeEngine, fakeReport } from '../service/fakes';
import { createVirtualTime } from '../service/monitor/virtual-time';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'adv-stores-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const hostile: [string, (file: string) => void][] = [
  ['a FIFO', (f) => execFileSync('mkfifo', [f])],
  ['a symlink to /dev/zero', (f) => symlinkSync('/dev/zero', f)],
  ['a directory', (f) => mkdirSync(f)],
];

describe('settings store', () => {
  it.each(hostile)('settings.json as %s: starts at once on defaults and keeps the file', (_name, make) => {
    const file = join(dir, 'settings.json');
    make(file);
    const t0 = performance.now();
    const store = createSettingsStore(dir);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(store.issues[0]?.kind).toBe('unreadable');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir).some((n) => n.includes('.corrupt-'))).toBe(false);
    expect(store.set({ intervalMinutes: 15 }).intervalMinutes).toBe(15);
  });

  it('a BOM-prefixed settings.json keeps the user’s settings', () => {
    writeFileSync(join(dir, 'settings.json'), `\uFEFF${JSON.stringify({ intervalMinutes: 30 })}`);
    const store = createSettingsStore(dir);
    expect(store.get().intervalMinutes).toBe(30);
    expect(store.issues.filter((i) => i.kind === 'corrupt')).toEqual([]);
  });

  it('garbage is still set aside as corrupt', () => {
    writeFileSync(join(dir, 'settings.json'), '{not json');
    const store = createSettingsStore(dir);
    expect(store.issues[0]?.kind).toBe('corrupt');
    expect(readdirSync(dir).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('temp files left by an interrupted write are removed', () => {
    writeFileSync(join(dir, 'settings.json.tmp-1764626400a1b2c3'), '{"intervalMinutes":');
    createSettingsStore(dir);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('an unwritable data directory does not throw; changes stay in memory', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const store = createSettingsStore(join(dir, 'file', 'data'));
    expect(store.issues[0]?.kind).toBe('unwritable');
    expect(store.set({ intervalMinutes: 15 }).intervalMinutes).toBe(15);
  });
});

describe('history store', () => {
  it.each(hostile)('history.jsonl as %s: open finishes, the file is kept, appends are skipped', async (_name, make) => {
    const file = join(dir, 'history.jsonl');
    make(file);
    const store = createHistoryStore({ dir, now: () => Date.parse('2026-01-15T09:00:00Z') });
    const t0 = performance.now();
    const issues = await store.open();
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(issues[0]?.kind).toBe('unreadable');
    expect(await store.list(86_400_000)).toEqual([]);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });
});

describe('app core with an unwritable data directory', () => {
  it('starts, answers IPC, runs a diagnosis and says once what is not kept', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    const vt = createVirtualTime(Date.parse('2026-01-15T09:00:00Z'));
    const engine = fakeEngine(vt, [fakeReport('green')]);
    const notices: { kind: string; title: string }[] = [];
    const core = createAppCore({
      config: DEFAULT_CONFIG,
      engineDeps: {} as EngineDeps,
      runDiagnosis: engine.fn,
      clock: vt,
      timers: vt,
      notifier: { notify: (n: { kind: string; title: string }) => void notices.push(n) },
      actions: { run: async () => ({ ok: true }) } as never,
      dataDir: join(dir, 'file', 'data'),
      schedule: { random: () => 0.5 },
    } as never);
    await core.start();
    expect(notices.filter((n) => n.kind === 'storage')).toHaveLength(1);
    expect((await core.invoke('app:settings-get', {})).intervalMinutes).toBeGreaterThan(0);
    await core.stop();
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
  });
});
