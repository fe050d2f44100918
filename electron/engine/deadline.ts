/**
 * Per-phase deadlines. Node's sockets have no connect timeout of their own and `setTimeout` only
 * emits 'timeout' without closing (nodejs doc/api/net.md), `dns.lookup` has no timeout at all
 * (nodejs/node#62503), and c-ares timers are quantised — so every phase races its own timer,
 * combined with the run's AbortSignal, and the caller destroys what it opened.
 */

/** Thrown (rejected) when a phase's deadline or the run's signal fires. */
export class DeadlineError extends Error {
  constructor(
    readonly ms: number,
    /** True when the run was cancelled (ctx.signal) rather than this phase timing out. */
    readonly cancelled: boolean,
  ) {
    super(cancelled ? 'cancelled' : `no answer within ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

/**
 * What a phase listens to for cancellation: the run's AbortSignal, or a {@link PhaseSignal}.
 * The subset of AbortSignal the probes use, so either one can be handed to them.
 */
export interface Abortable {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * An {@link Abortable} with a plain listener list. A healthy run makes dozens of these (one per
 * phase, dial attempt and check); as AbortControllers with EventTarget listeners they took about
 * 6 % of a monitor cycle's CPU in a profile (node lib/internal/abort_controller.js builds an
 * EventTarget, and every add/remove goes through lib/internal/event_target.js). Like
 * AbortSignal: fires once, in the order listeners were added, never for a listener added after it
 * fired or taken off before its turn, and a listener that throws is reported as uncaught without
 * keeping the others from running.
 */
export class PhaseSignal implements Abortable {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Set<() => void> | null = null;

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) return;
    this.listeners ??= new Set();
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners?.delete(listener);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    if (!listeners) return;
    // Iterated live: a listener taken off by an earlier one during this dispatch is not called
    // (as EventTarget does); one added now is not, since the signal has fired.
    for (const listener of listeners) {
      try {
        listener();
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
    this.listeners = null;
  }

  /** A signal that follows `parent`, with one listener on it until `dispose` (or it fires). */
  static following(parent: Abortable | undefined): { signal: PhaseSignal; dispose(): void } {
    const signal = new PhaseSignal();
    if (!parent) return { signal, dispose: () => {} };
    if (parent.aborted) {
      signal.abort(parent.reason);
      return { signal, dispose: () => {} };
    }
    const onParent = (): void => signal.abort(parent.reason);
    parent.addEventListener('abort', onParent, { once: true });
    return { signal, dispose: () => parent.removeEventListener('abort', onParent) };
  }
}

/** A phase deadline: `signal` fires at `ms` or when the parent signal fires. */
export interface PhaseDeadline {
  signal: Abortable;
  /** The error describing why `signal` fired (null while it has not). */
  error(): DeadlineError | null;
  dispose(): void;
}

/** Start a phase deadline of `ms` tied to `parent`. Always call `dispose()`. */
export function phaseDeadline(ms: number, parent?: Abortable): PhaseDeadline {
  const signal = new PhaseSignal();
  let err: DeadlineError | null = null;
  const fire = (cancelled: boolean): void => {
    if (err) return;
    err = new DeadlineError(ms, cancelled);
    signal.abort(err);
  };
  const timer = setTimeout(() => fire(false), Math.max(0, ms));
  const onParent = (): void => fire(true);
  if (parent?.aborted) fire(true);
  else parent?.addEventListener('abort', onParent, { once: true });
  return {
    signal,
    error: () => err,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParent);
    },
  };
}

/** Race `p` against `signal`: rejects with the signal's reason when it fires first. */
export function raceSignal<T>(p: Promise<T>, signal: Abortable): Promise<T> {
  if (signal.aborted) {
    p.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Resolves on the loop's next turn, after the I/O callbacks that are ready now (`setImmediate`
 * runs in the check phase, after the poll phase has dispatched every ready event: Node's
 * docs/api/process.md and "The Node.js Event Loop" guide). The network layer awaits this between
 * a phase's end and the next phase's start. A phase ends on a callback (connect, secureConnect,
 * the response's end), and what the caller does next runs synchronously right after it:
 * `tls.connect` or building a request costs 0.4–3 ms in a cold CLI process. Sockets that became
 * ready at the same moment wait behind that work before their own callbacks can stamp their
 * phases. Yielding lets every ready socket stamp first. On loopback, where the kernel finishes a
 * connect at once, the slowest of four endpoints' TCP phases in a warm process read 4–5 ms
 * before this and 1–2 ms after.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Round a duration for reports (0.1 ms resolution is noise on a menu-bar report). */
export function ms(d: number): number {
  return Math.max(0, Math.round(d));
}

/**
 * Race `p` against a deadline of `ms` (and `parent`): rejects with a `DeadlineError` when either
 * fires first. The one timeout helper for anything that is not a socket phase (a check as a whole,
 * Electron's proxy resolution); `p` itself is not cancelled, so hand it the same signal if it can be.
 */
export async function withDeadline<T>(p: Promise<T>, ms: number, parent?: Abortable): Promise<T> {
  const d = phaseDeadline(ms, parent);
  try {
    return await raceSignal(p, d.signal);
  } finally {
    d.dispose();
  }
}
