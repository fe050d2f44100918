/**
 * "Now" for relative times ("2 min ago", "next in 4 min"), refreshed every `everyMs` while the page
 * is visible, shared by every component that shows one. The popover's window is kept, hidden,
 * between opens (electron/shell/popover.ts): a timer per component would wake its renderer all day
 * to redraw times nobody reads. So the clock stops while the document is hidden (Electron reports
 * a hidden window as `document.visibilityState === 'hidden'` while `backgroundThrottling` is on, its
 * default: electron/electron docs/api/browser-window.md, "Page visibility"; browsers do the same for
 * a background tab) and reads the time again the moment it is visible. Pure over its deps: the
 * page's own deps and the hook are in renderer/components/use-now.ts.
 */

export interface NowClockDeps {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Is the page hidden now? */
  hidden(): boolean;
  /** Call `cb` when the page's visibility changes; returns the unsubscribe. */
  onVisibilityChange(cb: () => void): () => void;
}

export interface NowClock {
  /** Subscribe (useSyncExternalStore's shape); the returned function unsubscribes. */
  subscribe(listener: () => void): () => void;
  /** The time last read (ms since epoch). */
  get(): number;
}

export function createNowClock(deps: NowClockDeps, everyMs: number): NowClock {
  const listeners = new Set<() => void>();
  let value = deps.now();
  let timer: unknown = null;
  let unwatch: (() => void) | null = null;

  const tick = () => {
    value = deps.now();
    for (const l of [...listeners]) l();
  };
  const stopTimer = () => {
    if (timer !== null) deps.clearInterval(timer);
    timer = null;
  };
  const startTimer = () => {
    if (timer === null) timer = deps.setInterval(tick, everyMs);
  };
  const onVisibility = () => {
    if (deps.hidden()) return stopTimer();
    tick();
    startTimer();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        unwatch = deps.onVisibilityChange(onVisibility);
        if (!deps.hidden()) startTimer();
      }
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        stopTimer();
        unwatch?.();
        unwatch = null;
      };
    },
    // Read while no one listens (a view mounting after a while): refreshed when a period old,
    // and otherwise the same value, so that React sees one snapshot per render.
    get() {
      if (listeners.size === 0) {
        const now = deps.now();
        if (now - value >= everyMs) value = now;
      }
      return value;
    },
  };
}
