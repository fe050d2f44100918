/**
 * A virtual clock + timer queue for driving the scheduler and the app core through hours of
 * monitoring in milliseconds. `mono` excludes simulated sleep (as performance.now does on macOS);
 * `lateBy` simulates App Nap firing timers late.
 */
export interface VirtualTime {
  now(): number;
  mono(): number;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (h: never) => void;
  /** Advance virtual time by `ms`, firing due timers in order and letting promises settle. */
  advance(ms: number): Promise<void>;
  /** Advance until no timer is pending (or `maxMs` passed). */
  runUntilIdle(maxMs?: number): Promise<void>;
  /** Make every currently pending timer fire `ms` later than asked (App Nap throttling). */
  lateBy(ms: number): void;
  /** Number of timers pending. */
  pending(): number;
  /** Wall-clock jump without monotonic progress (sleep, or the user changing the clock). */
  jumpWall(ms: number): void;
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((r) => setImmediate(r));
}

export function createVirtualTime(startWall = Date.UTC(2026, 0, 15, 9, 0, 0)): VirtualTime {
  let mono = 1_000;
  let wallOffset = startWall - mono;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void; order: number }>();
  let order = 0;
  const next = () => {
    let best: [number, { at: number; fn: () => void; order: number }] | null = null;
    for (const e of timers) if (!best || e[1].at < best[1].at || (e[1].at === best[1].at && e[1].order < best[1].order)) best = e;
    return best;
  };
  /** Fire every timer due by `end`, in time order, letting promises settle after each. */
  const fireDueBy = async (end: number): Promise<void> => {
    await flush();
    for (;;) {
      const n = next();
      if (!n || n[1].at > end) break;
      timers.delete(n[0]);
      mono = Math.max(mono, n[1].at);
      n[1].fn();
      await flush();
    }
  };
  const vt: VirtualTime = {
    now: () => mono + wallOffset,
    mono: () => mono,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: mono + Math.max(0, ms), fn, order: order++ });
      return id;
    },
    clearTimeout(h) {
      timers.delete(h as unknown as number);
    },
    async advance(ms) {
      const end = mono + ms;
      await fireDueBy(end);
      mono = end;
      await flush();
    },
    async runUntilIdle(maxMs = 24 * 3600_000) {
      await fireDueBy(mono + maxMs);
    },
    lateBy(ms) {
      for (const t of timers.values()) t.at += ms;
    },
    pending: () => timers.size,
    jumpWall(ms) {
      wallOffset += ms;
    },
  };
  return vt;
}
