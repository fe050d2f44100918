/**
 * "Steps already tried": every action a person takes in the app, with its time, one JSON line each
 * in `<dataDir>/steps.jsonl`. One append + fdatasync per record: a record is a person's action,
 * rare, and each one belongs in the support report (the history store, written every cycle, flushes
 * only changes of state). A kill -9 loses at most a torn last line, which is skipped on read; bounded by
 * compaction (temp file, fsync, rename over — atomic) to the newest `maxRecords`, lines that do not
 * validate are dropped. Never throws to the caller.
 */
import { type FileHandle, mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { type StepRecord, stepRecordSchema } from '../../../shared/repairs';

export const STEPS_FILE = 'steps.jsonl';

export interface StepsLog {
  append(record: StepRecord): Promise<void>;
  /** Records whose time lies within the last `sinceMs`, oldest first. */
  list(sinceMs: number): Promise<StepRecord[]>;
  /** Resolves once every append asked for so far is on disk (or has failed). */
  idle(): Promise<void>;
}

/** Valid records of a file's text; a torn or foreign line is skipped. Pure. */
export function parseSteps(text: string): StepRecord[] {
  const out: StepRecord[] = [];
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  for (const line of complete.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = stepRecordSchema.safeParse(JSON.parse(line));
      if (r.success && Number.isFinite(Date.parse(r.data.at))) out.push(r.data);
    } catch {
      // not ours: skipped
    }
  }
  return out;
}

export function createStepsLog(o: { dir: string; now: () => number; maxRecords?: number; log?: (line: string) => void }): StepsLog {
  const path = join(o.dir, STEPS_FILE);
  const max = o.maxRecords ?? 500;
  let queue: Promise<unknown> = Promise.resolve();
  let lines = -1; // unknown until first read
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn);
    queue = p.catch(() => {});
    return p;
  };
  const readAll = async (): Promise<StepRecord[]> => {
    try {
      return parseSteps(await readFile(path, 'utf8'));
    } catch {
      return [];
    }
  };
  async function writeLine(fh: FileHandle, text: string): Promise<void> {
    await fh.write(text);
    await fh.datasync();
  }
  async function compact(): Promise<void> {
    const keep = (await readAll()).slice(-max);
    const tmp = `${path}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await writeLine(fh, keep.map((r) => `${JSON.stringify(r)}\n`).join(''));
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    lines = keep.length;
  }
  return {
    idle: () => queue.then(() => undefined),
    append(record) {
      return serial(async () => {
        try {
          const valid = stepRecordSchema.parse(record);
          await mkdir(o.dir, { recursive: true });
          if (lines < 0) lines = (await readAll()).length;
          // A torn last line (crash mid-write) must not glue itself to this record.
          let prefix = '';
          try {
            const text = await readFile(path, 'utf8');
            if (text.length > 0 && !text.endsWith('\n')) prefix = '\n';
          } catch {
            // no file yet
          }
          const fh = await open(path, 'a');
          try {
            await writeLine(fh, `${prefix}${JSON.stringify(valid)}\n`);
          } finally {
            await fh.close();
          }
          lines++;
          if (lines > max * 2) await compact();
        } catch (err) {
          o.log?.(`steps log: could not record a step (${err instanceof Error ? err.message : String(err)})`);
        }
      });
    },
    list(sinceMs) {
      return serial(async () => {
        const since = o.now() - sinceMs;
        return (await readAll()).filter((r) => Date.parse(r.at) >= since).slice(-max);
      });
    },
  };
}
