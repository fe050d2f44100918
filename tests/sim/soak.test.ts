/**
 * The monitor stays flat on a bad network: 100 monitor cycles on each of black-holed DNS, refused
 * connects and TLS failures leave no socket or handle behind (tests/bench/soak.ts; `npm run bench`
 * runs 1 000 per scenario and prints the figures). One leaked socket per failing cycle would be
 * +100 here; the allowance of 2 covers a timer or socket caught mid-close by the snapshot.
 */
import { describe, expect, it } from 'vitest';
import { soak } from '../bench/soak';
import type { SimScenario } from './scenarios';

const CYCLES = 100;

describe('monitor soak on a bad network', () => {
  for (const scenario of ['dns-blackhole', 'connections-refused', 'tls-failing'] satisfies SimScenario[]) {
    it(`${scenario}: ${CYCLES} red cycles, no socket or handle growth`, async () => {
      const r = await soak(scenario, CYCLES);
      expect(r.lights).toEqual({ red: CYCLES });
      expect(r.socketsAfter - r.socketsBefore, JSON.stringify(r.after)).toBeLessThanOrEqual(2);
      expect(r.handlesAfter - r.handlesBefore, JSON.stringify(r.after)).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
