/**
 * Kiss-o'-death memory shared by every run of this process (RFC 5905 §7.4): "For kiss codes DENY
 * and RSTR, the client MUST demobilize any associations to that server and stop sending packets";
 * "For kiss code RATE, the client MUST immediately reduce its polling interval".
 * The monitor re-runs the diagnosis, so the memory must outlive one
 * run; while a server is held back its attempt is reported as NTP_KOD without sending anything.
 */

/** How long a server is left alone after a kiss code. DENY/RSTR: for the life of the app (a day). */
const HOLD_MS: Record<string, number> = { DENY: 24 * 3600_000, RSTR: 24 * 3600_000 };
/** RATE and unknown kiss codes: back off for a minute (≥ 4× the 15 s SNTP minimum poll). */
const DEFAULT_HOLD_MS = 60_000;

export interface SntpEtiquette {
  /** The kiss code that still holds `server` back at monotonic time `nowMono`, or null. */
  heldBack(server: string, nowMono: number): string | null;
  /** Record a kiss-o'-death from `server` (kiss null = unreadable code, treated like RATE). */
  kissed(server: string, kiss: string | null, nowMono: number): void;
  /** Forget everything (tests, or the user explicitly asking to retry). */
  reset(): void;
}

/** A fresh, independent memory. */
export function createSntpEtiquette(): SntpEtiquette {
  const holds = new Map<string, { kiss: string; untilMono: number }>();
  return {
    heldBack(server, nowMono) {
      const h = holds.get(server);
      if (!h) return null;
      if (nowMono >= h.untilMono) {
        holds.delete(server);
        return null;
      }
      return h.kiss;
    },
    kissed(server, kiss, nowMono) {
      const code = kiss ?? 'RATE';
      holds.set(server, { kiss: code, untilMono: nowMono + (HOLD_MS[code] ?? DEFAULT_HOLD_MS) });
    },
    reset() {
      holds.clear();
    },
  };
}

/** The process-wide memory the clock check uses. */
export const defaultSntpEtiquette: SntpEtiquette = createSntpEtiquette();
