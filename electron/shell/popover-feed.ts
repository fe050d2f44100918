/**
 * What the popover's renderer is sent of the core's updates. The window is kept, hidden, after its
 * first open (popover.ts), and a hidden renderer still runs every message it is sent: each cycle
 * of the monitor streams a `started`, a `check` per result and a `finished`, about twenty messages
 * that would each wake that process to re-render a view nobody sees, every few minutes, all day.
 * So while the popover is hidden nothing is sent; when it is shown again and something happened
 * meanwhile, the renderer gets one `state` (the core's whole current state, the same the
 * renderer's own first `getState` answers) before any update that follows it. Pure: no Electron.
 */
import type { AppState, DiagnosisUpdate } from '../../shared/ipc';

export interface PopoverFeedDeps {
  /** Send one update to the popover's renderer (a no-op while it has no window). */
  send(update: DiagnosisUpdate): void;
  /** The core's state now. Taken synchronously when called (app-core `snapshot`), delivered later. */
  snapshot(): Promise<AppState>;
  /** Where a failed snapshot is reported (the renderer then keeps its older state). */
  onError?(err: unknown): void;
}

export interface PopoverFeed {
  /** An update from the core. */
  update(update: DiagnosisUpdate): void;
  /** The popover became visible. */
  shown(): void;
  /** The popover was hidden. */
  hidden(): void;
}

/** Starts as hidden: a window created by its first show asks for the state itself when it loads. */
export function createPopoverFeed(deps: PopoverFeedDeps): PopoverFeed {
  let visible = false;
  /** Updates were held back while hidden: the renderer's state is behind the core's. */
  let behind = false;
  /** While a snapshot is on its way, what came after it, in order; null when none is awaited. */
  let queued: DiagnosisUpdate[] | null = null;
  /** Counts shows, so a snapshot that arrives after the popover was hidden again is not sent. */
  let shows = 0;

  return {
    update(update) {
      if (!visible) behind = true;
      else if (queued) queued.push(update);
      else deps.send(update);
    },
    shown() {
      if (visible) return;
      visible = true;
      shows++;
      if (!behind) return;
      behind = false;
      const show = shows;
      const after: DiagnosisUpdate[] = [];
      queued = after;
      // The state first, then what came after it. Without a state (the snapshot failed) the
      // updates still apply on the older one, and the next show asks again.
      const release = (state: AppState | null) => {
        if (show !== shows || !visible) return;
        queued = null;
        if (state) deps.send({ kind: 'state', state });
        else behind = true;
        for (const u of after) deps.send(u);
      };
      deps.snapshot().then(release, (err: unknown) => {
        deps.onError?.(err);
        release(null);
      });
    },
    hidden() {
      if (!visible) return;
      visible = false;
      // A snapshot still on its way, or updates queued behind it: the renderer is behind again.
      if (queued) {
        queued = null;
        behind = true;
      }
    },
  };
}
