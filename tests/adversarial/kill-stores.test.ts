/**
 * Adversarial replay, issue #15: kill -9 during writes, on BOTH stores. A child process writes
 * records in a loop (tests/adversarial/support/store-writer-child.ts) and is SIGKILLed at points
 * drawn from a fixed seed; then the store is opened the way the app opens it. Every record the
 * child was told was written must be there (nothing lost but the one in flight), no file may be
 * corrupt or set aside, no temp file may stay, and the store must keep working.
 * Bounded: 3 kills per store, each after at most 400 ms of writing.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryStore, HISTORY_FILE } from '../../electron/service/store/history-store';
import { createSettingsStore, SETTINGS_FILE } from '../../electron/service/store/settings-store';

const ROUNDS = 3;
const CHILD = join(__dirname, 'support', 'store-writer-child.ts');

/** mulberry32: a tiny seeded PRNG, so the kill points replay exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Start the writer, wait until it has acknowledged its first record, let it write for
 * `afterMs`, SIGKILL it; resolves with the last acknowledged record number.
 */
async function writeThenKill(kind: 'history' | 'settings', dir: string, afterMs: number): Promise<number> {
  const child: ChildProcess = fork(CHILD, [kind, dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
  let text = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const first = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('writer never acknowledged a record')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  try {
    await first;
    await new Promise((r) => setTimeout(r, afterMs));
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  // Whatever was in the pipe when the child died is still read; only complete lines count.
  await new Promise((r) => setImmediate(r));
  const acked = text.split('\n').slice(0, -1);
  return Number(acked[acked.length - 1]);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'adv-kill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leftovers = () => readdirSync(dir).filter((n) => n.includes('.tmp') || n.includes('.corrupt-'));

describe('kill -9 while writing', () => {
  it('history: every acknowledged entry survives, in order; a torn tail is repaired; the store appends on', async () => {
    const random = prng(15);
    let total = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await writeThenKill('history', dir, 20 + Math.floor(random() * 380));
      const store = createHistoryStore({ dir, now: () => Date.now() });
      const issues = await store.open();
      expect(issues.filter((i) => i.kind !== 'torn-tail')).toEqual([]);
      const entries = await store.list(3_600_000);
      // This round's child numbered from 0 again: its acknowledged records are the last ones.
      const mine = entries.slice(total).map((e) => e.durationMs);
      expect(mine.slice(0, acked + 1)).toEqual(Array.from({ length: acked + 1 }, (_, i) => i));
      // At most the one record in flight beyond the last acknowledged one.
      expect(mine.length - (acked + 1)).toBeLessThanOrEqual(1);
      // The store keeps working: an append after the repair makes a clean file at the next start.
      await store.append({ ...entries[0]!, durationMs: 999_999 });
      await store.close();
      const again = createHistoryStore({ dir, now: () => Date.now() });
      expect(await again.open()).toEqual([]);
      total = (await again.list(3_600_000)).length;
      await again.close();
      for (const line of readFileSync(join(dir, HISTORY_FILE), 'utf8').trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    }
    expect(leftovers()).toEqual([]);
  }, 90_000);

  it('settings: the file always holds the last acknowledged value or the one in flight, never garbage, no temp file stays', async () => {
    const random = prng(16);
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await writeThenKill('settings', dir, 20 + Math.floor(random() * 380));
      const store = createSettingsStore(dir);
      expect(store.issues).toEqual([]);
      expect([(acked % 120) + 1, ((acked + 1) % 120) + 1]).toContain(store.get().intervalMinutes);
      expect(leftovers()).toEqual([]);
      expect(() => JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).not.toThrow();
    }
  }, 90_000);
});
