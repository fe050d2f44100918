import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStepsLog, STEPS_FILE } from '../../../electron/service/store/steps-log';
import type { StepRecord } from '../../../shared/repairs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'steps-log-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOW = Date.parse('2026-12-01T12:00:00Z');
const rec = (i: number): StepRecord => ({
  at: new Date(NOW - 1000 * (100 - i)).toISOString(),
  kind: 'repair',
  cardId: 'proxy-leftover',
  text: `step ${i}`,
  light: 'green',
});

describe('steps log', () => {
  it('keeps records in order, survives a torn last line from a crash, and appends cleanly after it', async () => {
    const log = createStepsLog({ dir, now: () => NOW });
    await log.append(rec(1));
    await appendFile(path.join(dir, STEPS_FILE), '{"at":"2026-12-01T11:59:00Z","kind":"rep'); // kill -9 mid-write
    await log.append(rec(2));
    expect((await log.list(86_400_000)).map((r) => r.text)).toEqual(['step 1', 'step 2']);
  });

  it('is bounded: compaction keeps only the newest records', async () => {
    const log = createStepsLog({ dir, now: () => NOW, maxRecords: 5 });
    for (let i = 0; i < 12; i++) await log.append(rec(i));
    const texts = (await log.list(86_400_000)).map((r) => r.text);
    expect(texts).toEqual(['step 7', 'step 8', 'step 9', 'step 10', 'step 11']);
    const lines = (await readFile(path.join(dir, STEPS_FILE), 'utf8')).trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(10);
  });

  it('refuses a record that does not validate instead of writing it', async () => {
    const log = createStepsLog({ dir, now: () => NOW });
    await log.append({ ...rec(1), kind: 'hacked' as never });
    expect(await log.list(86_400_000)).toEqual([]);
  });
});
