/**
 * Black-box: `appleid-doctor check --json` on the simulated Apple network with `platform:
 * "darwin"` and `toolPaths.log` pointing at the `log` shims in tests/fixtures/bin, through the
 * real command runner and the verdict.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/cli';
import type { AppleLogData } from '../../shared/checks';
import { findCheck, type Report, reportSchema } from '../../shared/report';
import { STAND_IN, violations } from '../engine/faults/loopback-guard';
import { SHIMS } from '../engine/system/helpers';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';

vi.mock('../../electron/engine/probes/dial', async (orig) => (await import('../engine/faults/loopback-guard')).guardDial(await orig()));

let sim: SimNetwork;
const dir = mkdtempSync(join(tmpdir(), 'aid-cli-log-'));
const ONLY = 'signin-endpoints,push,captive-portal,dns,clock,apple-status,apple-log';

beforeAll(async () => {
  sim = await startSimNetwork({ answerAddress: STAND_IN, timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 3000 } });
});
afterAll(async () => {
  await sim?.close();
  expect(violations).toEqual([]);
});

async function run(shim: string, args: string[] = ['--json']): Promise<{ code: number; out: string }> {
  const f = join(dir, `config-${shim}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify({ ...sim.config, platform: 'darwin', toolPaths: { log: join(SHIMS, shim) } }));
  let out = '';
  const stdout = new Writable({
    write(c, _e, cb) {
      out += String(c);
      cb();
    },
  });
  const stderr = new Writable({
    write(_c, _e, cb) {
      cb();
    },
  });
  const code = await main(['check', ...args, '--config', f, '--only', ONLY], { stdout, stderr, isTTY: false, env: {} });
  return { code, out };
}

async function report(shim: string): Promise<{ code: number; report: Report }> {
  const { code, out } = await run(shim);
  const r = JSON.parse(out) as Report;
  expect(reportSchema.safeParse(r).success).toBe(true);
  return { code, report: r };
}

describe('apple-log through the CLI on a healthy simulated network', () => {
  it('a recent -7035 line turns the light amber with auth.code_not_delivered and names the code', async () => {
    await sim.faults.scenario('healthy');
    const { code, report: r } = await report('log-recent-7035');
    expect(r.verdict).toMatchObject({ light: 'amber', primaryCause: 'auth.code_not_delivered' });
    expect(r.verdict.explanation).toContain('AKAuthenticationError -7035');
    expect(r.verdict.explanation).toContain('verification code never arrived');
    expect(r.verdict.headline).toBe('Your verification code never arrived');
    expect(code).toBe(1);
    const data = findCheck(r, 'apple-log')?.data as AppleLogData;
    expect(data.windowMinutes).toBe(15);
    expect(data.truncated).toBe(false);
    expect(data.events).toHaveLength(1);
    expect(data.events[0]).toMatchObject({
      process: 'akd',
      subsystem: 'com.apple.authkit',
      domain: 'AKAuthenticationError',
      code: -7035,
      name: 'AKAppleIDAuthenticationErrorNoCodeReceived',
      cause: 'auth.code_not_delivered',
    });
    expect(Math.abs(Date.parse(data.events[0]!.at) - (Date.now() - 120_000))).toBeLessThan(30_000);
    // The e-mail and the DSID in the line never reach the report.
    expect(JSON.stringify(r)).not.toContain('jane.appleseed@icloud.com');
    expect(JSON.stringify(r)).not.toContain('1234567890');
  }, 30_000);

  it('the same line two hours old does not change the light', async () => {
    await sim.faults.scenario('healthy');
    const { code, report: r } = await report('log-old-7035');
    expect(r.verdict).toMatchObject({ light: 'green', primaryCause: null });
    expect(code).toBe(0);
    expect(findCheck(r, 'apple-log')).toMatchObject({ status: 'pass', data: { events: [] } });
  }, 30_000);

  it('a quiet log leaves a healthy network green', async () => {
    await sim.faults.scenario('healthy');
    const { report: r } = await report('log');
    expect(r.verdict.light).toBe('green');
    expect(findCheck(r, 'apple-log')).toMatchObject({ status: 'pass', data: { events: [], records: 1 } });
  }, 30_000);

  it.each([
    ['log-exit1', 'cmd.failed'],
    ['log-garbage', 'cmd.unparseable'],
    ['log-missing-tool', 'cmd.missing'],
  ])(
    '%s: the check says the log could not be read (%s) and the light stays green',
    async (shim, cause) => {
      await sim.faults.scenario('healthy');
      const { report: r } = await report(shim);
      expect(r.verdict.light).toBe('green');
      const c = findCheck(r, 'apple-log');
      expect(c).toMatchObject({ status: 'error', cause });
      expect(c?.summary).toMatch(/could not be read/);
    },
    30_000,
  );

  it('a hanging log is stopped inside the run deadline; the verdict still arrives', async () => {
    await sim.faults.scenario('healthy');
    const t0 = performance.now();
    const { report: r } = await report('log-hang');
    expect(performance.now() - t0).toBeLessThan(3000 * 1.1 + 1000);
    expect(r.verdict.light).toBe('green');
    const c = findCheck(r, 'apple-log');
    // The one line printed before the hang was read; the cut is reported.
    expect(c).toMatchObject({ status: 'pass', data: { records: 1, truncated: true } });
  }, 30_000);

  it('a 50 MB flood is cut at the byte cap without buffering it, and reported as truncated', async () => {
    await sim.faults.scenario('healthy');
    const { report: r } = await report('log-flood');
    const c = findCheck(r, 'apple-log');
    expect(c?.data).toMatchObject({ truncated: true });
    expect((c!.data as AppleLogData).records).toBeGreaterThan(1000);
    expect(r.verdict.light).toBe('green');
  }, 60_000);

  it('the human output names the event, its time and its code', async () => {
    await sim.faults.scenario('healthy');
    const { out } = await run('log-recent-7035', []);
    expect(out).toMatch(/What Apple’s software said/);
    expect(out).toMatch(/akd .*AKAuthenticationError -7035/);
    expect(out).not.toContain('jane.appleseed@icloud.com');
  }, 30_000);
});
