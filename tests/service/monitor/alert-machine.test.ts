import { describe, expect, it } from 'vitest';
import { type AlertEvent, type AlertMachineState, advance, initialAlertState } from '../../../electron/service/monitor/alert-machine';
import { FLAP_WINDOW } from '../../../electron/service/monitor/flapping';
import type { Cause } from '../../../shared/causes';
import type { Light } from '../../../shared/report';

/** One scripted sample: light + primary cause (+ other causes), at a monotonic time. */
interface Step {
  light: Light;
  cause?: Cause | null;
  others?: Cause[];
  /** ms since the previous sample (default 10 s, the first re-probe delay). */
  gap?: number;
}

const G: Step = { light: 'green' };
const A: Step = { light: 'amber', cause: 'push.fallback_only' };
const R: Step = { light: 'red', cause: 'tcp.timeout' };

function run(steps: Step[], start: AlertMachineState = initialAlertState()) {
  let s = start;
  let at = 0;
  const events: { i: number; e: AlertEvent }[] = [];
  const states: string[] = [];
  steps.forEach((st, i) => {
    at += st.gap ?? 10_000;
    const cause = st.cause ?? null;
    const r = advance(s, { at, light: st.light, cause, causes: [...(cause ? [cause] : []), ...(st.others ?? [])] });
    s = r.state;
    states.push(s.state);
    for (const e of r.events) events.push({ i, e });
  });
  return { final: s, events, states, kinds: events.map((x) => x.e.kind) };
}

const times = (n: number, step: Step) => Array.from({ length: n }, () => step);

describe('alert machine: debounce', () => {
  it('a single failure is only SUSPECT and nobody is notified', () => {
    const r = run([G, R, G]);
    expect(r.states).toEqual(['OK', 'SUSPECT', 'OK']);
    expect(r.events).toEqual([]);
  });

  it('three consecutive failures make DOWN and notify exactly once, with the cause', () => {
    const r = run([G, R, R, R, R, R]);
    expect(r.states).toEqual(['OK', 'SUSPECT', 'SUSPECT', 'DOWN', 'DOWN', 'DOWN']);
    expect(r.events).toEqual([{ i: 3, e: { kind: 'down', cause: 'tcp.timeout' } }]);
  });

  it('two failures 90 s apart are enough (long outage seen by few samples)', () => {
    const r = run([G, R, { ...R, gap: 90_000 }]);
    expect(r.states).toEqual(['OK', 'SUSPECT', 'DOWN']);
    expect(r.kinds).toEqual(['down']);
  });

  it('amber never leads to DOWN, however long it lasts', () => {
    const r = run([G, ...times(50, A)]);
    expect(new Set(r.states)).toEqual(new Set(['OK']));
    expect(r.events).toEqual([]);
  });

  it('deterministic local causes skip SUSPECT', () => {
    for (const cause of ['clock.skew', 'captive.detected', 'tls.intercepted'] as const) {
      const r = run([G, { light: 'red', cause }]);
      expect(r.states).toEqual(['OK', 'DOWN']);
      expect(r.events).toEqual([{ i: 1, e: { kind: 'down', cause } }]);
    }
  });

  it('recovery needs 2 consecutive successes, then says "restored" once', () => {
    const r = run([...times(3, R), G, R, G, G, G]);
    expect(r.states).toEqual(['SUSPECT', 'SUSPECT', 'DOWN', 'RECOVERING', 'DOWN', 'RECOVERING', 'OK', 'OK']);
    expect(r.kinds).toEqual(['down', 'restored']);
    expect(r.events[1]!.i).toBe(6);
  });

  it('re-notifies while DOWN at most every 30 minutes', () => {
    // Down at 30 s, then a failing sample every 5 min for 2 hours.
    const r = run([...times(3, R), ...times(24, { ...R, gap: 5 * 60_000 })]);
    const reminders = r.events.filter((x) => x.e.kind === 'reminder');
    expect(r.kinds[0]).toBe('down');
    expect(reminders).toHaveLength(4); // 2 h of DOWN / 30 min
    const at = (i: number) => 30_000 + (i - 2) * 5 * 60_000;
    for (let k = 1; k < reminders.length; k++) {
      expect(at(reminders[k]!.i) - at(reminders[k - 1]!.i)).toBeGreaterThanOrEqual(30 * 60_000);
    }
  });

  it('a bounce through RECOVERING does not re-announce DOWN', () => {
    const r = run([...times(3, R), G, ...times(4, R)]);
    expect(r.states.slice(2)).toEqual(['DOWN', 'RECOVERING', 'DOWN', 'DOWN', 'DOWN', 'DOWN']);
    expect(r.kinds).toEqual(['down']);
  });
});

