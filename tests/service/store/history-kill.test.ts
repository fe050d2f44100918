import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHistoryStore, HISTORY_FILE } from '../../../electron/service/store/history-store';

/** SIGKILL a real writer process mid-stream, several times, and reopen after each. */
describe('history survives kill -9 of the writer', () => {
  it('loses at most the entry being written, and the next start repairs the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hist-kill-'));
    try {
      let previous = 0;
      for (let round = 0; round < 3; round++) {
        const child = fork(join(__dirname, 'history-writer-child.ts'), [dir], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
        // Let it write for a while (until the file grew by a few KB), then kill it without warning.
        const file = join(dir, HISTORY_FILE);
        const sizeNow = () => {
          try {
            return statSync(file).size;
          } catch {
            return 0;
          }
        };
        const startSize = sizeNow();
        const start = Date.now();
        while (sizeNow() < startSize + 20_000 && Date.now() - start < 15_000) await new Promise((r) => setTimeout(r, 20));
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;

        const store = createHistoryStore({ dir, now: () => Date.now() });
        const issues = await store.open();
        // Only ever a torn last line: never a corrupt file.
        expect(issues.every((i) => i.kind === 'torn-tail')).toBe(true);
        const entries = await store.list(3_600_000);
        expect(entries.length).toBeGreaterThan(previous);
        // Every entry written before is still there, in order.
        expect(entries.map((e) => e.durationMs).slice(0, 3)).toEqual([0, 1, 2]);
        const text = readFileSync(file, 'utf8');
        expect(text.endsWith('\n')).toBe(true);
        previous = entries.length;
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
