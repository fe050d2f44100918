import { describe, expect, it } from 'vitest';
import { createNowClock, type NowClockDeps } from '../../renderer/lib/now-clock';

/** A page with a hand-driven clock, timers and visibility. */
function page() {
  let now = 1_000_000;
  let hidden = false;
  const timers = new Map<number, { fn: () => void; ms: number; next: number }>();
  let seq = 0;
  const watchers = new Set<() => void>();
  const deps: NowClockDeps = {
    now: () => now,
    setInterval: (fn, ms) => {
      timers.set(++seq, { fn, ms, next: now + ms });
      return seq;
    },
    clearInterval: (h) => void timers.delete(h as number),
    hidden: () => hidden,
    onVisibilityChange: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
  return {
    deps,
    timers,
    watchers,
    /** Let `ms` pass, firing due intervals. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.fn();
      }
      now = end;
    },
    setHidden(h: boolean) {
      hidden = h;
      for (const w of [...watchers]) w();
    },
    now: () => now,
  };
}

describe('now clock (relative times in the popover)', () => {
  it('refreshes every period while visible, one timer for every subscriber', () => {
    const p = page();
    const clock = createNowClock(p.deps, 30_000);
    let a = 0;
    let b = 0;
    clock.subscribe(() => a++);
    clock.subscribe(() => b++);
    expect(p.timers.size).toBe(1);
    p.advance(90_000);
    expect([a, b]).toEqual([3, 3]);
    expect(clock.get()).toBe(p.now());
  });

  it('stops while the page is hidden and reads the time again the moment it is shown', () => {
    const p = page();
    const clock = createNowClock(p.deps, 30_000);
    let renders = 0;
    clock.subscribe(() => renders++);
    p.setHidden(true);
    expect(p.timers.size).toBe(0);
    p.advance(3_600_000); // an hour with the popover closed: no wake-up at all
    expect(renders).toBe(0);
    p.setHidden(false);
    expect(renders).toBe(1);
    expect(clock.get()).toBe(p.now());
    expect(p.timers.size).toBe(1);
    p.advance(30_000);
    expect(renders).toBe(2);
  });

  it('subscribed while hidden: no timer until shown', () => {
    const p = page();
    p.setHidden(true);
    const clock = createNowClock(p.deps, 60_000);
    clock.subscribe(() => undefined);
    expect(p.timers.size).toBe(0);
    p.setHidden(false);
    expect(p.timers.size).toBe(1);
  });

  it('the last unsubscribe clears the timer and the visibility listener', () => {
    const p = page();
    const clock = createNowClock(p.deps, 30_000);
    const off1 = clock.subscribe(() => undefined);
    const off2 = clock.subscribe(() => undefined);
    off1();
    expect(p.timers.size).toBe(1);
    off2();
    off2(); // twice is harmless
    expect(p.timers.size).toBe(0);
    expect(p.watchers.size).toBe(0);
  });

  it('read with no subscriber: the same value within a period (one snapshot per render), fresh after it', () => {
    const p = page();
    const clock = createNowClock(p.deps, 30_000);
    const first = clock.get();
    p.advance(10_000);
    expect(clock.get()).toBe(first);
    p.advance(25_000);
    expect(clock.get()).toBe(p.now());
  });
});
