/** The clock check: thresholds, the error bound, summaries, KoD and the HTTP Date fallback. */

import { afterEach, describe, expect, it } from 'vitest';
import { type ClockEvidence, clockCheck, judgeClock } from '../../../../electron/engine/checks/clock';
import { defaultSntpEtiquette } from '../../../../electron/engine/probes/sntp-etiquette';
import { runCheck } from '../../../../electron/engine/types';
import { startNtpServer } from '../../../sim/ntp-server';
import { testConfig, testContext } from './context';
import { startHttpsDateServer } from './https-date-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  defaultSntpEtiquette.reset();
});
async function ntp(opts?: Parameters<typeof startNtpServer>[0]) {
  const s = await startNtpServer(opts);
  closers.push(() => s.close());
  return s;
}

const thresholds = { clock: { warnMs: 10_000, failMs: 300_000 } };
function ev(offsetMs: number, errorBoundMs: number): ClockEvidence {
  return {
    sample: { server: 'time.apple.com:123', offsetMs, errorBoundMs, delayMs: 20, stratum: 1, leap: 0 },
    source: 'sntp',
    attempts: [{ server: 'time.apple.com:123', outcome: 'ok', offsetMs, delayMs: 20 }],
    kisses: new Map(),
  };
}

describe('judgeClock (pure)', () => {
  it('reads a large skew in plain words, with the direction and the bound', () => {
    const o = judgeClock(ev(600_000, 2), thresholds);
    expect(o).toMatchObject({ status: 'fail', cause: 'clock.skew' });
    expect(o.summary).toBe('This Mac’s clock is 10 min 0 s behind (±2 ms).');
    expect(o.data).toMatchObject({ offsetMs: 600_000, errorBoundMs: 2, server: 'time.apple.com', stratum: 1, source: 'sntp' });
    expect(judgeClock(ev(-90_000, 2), thresholds)).toMatchObject({ status: 'warn', cause: 'clock.skew' });
    expect(judgeClock(ev(-90_000, 2), thresholds).summary).toContain('1 min 30 s ahead');
  });

  it('passes small offsets and says when the clock is right within the bound', () => {
    expect(judgeClock(ev(3000, 2), thresholds)).toMatchObject({ status: 'pass', cause: null });
    const within = judgeClock(ev(-200.65, 200.7), thresholds);
    expect(within).toMatchObject({ status: 'pass', cause: null });
    expect(within.summary).toContain('within ±201 ms');
  });

  it('never calls a skew smaller than the error bound', () => {
    // 12 s measured, ±3 s: only 9 s is proven, below the 10 s warning threshold.
    expect(judgeClock(ev(12_000, 3000), thresholds).status).toBe('pass');
    // 302 s ± 5 s: only 297 s proven: a warning, not a failure.
    expect(judgeClock(ev(302_000, 5000), thresholds)).toMatchObject({ status: 'warn', cause: 'clock.skew' });
  });

  it('does not claim "right" when the measurement is too coarse to tell', () => {
    expect(judgeClock(ev(5000, 15_000), thresholds)).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
  });

  it('no sample: clock.unverifiable naming each server’s outcome, never a pass', () => {
    const o = judgeClock(
      {
        sample: null,
        source: null,
        attempts: [
          { server: 'time.apple.com:123', outcome: 'NTP_KOD', offsetMs: null, delayMs: null },
          { server: '10.0.0.1:123', outcome: 'NTP_TIMEOUT', offsetMs: null, delayMs: null },
        ],
        kisses: new Map([['time.apple.com:123', 'DENY']]),
      },
      thresholds,
    );
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
    expect(o.data.offsetMs).toBeNull();
    expect(o.summary).toContain('time.apple.com refused to serve this Mac (kiss-o’-death DENY)');
    expect(o.summary).toContain('UDP port 123 may be blocked');
  });
});

