/** Canned reports and a scriptable fake engine for the app-core tests (no network). */

import type { RunDiagnosisFn } from '../../electron/service/diagnosis-runner';
import type { Cause } from '../../shared/causes';
import { CHECK_META, type CheckId } from '../../shared/checks';
import type { CheckResult, Light, Report } from '../../shared/report';
import type { VirtualTime } from './monitor/virtual-time';

export function checkResult(id: CheckId, status: CheckResult['status'], cause: Cause | null = null, data: Record<string, unknown> = {}): CheckResult {
  return { id, title: CHECK_META[id].title, group: CHECK_META[id].group, status, cause, summary: `${id} ${status}`, durationMs: 12, data, fixes: [] };
}

export function fakeReport(light: Light, cause: Cause | null = null, startedAt = '2026-01-15T09:00:00.000Z'): Report {
  const failing = light === 'red';
  return {
    schema: 'appleid-doctor/report@1',
    startedAt,
    durationMs: 640,
    platform: { os: 'linux', release: '6', arch: 'x64', macosProbes: false },
    verdict: {
      light,
      headline: light === 'green' ? 'You can sign in' : light === 'amber' ? 'You can sign in, with a problem' : 'You cannot sign in right now',
      primaryCause: cause,
      explanation: '',
      otherCauses: [],
    },
    checks: [
      checkResult('signin-endpoints', failing ? 'fail' : 'pass', failing ? cause : null, {
        endpoints: [
          { id: 'appleid', failure: failing ? { phase: 'tcp', cause, code: null, message: '' } : null, totalMs: 84.4 },
          { id: 'idmsa', failure: failing ? { phase: 'tcp', cause, code: null, message: '' } : null, totalMs: 120 },
        ],
      }),
      checkResult('dns', 'pass'),
      checkResult('clock', 'pass'),
    ],
  };
}

export interface FakeEngine {
  fn: RunDiagnosisFn;
  calls: { only: readonly CheckId[] | undefined; clock: { warnMs: number; failMs: number }; logWindowMinutes: number; pushPorts: readonly number[] }[];
  /**
   * What the next cycles return (the last one repeats). A full run that follows a partial one at
   * once (the monitor's follow-up, cycle-scope.ts `needsFollowUp`) sees the same network: it gets
   * the partial run's entry again, so a script is one entry per cycle.
   */
  script: Report[];
}

/** A runDiagnosis that streams its checks and takes `durationMs` of virtual time; abort ends it early. */
export function fakeEngine(vt: VirtualTime, script: Report[], durationMs = 2_000): FakeEngine {
  let partial: { base: Report; endedAt: number } | null = null;
  const e: FakeEngine = {
    calls: [],
    script,
    fn: (opts) => {
      e.calls.push({ only: opts.only, clock: opts.config.clock, logWindowMinutes: opts.config.appleLog.windowMinutes, pushPorts: opts.config.push.ports });
      const followUp = !opts.only && partial !== null && partial.endedAt === vt.now();
      const base = followUp && partial ? partial.base : e.script.length > 1 ? e.script.shift()! : e.script[0]!;
      partial = null;
      if (opts.only) partial = { base, endedAt: vt.now() + durationMs };
      const wanted = opts.only ? base.checks.filter((c) => opts.only!.includes(c.id)) : base.checks;
      const report: Report = { ...base, checks: wanted, startedAt: new Date(vt.now()).toISOString() };
      opts.onEvent?.({ kind: 'started', checks: wanted.map((c) => c.id) });
      return new Promise((resolve) => {
        const h = vt.setTimeout(() => {
          for (const c of wanted) opts.onEvent?.({ kind: 'check', result: c });
          resolve(report);
        }, durationMs);
        opts.signal?.addEventListener('abort', () => {
          vt.clearTimeout(h as never);
          resolve({ ...report, verdict: { ...report.verdict, light: 'red', primaryCause: 'probe.failed' } });
        });
      });
    },
  };
  return e;
}
