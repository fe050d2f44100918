import { describe, expect, it } from 'vitest';
import { type DiagnosisEvent, runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { CheckContext, CheckDefinition, CheckOutcome, EngineDeps } from '../../electron/engine/types';
import type { CheckId } from '../../shared/checks';
import { type Config, resolveConfig } from '../../shared/config';
import { reportSchema } from '../../shared/report';

function config(extra: Record<string, unknown> = {}): Config {
  const r = resolveConfig({ proxy: 'direct', ...extra });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.config;
}

const deps: EngineDeps = {
  clock: { now: () => Date.now(), mono: () => performance.now() },
  runner: {
    run: async () => ({ stdout: '', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError: 'refused in test' }),
  },
  network: { interfaces: async () => [] },
  env: {},
};

const ok: CheckOutcome = { status: 'pass', cause: null, summary: 'fine', message: { key: 'checks.account.signed_in' }, data: {} };
function fake(id: CheckId, run: (ctx: CheckContext) => Promise<CheckOutcome>, kind: 'network' | 'macos' = 'network'): CheckDefinition {
  return { id, kind, measure: run, judge: (outcome) => outcome as CheckOutcome };
}
const signinOk = fake('signin-endpoints', async () => ({ ...ok, data: { endpoints: [], reachable: 4, total: 4 } }));

describe('runDiagnosis', () => {
  it('runs checks in parallel and streams each result before the report', async () => {
    const events: DiagnosisEvent[] = [];
    const slow = (id: CheckId, ms: number) => fake(id, () => new Promise((r) => setTimeout(() => r(ok), ms)));
    const t0 = performance.now();
    const report = await runDiagnosis({
      config: config(),
      deps,
      checks: [signinOk, slow('push', 150), slow('clock', 150), slow('dns', 150)],
      onEvent: (e) => events.push(e),
    });
    expect(performance.now() - t0).toBeLessThan(400); // 3 × 150 ms sequentially would be 450+
    expect(events[0]).toEqual({ kind: 'started', checks: ['signin-endpoints', 'push', 'clock', 'dns'] });
    expect(events.filter((e) => e.kind === 'check')).toHaveLength(4);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.verdict.light).toBe('green');
  });

  it('turns a throwing check into an error result instead of losing it', async () => {
    const report = await runDiagnosis({
      config: config(),
      deps,
      checks: [
        signinOk,
        fake('clock', async () => {
          throw new Error('boom');
        }),
      ],
    });
    const clock = report.checks.find((c) => c.id === 'clock');
    expect(clock).toMatchObject({ status: 'error', cause: 'probe.failed' });
    expect(clock?.summary).toMatch(/boom/);
  });

  it('never waits past the deadline for a check that ignores its signal', async () => {
    const hang = fake('clock', () => new Promise(() => {}));
    const t0 = performance.now();
    const report = await runDiagnosis({ config: config({ timeouts: { totalMs: 300 } }), deps, checks: [signinOk, hang] });
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(300 * 1.1 + 300);
    expect(report.checks.find((c) => c.id === 'clock')).toMatchObject({ status: 'error', cause: 'probe.failed' });
  });

  it('aborts the signal handed to checks at the deadline', async () => {
    let aborted = false;
    const polite = fake(
      'dns',
      (ctx) =>
        new Promise((r) =>
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
            r({ ...ok, status: 'error', cause: 'dns.timeout' });
          }),
        ),
    );
    await runDiagnosis({ config: config({ timeouts: { totalMs: 100 } }), deps, checks: [signinOk, polite] });
    expect(aborted).toBe(true);
  });

  it('skips macOS checks off macOS unless the platform override says darwin', async () => {
    const mac = fake('firewall', async () => ok, 'macos');
    const off = await runDiagnosis({ config: config({ platform: 'linux' }), deps, checks: [signinOk, mac] });
    expect(off.checks.find((c) => c.id === 'firewall')).toMatchObject({ status: 'skip' });
    expect(off.platform.macosProbes).toBe(false);
    const on = await runDiagnosis({ config: config({ platform: 'darwin' }), deps, checks: [signinOk, mac] });
    expect(on.checks.find((c) => c.id === 'firewall')).toMatchObject({ status: 'pass' });
  });

  it('runs only the requested checks', async () => {
    const report = await runDiagnosis({ config: config(), deps, only: ['clock'], checks: [signinOk, fake('clock', async () => ok)] });
    expect(report.checks.map((c) => c.id)).toEqual(['clock']);
  });

  it('shares one computation between checks through memo', async () => {
    let computed = 0;
    const read = (ctx: CheckContext) =>
      ctx.memo('x', async () => {
        computed += 1;
        return 1;
      });
    const reader = (id: CheckId) =>
      fake(id, async (ctx) => {
        await read(ctx);
        return ok;
      });
    await runDiagnosis({ config: config(), deps, checks: [signinOk, reader('proxy'), reader('vpn')] });
    expect(computed).toBe(1);
  });

  it('attaches the fix cards for a failing cause', async () => {
    const report = await runDiagnosis({
      config: config(),
      deps,
      checks: [
        fake('signin-endpoints', async () => ({
          status: 'fail',
          cause: 'dns.nxdomain',
          summary: 'x',
          message: { key: 'checks.dns.no_answer' },
          data: { endpoints: [] },
        })),
      ],
    });
    expect(report.checks[0]!.fixes.length).toBeGreaterThan(0);
    expect(report.verdict.light).toBe('red');
  });
});
