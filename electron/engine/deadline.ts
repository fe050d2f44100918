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

/** A phase deadline: `signal` fires at `ms` or when the parent signal fires. */
export interface PhaseDeadline {
  signal: AbortSignal;
  /** The error describing why `signal` fired (null while it has not). */
  error(): DeadlineError | null;
  dispose(): void;
}

/** Start a phase deadline of `ms` tied to `parent`. Always call `dispose()`. */
export function phaseDeadline(ms: number, parent?: AbortSignal): PhaseDeadline {
  const controller = new AbortController();
  let err: DeadlineError | null = null;
  const fire = (cancelled: boolean): void => {
    if (err) return;
    err = new DeadlineError(ms, cancelled);
    controller.abort(err);
  };
  const timer = setTimeout(() => fire(false), Math.max(0, ms));
  const onParent = (): void => fire(true);
  if (parent?.aborted) fire(true);
  else parent?.addEventListener('abort', onParent, { once: true });
  return {
    signal: controller.signal,
    error: () => err,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParent);
    },
  };
}

/** Race `p` against `signal`: rejects with the signal's reason when it fires first. */
export function raceSignal<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
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
export async function withDeadline<T>(p: Promise<T>, ms: number, parent?: AbortSignal): Promise<T> {
  const d = phaseDeadline(ms, parent);
  try {
    return await raceSignal(p, d.signal);
  } finally {
    d.dispose();
  }
}