describe('clock check against the simulated NTP server', () => {
  it('healthy server: pass with a measured offset and bound', async () => {
    const s = await ntp();
    const o = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort] })));
    expect(o).toMatchObject({ status: 'pass', cause: null, data: { source: 'sntp', stratum: 2, server: s.hostPort } });
    expect(typeof o.data.offsetMs).toBe('number');
    expect(o.data.attempts).toEqual([expect.objectContaining({ server: s.hostPort, outcome: 'ok' })]);
  });

  it('server 10 minutes ahead: fail clock.skew, "10 min 0 s behind"', async () => {
    const s = await ntp({ offsetMs: 600_000 });
    const o = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort] })));
    expect(o).toMatchObject({ status: 'fail', cause: 'clock.skew' });
    expect(o.summary).toMatch(/^This Mac’s clock is 10 min 0 s behind \(±\d+(\.\d)? ms\)\.$/);
    expect(o.data.offsetMs).toBeCloseTo(600_000, -1);
  });

  it('asymmetric path: the 200 ms apparent offset is not called a skew', async () => {
    const s = await ntp({ replyDelayMs: 400 });
    const o = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort] })));
    expect(o.status).toBe('pass');
    expect(o.data.offsetMs!).toBeLessThan(-150);
    expect(Math.abs(o.data.offsetMs!)).toBeLessThanOrEqual(o.data.errorBoundMs! + 1);
    // Even with a 100 ms warning threshold the apparent 200 ms is not a skew: it cannot be told apart.
    const strict = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort], clock: { warnMs: 100, failMs: 1000 } })));
    expect(strict).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
  });

  it.each(['kod-rate', 'kod-deny'] as const)('%s never reads as healthy', async (fault) => {
    const s = await ntp({ fault, offsetMs: 600_000 });
    const o = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort] })));
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.unverifiable', data: { offsetMs: null, source: null } });
    expect(o.data.attempts).toEqual([{ server: s.hostPort, outcome: 'NTP_KOD', offsetMs: null, delayMs: null }]);
  });

  it('blackholed UDP: unverifiable within the NTP deadline plus margin', async () => {
    const s = await ntp({ fault: 'blackhole' });
    const t0 = performance.now();
    const o = await runCheck(clockCheck, testContext(testConfig({ ntpServers: [s.hostPort], timeouts: { ntpMs: 500, httpMs: 500 } })));
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
    expect(o.summary).toContain('did not answer');
    expect(performance.now() - t0).toBeLessThan(500 + 500 + 1500);
  });
});

describe('HTTP Date fallback when UDP 123 gets nothing', () => {
  it('measures the skew from the first sign-in endpoint’s Date header (verified TLS)', async () => {
    const s = await ntp({ fault: 'blackhole' });
    const web = await startHttpsDateServer(600_000);
    closers.push(web.close);
    const config = testConfig({
      ntpServers: [s.hostPort],
      endpoints: [{ id: 'local', host: 'localhost', port: web.port, path: '/' }],
      extraCaFile: web.caFile,
      timeouts: { ntpMs: 300 },
    });
    const o = await runCheck(clockCheck, testContext(config));
    expect(o).toMatchObject({ status: 'fail', cause: 'clock.skew', data: { source: 'http-date', stratum: null } });
    expect(o.data.errorBoundMs).toBeGreaterThanOrEqual(1000);
    expect(Math.abs(o.data.offsetMs! - 600_000)).toBeLessThanOrEqual(o.data.errorBoundMs!);
    expect(o.data.attempts!.map((a) => a.outcome)).toEqual(['NTP_TIMEOUT', 'ok']);
  });

  it('an untrusted certificate gives no time (the fallback does not trust just anyone)', async () => {
    const s = await ntp({ fault: 'blackhole' });
    const web = await startHttpsDateServer(600_000);
    closers.push(web.close);
    const config = testConfig({
      ntpServers: [s.hostPort],
      endpoints: [{ id: 'local', host: 'localhost', port: web.port, path: '/' }],
      timeouts: { ntpMs: 300 },
    });
    const o = await runCheck(clockCheck, testContext(config));
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
    expect(o.data.attempts![1]!.outcome).not.toBe('ok');
  });

  it('is not used after a genuine NTP answer (a KoD is not a blocked port)', async () => {
    const s = await ntp({ fault: 'kod-rate' });
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const config = testConfig({
      ntpServers: [s.hostPort],
      endpoints: [{ id: 'local', host: 'localhost', port: web.port, path: '/' }],
      extraCaFile: web.caFile,
    });
    const o = await runCheck(clockCheck, testContext(config));
    expect(o.cause).toBe('clock.unverifiable');
    expect(o.data.attempts).toHaveLength(1);
  });

  it('is never sent to a real host when NTP was redirected to loopback', async () => {
    const s = await ntp({ fault: 'blackhole' });
    const config = testConfig({
      ntpServers: [s.hostPort],
      endpoints: [{ id: 'appleid', host: 'appleid.apple.com', port: 443, path: '/' }],
      timeouts: { ntpMs: 200 },
    });
    const o = await runCheck(clockCheck, testContext(config));
    expect(o.data.attempts!.map((a) => a.server)).toEqual([s.hostPort]);
  });
});
