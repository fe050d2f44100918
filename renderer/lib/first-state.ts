/**
 * The first frame should be the verdict, not "Checking…" followed by the verdict a few
 * milliseconds later. The bridge's first state arrives one socket/IPC round trip after the bundle
 * starts; rendering before it means two renders, two layouts and two paints on the way to the
 * header the person came for (measured in `npm run bench`, tests/bench/renderer-bench.ts). So the
 * first render waits for that state — but never longer than `capMs`, after which "Checking…" is
 * the honest thing to show.
 */

/** The part of the diagnosis store this needs (a zustand vanilla store fits). */
export interface FirstStateSource {
  getState(): { loaded: boolean; bridgeError: string | null };
  subscribe(listener: () => void): () => void;
}

/** Resolves once the first state (or a bridge error) is in `store`, or after `capMs`, whichever is first. */
export function whenFirstState(store: FirstStateSource, capMs: number): Promise<void> {
  const ready = () => {
    const s = store.getState();
    return s.loaded || s.bridgeError !== null;
  };
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      off();
      resolve();
    };
    const timer = setTimeout(finish, capMs);
    const off = store.subscribe(() => {
      if (ready()) finish();
    });
  });
}
