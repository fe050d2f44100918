/**
 * Flap detection, the Nagios/Naemon way: the weighted percent of state changes over the last 21
 * samples, with hysteresis (start above a high threshold, stop below a low one).
 * Source: naemon.io "Detection and Handling of State Flapping" (21 checks, weights rising from
 * 0.8 for the oldest change to 1.2 for the newest, thresholds 20 % / 5 % as in nagios.cfg
 * `high_service_flap_threshold` / `low_service_flap_threshold`); sensu-go `flapping.go`.
 * Pure: no clock, no I/O.
 */

/** Number of samples kept (Nagios/Naemon: the last 21 checks). */
export const FLAP_WINDOW = 21;
/** Start "unstable" above this weighted percent state change. */
export const FLAP_HIGH_PERCENT = 20;
/** Leave "unstable" below this weighted percent state change. */
export const FLAP_LOW_PERCENT = 5;

/** Append a sample (true = failure) and keep only the last FLAP_WINDOW samples. */
export function pushSample(window: readonly boolean[], failed: boolean): boolean[] {
  const next = window.length >= FLAP_WINDOW ? window.slice(window.length - FLAP_WINDOW + 1) : window.slice();
  next.push(failed);
  return next;
}

/**
 * Weighted percent of state changes over the 21-sample window (0–100). Changes between consecutive
 * samples are weighted linearly from 0.8 (oldest pair) to 1.2 (newest), so recent behaviour
 * counts more. Before 21 samples exist, the missing past is taken as steady (no change), so the
 * figure is always over the full 20 pairs: a young history can only flap by really alternating
 * (≥ 4 changes), never because it is short.
 */
export function percentStateChange(window: readonly boolean[]): number {
  const pairs = FLAP_WINDOW - 1;
  const offset = pairs - (Math.min(window.length, FLAP_WINDOW) - 1);
  let sum = 0;
  for (let i = 1; i < window.length; i++) {
    if (window[i] !== window[i - 1]) sum += 0.8 + (0.4 * (offset + i - 1)) / (pairs - 1);
  }
  return (sum / pairs) * 100;
}

/** Next flapping flag from the previous one and the window (hysteresis between the thresholds). */
export function isFlapping(wasFlapping: boolean, window: readonly boolean[]): boolean {
  const pct = percentStateChange(window);
  return wasFlapping ? pct >= FLAP_LOW_PERCENT : pct > FLAP_HIGH_PERCENT;
}
