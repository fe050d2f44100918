import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistoryStore, HISTORY_FILE } from '../../../electron/service/store/history-store';
import type { HistoryEntry } from '../../../shared/history';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

function entry(msAgo: number, light: HistoryEntry['light'] = 'green'): HistoryEntry {
  return {
    at: new Date(NOW - msAgo).toISOString(),
    light,
    primaryCause: light === 'red' ? 'tcp.timeout' : null,
    alertState: light === 'red' ? 'DOWN' : 'OK',
    unstable: false,
    endpoints: { appleid: light === 'red' ? null : 84, idmsa: 91 },
    durationMs: 812,
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hist-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const store = (o: { now?: number; maxEntries?: number } = {}) =>
  createHistoryStore({ dir, now: () => o.now ?? NOW, ...(o.maxEntries ? { maxEntries: o.maxEntries } : {}) });
const file = () => join(dir, HISTORY_FILE);

describe('history store', () => {
  it('appends entries and lists them by age, surviving a restart', async () => {
    const h = store();
    await h.append(entry(3 * DAY));
    await h.append(entry(2 * 3600_000, 'red'));
    await h.append(entry(60_000));
    await h.close();
    const again = store();
    expect(await again.open()).toEqual([]);
    expect((await again.list(DAY)).map((e) => e.light)).toEqual(['red', 'green']);
    expect(await again.list(7 * DAY)).toHaveLength(3);
    await again.close();
  });

  it('one line per entry, written whole (file is valid JSONL after every append)', async () => {
    const h = store();
    for (let i = 0; i < 5; i++) {
      await h.append(entry(i * 1000));
      const lines = readFileSync(file(), 'utf8').split('\n');
      expect(lines.at(-1)).toBe('');
      expect(lines.slice(0, -1).every((l) => JSON.parse(l).durationMs === 812)).toBe(true);
    }
    await h.close();
  });

  it('flushes a line to the disk only when it changes what the timeline shows, and the rest at close', async () => {
    // On macOS fdatasync is F_FULLFSYNC (the drive's whole cache): not for every "still green" line.
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    const flushes = vi.spyOn(proto, 'datasync');
    try {
      const h = store();
      await h.append(entry(50_000)); // the first line: a state the file did not show
      await h.append(entry(40_000));
      await h.append(entry(30_000));
      expect(flushes).toHaveBeenCalledTimes(1);
      await h.append(entry(20_000, 'red')); // green → red
      await h.append(entry(10_000, 'red'));
      expect(flushes).toHaveBeenCalledTimes(2);
      await h.append({ ...entry(5_000, 'red'), alertState: 'RECOVERING' }); // same light, new alert state
      expect(flushes).toHaveBeenCalledTimes(3);
      await h.append({ ...entry(4_000, 'red'), alertState: 'RECOVERING' });
      await h.close(); // the unflushed line goes now
      expect(flushes).toHaveBeenCalledTimes(4);
      // After a restart, the file's last line is what the next one is compared with.
      const again = store();
      await again.append({ ...entry(1_000, 'red'), alertState: 'RECOVERING' });
      expect(flushes).toHaveBeenCalledTimes(4);
      await again.append(entry(0));
      expect(flushes).toHaveBeenCalledTimes(5);
      await again.close();
      expect(flushes).toHaveBeenCalledTimes(5);
      expect(readFileSync(file(), 'utf8').trim().split('\n')).toHaveLength(9);
    } finally {
      flushes.mockRestore();
    }
  });

  it('a record cut mid-write (kill -9) loses only that record, is reported, and appending continues cleanly', async () => {
    const h = store();
    for (let i = 3; i > 0; i--) await h.append(entry(i * 60_000));
    await h.close();
    const size = statSync(file()).size;
    truncateSync(file(), size - 40); // tear the third line
    const again = store();
    const issues = await again.open();
    expect(issues.map((i) => i.kind)).toEqual(['torn-tail']);
    expect(await again.list(DAY)).toHaveLength(2);
    await again.append(entry(0, 'amber'));
    expect((await again.list(DAY)).map((e) => e.light)).toEqual(['green', 'green', 'amber']);
    // No glued lines: every line parses.
    for (const l of readFileSync(file(), 'utf8').trim().split('\n')) expect(() => JSON.parse(l)).not.toThrow();
    await again.close();
  });

  it('a file full of garbage is set aside as *.corrupt-<time>, reported, and history starts fresh', async () => {
    writeFileSync(file(), randomBytes(4096));
    const h = store();
    const issues = await h.open();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.kind).toBe('corrupt');
    expect(issues[0]!.setAsidePath).toMatch(/history\.jsonl\.corrupt-2026-03-01T12-00-00-000Z$/);
    expect(readdirSync(dir).sort()).toEqual([HISTORY_FILE, 'history.jsonl.corrupt-2026-03-01T12-00-00-000Z']);
    expect(await h.list(DAY)).toEqual([]);
    await h.append(entry(0));
    expect(await h.list(DAY)).toHaveLength(1);
    await h.close();
  });

  it('garbage in the middle: the file is set aside and its valid entries are salvaged', async () => {
    const good = [entry(3000), entry(2000), entry(1000)].map((e) => JSON.stringify(e));
    writeFileSync(file(), `${good[0]}\n{"at":"nope"\n\u0000\u0001binary\n${good[1]}\n${JSON.stringify({ ...entry(0), light: 'purple' })}\n${good[2]}\n`);
    const h = store();
    const issues = await h.open();
    expect(issues[0]).toMatchObject({ kind: 'corrupt', message: expect.stringContaining('3 unreadable') });
    expect(await h.list(DAY)).toHaveLength(3);
    await h.close();
  });

  it('a single line of non-JSON without newline is garbage, not a torn write', async () => {
    writeFileSync(file(), 'hello world');
    const h = store();
    const issues = await h.open();
    expect(issues.map((i) => i.kind)).toEqual(['corrupt']);
    // open() keeps the append handle; left to GC it prints DEP0137 (FileHandle closed on GC).
    await h.close();
  });

  it('keeps 30 days: older entries are dropped at start and by compaction while running', async () => {
    writeFileSync(file(), [entry(40 * DAY), entry(31 * DAY), entry(29 * DAY), entry(DAY)].map((e) => `${JSON.stringify(e)}\n`).join(''));
    let now = NOW;
    const h = createHistoryStore({ dir, now: () => now });
    expect(await h.open()).toEqual([]);
    expect(readFileSync(file(), 'utf8').trim().split('\n')).toHaveLength(2);
    now += 3 * DAY; // the 29-day-old entry is now 32 days old (> 30 d + 1 d slack)
    await h.append({ ...entry(0), at: new Date(now).toISOString() });
    expect(readFileSync(file(), 'utf8').trim().split('\n')).toHaveLength(2);
    await h.close();
  });

  it('is bounded in entries too (compaction keeps the newest)', async () => {
    const h = store({ maxEntries: 50 });
    for (let i = 0; i < 80; i++) await h.append(entry((80 - i) * 1000));
    const lines = readFileSync(file(), 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(55);
    expect(JSON.parse(lines.at(-1)!).at).toBe(entry(1000).at);
    await h.close();
  });

  it('a crash during compaction leaves the old file intact and no temp behind at the next start', async () => {
    const h = store();
    await h.append(entry(1000));
    await h.close();
    writeFileSync(join(dir, `${HISTORY_FILE}.tmp-12345`), '{"partial');
    const again = store();
    expect(await again.open()).toEqual([]);
    expect(readdirSync(dir)).toEqual([HISTORY_FILE]);
    expect(await again.list(DAY)).toHaveLength(1);
    await again.close();
  });

  it('never throws when the directory is unusable; the problem is reported', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, '');
    const h = createHistoryStore({ dir: blocker, now: () => NOW });
    const issues = await h.open();
    expect(issues.map((i) => i.kind)).toEqual(['io-error']);
    await expect(h.append(entry(0))).resolves.toBeUndefined();
    await expect(h.list(DAY)).resolves.toEqual([]);
    await h.close();
  });

  it('concurrent appends are serialised: no interleaved lines', async () => {
    const h = store();
    await Promise.all(Array.from({ length: 100 }, (_, i) => h.append(entry(i))));
    const lines = readFileSync(file(), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(100);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    await h.close();
  });

  it('appendFileSync garbage after good lines (another writer) is detected at next start', async () => {
    const h = store();
    await h.append(entry(1000));
    await h.close();
    appendFileSync(file(), 'garbage line\n');
    const again = store();
    const issues = await again.open();
    expect(issues.map((i) => i.kind)).toEqual(['corrupt']);
    await again.close();
  });
});
