import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlertEvent, advance, initialAlertState } from '../../../electron/service/monitor/alert-machine';
import { FLAP_HIGH_PERCENT, FLAP_WINDOW, isFlapping, percentStateChange } from '../../../electron/service/monitor/flapping';
import type { Cause } from '../../../shared/causes';
import type { Light } from '../../../shared/report';

const sampleArb = fc.record({
  light: fc.constantFrom<Light>('green', 'amber', 'red'),
  cause: fc.constantFrom<Cause | null>(null, 'tcp.timeout', 'dns.nxdomain', 'captive.detected', 'clock.skew', 'apple.outage'),
  gap: fc.integer({ min: 1_000, max: 40 * 60_000 }),
});

function replay(samples: { light: Light; cause: Cause | null; gap: number }[]) {
  let s = initialAlertState();
  let at = 0;
  const out: { at: number; e: AlertEvent; red: boolean }[] = [];
  for (const x of samples) {
    at += x.gap;
    const r = advance(s, { at, light: x.light, cause: x.cause, causes: x.cause ? [x.cause] : [] });
    s = r.state;
    for (const e of r.events) out.push({ at, e, red: x.light === 'red' });
  }
  return out;
}

describe('alert machine properties (random sequences)', () => {
  it('"restored" only ever follows an alarm (down or unstable), never twice in a row', () => {
    fc.assert(
      fc.property(fc.array(sampleArb, { maxLength: 200 }), (samples) => {
        let alarmed = false;
        for (const { e } of replay(samples)) {
          if (e.kind === 'down' || e.kind === 'unstable') alarmed = true;
          if (e.kind === 'restored') {
            expect(alarmed).toBe(true);
            alarmed = false;
          }
        }
      }),
    );
  });

  it('reminders are at least 30 minutes apart and only follow a down', () => {
    fc.assert(
      fc.property(fc.array(sampleArb, { maxLength: 200 }), (samples) => {
        let lastNotice: number | null = null;
        for (const { at, e } of replay(samples)) {
          if (e.kind === 'down') lastNotice = at;
          if (e.kind === 'reminder') {
            expect(lastNotice).not.toBeNull();
            expect(at - lastNotice!).toBeGreaterThanOrEqual(30 * 60_000);
            lastNotice = at;
          }
          if (e.kind === 'restored' || e.kind === 'unstable') lastNotice = null;
        }
      }),
    );
  });

  it('without any red sample there are no reachability alerts at all', () => {
    const noRed = fc.record({ light: fc.constantFrom<Light>('green', 'amber'), cause: fc.constant(null), gap: fc.integer({ min: 1_000, max: 600_000 }) });
    fc.assert(
      fc.property(fc.array(noRed, { maxLength: 300 }), (samples) => {
        expect(replay(samples)).toEqual([]);
      }),
    );
  });
});

describe('flapping', () => {
  it('a steady window is 0 %, a fully alternating one is 100 %', () => {
    expect(percentStateChange(Array(FLAP_WINDOW).fill(false))).toBe(0);
    expect(percentStateChange(Array.from({ length: FLAP_WINDOW }, (_, i) => i % 2 === 0))).toBeCloseTo(100);
  });

  it('recent changes weigh more than old ones', () => {
    const old = Array.from({ length: FLAP_WINDOW }, (_, i) => i < 2); // one change near the start
    const recent = Array.from({ length: FLAP_WINDOW }, (_, i) => i >= FLAP_WINDOW - 1); // one change at the end
    expect(percentStateChange(recent)).toBeGreaterThan(percentStateChange(old));
  });

  it('a short history counts as steady: three changes never start flapping, four recent ones do', () => {
    expect(isFlapping(false, [false, true, false, true])).toBe(false);
    expect(isFlapping(false, [false, false, true, true, true, false, false, true, true, true, false])).toBe(true);
    // One ordinary outage and recovery, however short the history: not flapping.
    for (let n = 3; n <= FLAP_WINDOW; n++) {
      const w = Array.from({ length: n }, (_, i) => i >= n - 3 && i < n - 1);
      expect(isFlapping(false, w)).toBe(false);
    }
  });

  it('uses hysteresis: harder to start than to keep going', () => {
    const alternating = Array.from({ length: FLAP_WINDOW }, (_, i) => i % 2 === 0);
    expect(percentStateChange(alternating)).toBeGreaterThan(FLAP_HIGH_PERCENT);
    expect(isFlapping(false, alternating)).toBe(true);
    // 3 older changes ≈ 13 %: not enough to start, enough to keep going.
    const three = Array.from({ length: FLAP_WINDOW }, (_, i) => (i >= 2 && i < 5) || i >= 8);
    const pct = percentStateChange(three);
    expect(pct).toBeGreaterThan(5);
    expect(pct).toBeLessThan(FLAP_HIGH_PERCENT);
    expect(isFlapping(false, three)).toBe(false);
    expect(isFlapping(true, three)).toBe(true);
  });
});
