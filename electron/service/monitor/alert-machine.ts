/**
 * The monitor's alert logic as a PURE state machine (no Electron, no clock, no I/O): feed it one
 * sample per full diagnosis, get the next state and the events worth telling the user about.
 *
 *   OK ──fail──▶ SUSPECT ──3 consecutive fails or ≥ 90 s failing──▶ DOWN (notify once)
 *    ▲  (deterministic local cause: straight to DOWN)                 │  re-notify ≤ every 30 min
 *    └──────── 2 consecutive successes ◀── RECOVERING ◀──success──────┘
 *
 * Numbers follow Gatus (3 failures to trigger, 2 successes to resolve), Prometheus `for:` and
 * Alertmanager `repeat_interval` (TwiN/gatus README.md; prometheus.io "Alerting rules";
 * prometheus/alertmanager docs/configuration.md). Flapping over a
 * 21-sample window (./flapping.ts) replaces down/restored notifications by one "unstable".
 *
 * "Failure" means the verdict is red: this Mac cannot sign in right now. Amber (sign-in works but
 * something is off: push on the fallback port only, a VPN, Apple status unknown…) is a success
 * for alerting and never leads to DOWN.
 */
import { CAUSE_TRAITS } from '../../../shared/cause-info';
import { CAUSES, type Cause } from '../../../shared/causes';
import type { AlertState } from '../../../shared/ipc';
import type { Light } from '../../../shared/report';
import { isFlapping, pushSample } from './flapping';

/** One full diagnosis as the machine sees it. */
export interface AlertSample {
  /** Monotonic ms (performance.now): excludes system sleep, immune to wall-clock changes. */
  at: number;
  light: Light;
  /** The verdict's primary cause. */
  cause: Cause | null;
  /** Every cause found (primary + others), used for Apple-side outage tracking. */
  causes: readonly Cause[];
}

/** What the user should be told, before settings toggles are applied (see ../alert-notices.ts). */
export type AlertEvent =
  | { kind: 'down'; cause: Cause | null }
  | { kind: 'reminder'; cause: Cause | null }
  | { kind: 'restored'; cause: null }
  | { kind: 'unstable'; cause: Cause | null }
  | { kind: 'outage'; cause: 'apple.outage' }
  | { kind: 'apple-back'; cause: null };

export interface AlertMachineState {
  state: AlertState;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  /** `at` of the first failure of the current failing streak. */
  failingSince: number | null;
  /** What the user was last told about reachability (so "restored" follows only an alarm). */
  announced: 'nothing' | 'down' | 'unstable';
  /** `at` of the last down/reminder notification. */
  lastNotifiedAt: number | null;
  /** Recent samples, true = failure (at most FLAP_WINDOW). */
  window: boolean[];
  unstable: boolean;
  /** Apple's status feed reported an Apple Account outage in the last sample. */
  outageActive: boolean;
  /** An outage was seen: tell "Apple Account is back" once sign-in works and the outage is over. */
  awaitingAppleBack: boolean;
  /** The current outage has been told (by an outage notice or a down notice naming it). */
  outageAnnounced: boolean;
  lastOutageNotifiedAt: number | null;
}

export interface AlertThresholds {
  failuresForDown: number;
  failingMsForDown: number;
  successesForOk: number;
  renotifyMs: number;
}

export const ALERT_THRESHOLDS: AlertThresholds = {
  failuresForDown: 3,
  failingMsForDown: 90_000,
  successesForOk: 2,
  renotifyMs: 30 * 60_000,
};

/**
 * Local, deterministic causes: a re-probe seconds later cannot change them, so waiting in SUSPECT
 * would only delay the alert (our own rule, no upstream tool does this: clock skew, captive portal,
 * interception).
 */
export const DETERMINISTIC_LOCAL_CAUSES: ReadonlySet<Cause> = new Set(CAUSES.filter((c) => CAUSE_TRAITS[c].deterministic));

/** Is this sample a failure for alerting purposes? (red verdict only, see module comment) */
export function isFailure(sample: Pick<AlertSample, 'light'>): boolean {
  return sample.light === 'red';
}

export function initialAlertState(): AlertMachineState {
  return {
    state: 'OK',
    consecutiveFailures: 0,
    consecutiveSuccesses: 0,
    failingSince: null,
    announced: 'nothing',
    lastNotifiedAt: null,
    window: [],
    unstable: false,
    outageActive: false,
    awaitingAppleBack: false,
    outageAnnounced: false,
    lastOutageNotifiedAt: null,
  };
}

