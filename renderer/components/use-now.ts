/** Current time, refreshed every `everyMs` while the popover is visible (renderer/lib/now-clock.ts). */
import { useSyncExternalStore } from 'react';
import { createNowClock, type NowClock, type NowClockDeps } from '../lib/now-clock';

/** The page's timers and its Page Visibility API. */
const pageDeps: NowClockDeps = {
  now: () => Date.now(),
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
  hidden: () => document.visibilityState === 'hidden',
  onVisibilityChange: (cb) => {
    document.addEventListener('visibilitychange', cb);
    return () => document.removeEventListener('visibilitychange', cb);
  },
};

/** One clock per refresh interval, shared by every component that asks for it. */
const clocks = new Map<number, NowClock>();

export function useNow(everyMs = 30_000): number {
  let clock = clocks.get(everyMs);
  if (!clock) {
    clock = createNowClock(pageDeps, everyMs);
    clocks.set(everyMs, clock);
  }
  return useSyncExternalStore(clock.subscribe, clock.get);
}
