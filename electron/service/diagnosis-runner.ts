/**
 * Runs one diagnosis through the engine and streams its progress as DiagnosisUpdates, keeping
 * `AppState.running` current. Also merges a partial run (a fix card's Re-check) into the last full
 * report so the UI always holds one coherent report. No Electron imports.
 */
import type { CheckId } from '../../shared/checks';
import type { Config } from '../../shared/config';
import type { AppState, DiagnosisUpdate } from '../../shared/ipc';
import type { CheckResult, Report } from '../../shared/report';
import type { runDiagnosis as RunDiagnosis } from '../engine/run-diagnosis';
import type { EngineDeps } from '../engine/types';

export type RunDiagnosisFn = typeof RunDiagnosis;
export type ComputeVerdictFn = (checks: readonly CheckResult[], now?: number) => Report['verdict'];

export interface DiagnosisRunnerDeps {
  config: () => Config;
  engineDeps: EngineDeps;
  runDiagnosis: () => Promise<RunDiagnosisFn>;
  emit: (u: DiagnosisUpdate) => void;
  running: {
    get(): AppState['running'];
    set(r: AppState['running']): void;
  };
}

export interface DiagnosisRunner {
  /** Run the engine; `configure` adjusts this one run's config (the monitor's log window). */
  run(opts: { only?: CheckId[]; signal: AbortSignal; configure?: (c: Config) => Config }): Promise<{ runId: string; report: Report }>;
}

export function createDiagnosisRunner(d: DiagnosisRunnerDeps): DiagnosisRunner {
  let seq = 0;
  return {
    async run({ only, signal, configure }) {
      seq++;
      const runId = `run-${seq}`;
      const engine = await d.runDiagnosis();
      const config = d.config();
      const report = await engine({
        config: configure ? configure(config) : config,
        deps: d.engineDeps,
        ...(only ? { only } : {}),
        signal,
        onEvent: (e) => {
          if (e.kind === 'started') {
            d.running.set({ runId, pending: [...e.checks], done: [] });
            d.emit({ kind: 'started', runId, checks: [...e.checks] });
          } else {
            const r = d.running.get();
            if (r && r.runId === runId) {
              d.running.set({ runId, pending: r.pending.filter((id) => id !== e.result.id), done: [...r.done, e.result] });
            }
            d.emit({ kind: 'check', runId, result: e.result });
          }
        },
      });
      if (d.running.get()?.runId === runId) d.running.set(null);
      return { runId, report };
    },
  };
}

/**
 * The last full report with the re-checked results swapped in and the verdict recomputed from
 * all evidence. `startedAt` stays the full report's: the report is as old as its oldest part.
 */
export function mergeReports(base: Report, partial: Report, computeVerdict: ComputeVerdictFn, nowMs: number): Report {
  const checks = mergeChecks(base.checks, partial.checks);
  return { ...base, checks, verdict: computeVerdict(checks, nowMs) };
}

/**
 * `base`'s results in their order with each one `fresh` measured again in its place, then the
 * fresh ones `base` lacks; `kept` is applied to every base result not measured again.
 */
export function mergeChecks(base: readonly CheckResult[], fresh: readonly CheckResult[], kept: (c: CheckResult) => CheckResult = (c) => c): CheckResult[] {
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const checks = base.map((c) => byId.get(c.id) ?? kept(c));
  for (const c of fresh) if (!base.some((b) => b.id === c.id)) checks.push(c);
  return checks;
}