/** Advance the machine by one sample. Pure: same input, same output. */
export function advance(
  prev: AlertMachineState,
  sample: AlertSample,
  t: AlertThresholds = ALERT_THRESHOLDS,
): { state: AlertMachineState; events: AlertEvent[] } {
  const failed = isFailure(sample);
  const events: AlertEvent[] = [];
  const s: AlertMachineState = { ...prev, window: pushSample(prev.window, failed) };

  // 1. Reachability state.
  if (failed) {
    s.consecutiveFailures = prev.consecutiveFailures + 1;
    s.consecutiveSuccesses = 0;
    s.failingSince = prev.failingSince ?? sample.at;
    const deterministic = sample.cause !== null && DETERMINISTIC_LOCAL_CAUSES.has(sample.cause);
    if (prev.state === 'OK' || prev.state === 'SUSPECT') {
      const longEnough = s.consecutiveFailures >= t.failuresForDown || sample.at - s.failingSince >= t.failingMsForDown;
      s.state = deterministic || longEnough ? 'DOWN' : 'SUSPECT';
    } else {
      s.state = 'DOWN'; // DOWN stays DOWN; RECOVERING falls back without a new alarm.
    }
  } else {
    s.consecutiveSuccesses = prev.consecutiveSuccesses + 1;
    s.consecutiveFailures = 0;
    s.failingSince = null;
    if (prev.state === 'DOWN' || prev.state === 'RECOVERING') {
      s.state = s.consecutiveSuccesses >= t.successesForOk ? 'OK' : 'RECOVERING';
    } else {
      s.state = 'OK'; // A SUSPECT blip that clears was never announced.
    }
  }

  // 2. Flapping: one "unstable" instead of a stream of down/restored.
  s.unstable = isFlapping(prev.unstable, s.window);
  const bad = s.state === 'DOWN' || s.state === 'RECOVERING';
  if (s.unstable && !prev.unstable) {
    events.push({ kind: 'unstable', cause: failed ? sample.cause : null });
    s.announced = 'unstable';
  } else if (!s.unstable && prev.unstable) {
    // Settled: say where it settled.
    if (bad) {
      events.push({ kind: 'down', cause: sample.cause });
      s.announced = 'down';
      s.lastNotifiedAt = sample.at;
    } else {
      events.push({ kind: 'restored', cause: null });
      s.announced = 'nothing';
    }
  } else if (!s.unstable) {
    if (s.state === 'DOWN' && prev.state !== 'DOWN' && prev.state !== 'RECOVERING') {
      events.push({ kind: 'down', cause: sample.cause });
      s.announced = 'down';
      s.lastNotifiedAt = sample.at;
    } else if (s.state === 'DOWN' && s.announced === 'down' && s.lastNotifiedAt !== null && sample.at - s.lastNotifiedAt >= t.renotifyMs) {
      events.push({ kind: 'reminder', cause: sample.cause });
      s.lastNotifiedAt = sample.at;
    } else if (s.state === 'OK' && prev.state === 'RECOVERING' && s.announced === 'down') {
      events.push({ kind: 'restored', cause: null });
      s.announced = 'nothing';
    }
  }

  // 3. Apple-side outage, from Apple's own status feed.
  s.outageActive = sample.causes.includes('apple.outage');
  if (!s.outageActive) s.outageAnnounced = false;
  if (s.outageActive) {
    const toldByDown = events.some((e) => (e.kind === 'down' || e.kind === 'reminder') && e.cause === 'apple.outage');
    const recently = prev.lastOutageNotifiedAt !== null && sample.at - prev.lastOutageNotifiedAt < t.renotifyMs;
    if (toldByDown) {
      s.lastOutageNotifiedAt = sample.at;
      s.outageAnnounced = true;
    } else if (!failed && !prev.outageAnnounced && !recently) {
      // While sign-in fails here the debounced down path speaks (naming the outage); this notice
      // is for an outage Apple reports while this Mac can still sign in.
      events.push({ kind: 'outage', cause: 'apple.outage' });
      s.lastOutageNotifiedAt = sample.at;
      s.outageAnnounced = true;
    }
    // Only an outage the user heard about gets an "Apple Account is back".
    if (s.outageAnnounced) s.awaitingAppleBack = true;
  } else if (prev.awaitingAppleBack && s.state === 'OK' && !failed && !sample.causes.includes('apple.status_unknown')) {
    // Back = the feed no longer reports the outage (and could be read) and sign-in works here.
    events.push({ kind: 'apple-back', cause: null });
    s.awaitingAppleBack = false;
  }

  return { state: s, events };
}