describe('alert machine: flapping', () => {
  it('alternating results over the 21-sample window give one "unstable", not a stream of alerts', () => {
    const pattern = [R, R, R, G, G]; // each cycle would be down + restored without flap detection
    const r = run(Array.from({ length: 60 }, (_, i) => pattern[i % pattern.length]!));
    const downs = r.kinds.filter((k) => k === 'down').length;
    const restores = r.kinds.filter((k) => k === 'restored').length;
    expect(r.kinds.filter((k) => k === 'unstable')).toHaveLength(1);
    // Before the window is full a few cycles may alert; after it, silence.
    const firstUnstable = r.events.find((x) => x.e.kind === 'unstable')!.i;
    expect(firstUnstable).toBeLessThanOrEqual(FLAP_WINDOW + 1);
    expect(r.events.filter((x) => x.i > firstUnstable)).toEqual([]);
    expect(downs + restores).toBeLessThanOrEqual(8);
    expect(r.final.unstable).toBe(true);
  });

  it('settles: once stable again it says where it landed (restored) and alerts normally after', () => {
    const flap = Array.from({ length: 40 }, (_, i) => ([R, R, R, G, G] as Step[])[i % 5]!);
    const r = run([...flap, ...times(40, G), ...times(3, R)]);
    const after = r.events.filter((x) => x.i >= 40).map((x) => x.e.kind);
    expect(after).toEqual(['restored', 'down']);
  });

  it('settling while still down says "down"', () => {
    const flap = Array.from({ length: 40 }, (_, i) => ([R, R, R, G, G] as Step[])[i % 5]!);
    const r = run([...flap, ...times(40, R)]);
    expect(r.events.filter((x) => x.i >= 40).map((x) => x.e.kind)).toEqual(['down']);
  });

  it('an ordinary outage and recovery is not flapping', () => {
    const r = run([...times(10, G), ...times(6, R), ...times(10, G)]);
    expect(r.kinds).toEqual(['down', 'restored']);
    expect(r.final.unstable).toBe(false);
  });
});

describe('alert machine: Apple-side outage', () => {
  const outageRed: Step = { light: 'red', cause: 'apple.outage' };
  const outageAmber: Step = { light: 'amber', cause: 'apple.outage' };

  it('an outage seen while sign-in still works is announced once', () => {
    const r = run([G, ...times(10, outageAmber)]);
    expect(r.kinds).toEqual(['outage']);
  });

  it('an outage that takes sign-in down is one notification (down with the outage cause)', () => {
    const r = run([G, ...times(5, outageRed)]);
    expect(r.events).toEqual([{ i: 3, e: { kind: 'down', cause: 'apple.outage' } }]);
  });

  it('"Apple Account is back" comes when the outage is over AND sign-in works, together with restored', () => {
    const r = run([...times(4, outageRed), G, G, G]);
    expect(r.events.map((x) => [x.i, x.e.kind])).toEqual([
      [2, 'down'],
      [5, 'restored'],
      [5, 'apple-back'],
    ]);
  });

  it('does not call Apple back while the status feed cannot be read', () => {
    const unknown: Step = { light: 'amber', cause: 'apple.status_unknown' };
    const r = run([outageAmber, unknown, unknown, G]);
    expect(r.kinds).toEqual(['outage', 'apple-back']);
    expect(r.events[1]!.i).toBe(3);
  });

  it('an outage first seen in a failing blip is announced once sign-in works again, not lost', () => {
    const r = run([G, outageRed, outageAmber, outageAmber]);
    expect(r.events).toEqual([{ i: 2, e: { kind: 'outage', cause: 'apple.outage' } }]);
  });

  it('no "Apple Account is back" for an outage that was never announced', () => {
    const r = run([G, outageRed, G, G]);
    expect(r.events).toEqual([]);
  });

  it('a flickering status feed is announced at most every 30 minutes', () => {
    const r = run(Array.from({ length: 20 }, (_, i) => (i % 2 ? G : outageAmber)));
    expect(r.kinds.filter((k) => k === 'outage')).toHaveLength(1);
  });
});
