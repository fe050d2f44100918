/**
 * The app core: everything the menu-bar app does that is not Electron — the monitor (one
 * scheduler + the pure alert machine), history, settings, fix actions, support export and the
 * dispatch of every IPC contract call. The Electron shell (electron/shell/main.ts) and the browser
 * preview (electron/preview) both drive this same object; neither duplicates its logic.
 * NO Electron imports here: notifications and fix actions come in through `Notifier`/`ActionRunner`.
 */
import { hostname } from 'node:os';
import type { Cause } from '../../shared/causes';
import type { CheckId } from '../../shared/checks';
import type { Config } from '../../shared/config';
import { findAction } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { EN, type Translator } from '../../shared/i18n';
import { type ActionResult, type AppState, CHANNELS, type DiagnosisUpdate, type InvokeChannel, type RequestOf, type ResponseOf } from '../../shared/ipc';
import { type ManagedSettings, managedInfo } from '../../shared/managed-settings';
import type { Report } from '../../shared/report';
import type { Settings } from '../../shared/settings';
import type { Clock, EngineDeps } from '../engine/types';
import { type NoticeKind, noticesFor } from './alert-notices';
import { type ComputeVerdictFn, createDiagnosisRunner, mergeReports, type RunDiagnosisFn } from './diagnosis-runner';
import { withManagedSettings } from './managed/managed-store';
import { advance, initialAlertState, isFailure } from './monitor/alert-machine';
import { type CyclePlan, carryForward, fullPlan, type LastFullRun, needsFollowUp, planCycle, SLOW_CHECKS } from './monitor/cycle-scope';
import { createScheduler, type RunOutcome, type RunReason, type SchedulerOptions, type SchedulerTimers } from './monitor/scheduler';
import { type AdminRunner, createRepairRunner } from './repair-runner';
import { actionRecord, recheckRecord, tickRecord } from './step-words';
import { historyEntryOf } from './store/history-entry';
import { createHistoryStore } from './store/history-store';
import type { StoreIssue } from './store/set-aside';
import { createSettingsStore } from './store/settings-store';
import { createStepsLog } from './store/steps-log';

export interface Notifier {
  notify(n: { title: string; body: string; cause: Cause | null; kind: NoticeKind }): void;
}

/** Runs a fix action's side effect (Electron: shell/clipboard; preview: explains + clipboardText). */
export interface ActionRunner {
  run(action: FixAction): Promise<ActionResult>;
}

export interface AppCoreDeps {
  config: Config;
  engineDeps: EngineDeps;
  /** Injectable for tests; default: the engine's runDiagnosis, loaded on first use. */
  runDiagnosis?: RunDiagnosisFn;
  /** Injectable for tests; default: the engine's computeVerdict (used to merge a Re-check). */
  computeVerdict?: ComputeVerdictFn;
  clock: Clock;
  timers?: SchedulerTimers;
  notifier: Notifier;
  actions: ActionRunner;
  /** History and settings live here. */
  dataDir: string;
  /** Scheduler tuning and deterministic jitter (tests, bench). */
  schedule?: Pick<SchedulerOptions<unknown>, 'random' | 'firstRetryMs' | 'jitter' | 'wakeGraceMs' | 'networkSettleMs' | 'freshMs'>;
  /** MDM-managed settings (electron/service/managed/managed-prefs.ts); they win over the user's. */
  managed?: ManagedSettings;
  /** Runs the repairs' osascript (default: the engine's command runner, tool `osascript`). */
  admin?: AdminRunner;
  /** Where store repairs and notifier failures are reported (default console.warn). */
  log?: (line: string) => void;
  /** The app's language for notification texts, read at each notification (default English). */
  translator?: () => Translator;
}

export interface AppCore {
  /** Dispatch one contract call (request already validated by the caller's wrapper with CONTRACT[channel].request). */
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  onUpdate(cb: (u: DiagnosisUpdate) => void): () => void;
  signals: { wake(): void; suspend(): void; lock(): void; unlock(): void; networkChanged(): void; popoverOpened(): void };
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Current settings, synchronously (tray title, login item). */
  settings(): Settings;
  /** Called after every successful settings change. */
  onSettingsChange(cb: (s: Settings) => void): () => void;
  /** True on the very first launch (no settings file existed). */
  readonly firstRun: boolean;
  /** Repairs the stores made (corrupt files set aside, torn lines skipped). */
  storeIssues(): StoreIssue[];
}

const HISTORY_FOR_EXPORT_MS = 30 * 86_400_000;

type Cycle = { report: Report; outcome: RunOutcome };

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { clock } = deps;
  const log = deps.log ?? ((line: string) => console.warn(`appleid-doctor: ${line}`));
  const translator = deps.translator ?? (() => EN);
  const settingsStore = withManagedSettings(
    createSettingsStore(deps.dataDir, () => clock.now()),
    deps.managed,
  );
  const history = createHistoryStore({ dir: deps.dataDir, now: () => clock.now() });
  const updateListeners = new Set<(u: DiagnosisUpdate) => void>();
  const settingsListeners = new Set<(s: Settings) => void>();
  let machine = initialAlertState();
  let fullAbort: AbortController | null = null;
  /** The last full (not watch-only) scheduled run, for monitor/cycle-scope.ts. */
  let lastFull: LastFullRun | null = null;
  /** When each result a Re-check merged since the last full run was measured (carryForward). */
  const remeasured = new Map<CheckId, string>();
  /** Monotonic time the clock and the captive-portal results shown now were measured (cycle-scope.ts SLOW_CHECKS). */
  const slowMeasured = new Map<CheckId, number>();
  const noteMeasured = (only: readonly CheckId[] | undefined, startedMono: number) => {
    for (const id of SLOW_CHECKS) if (!only || only.includes(id)) slowMeasured.set(id, startedMono);
  };
  /** The healthy interval, read afresh each time (a settings change applies at once). */
  const intervalMs = (): number => settingsStore.get().intervalMinutes * 60_000;
  const partials = new Map<string, Promise<Report>>();
  const partialCtls = new Set<AbortController>();
  const steps = createStepsLog({ dir: deps.dataDir, now: () => clock.now(), log });
  const stamp = () => new Date(clock.now()).toISOString();
  const state: AppState = {
    report: null,
    running: null,
    alertState: 'OK',
    unstable: false,
    nextCheckAt: null,
    ...(deps.managed ? { managed: managedInfo(deps.managed) } : {}),
  };

  /** Run a callback we do not own: its failure is logged, never propagated into the monitor. */
  function guarded(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      log(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  function emit(u: DiagnosisUpdate): void {
    for (const cb of updateListeners) guarded('update listener', () => cb(u));
  }
  const snapshot = (): AppState => ({ ...state });
  const emitState = () => emit({ kind: 'state', state: snapshot() });

  /** The engine config with the user's clock thresholds (Settings are seconds, Config ms). */
  function runConfig(): Config {
    const s = settingsStore.get();
    return { ...deps.config, clock: { warnMs: s.clockWarnSeconds * 1000, failMs: s.clockFailSeconds * 1000 } };
  }

  // The engine is loaded on first use: importing the core stays cheap (tests, preview start-up).
  const engine = async (): Promise<RunDiagnosisFn> => deps.runDiagnosis ?? (await import('../engine/run-diagnosis')).runDiagnosis;
  const verdictFn = async (): Promise<ComputeVerdictFn> => deps.computeVerdict ?? (await import('../engine/verdict')).computeVerdict;

  const runner = createDiagnosisRunner({
    config: runConfig,
    engineDeps: deps.engineDeps,
    runDiagnosis: engine,
    emit,
    running: {
      get: () => state.running,
      set: (r) => {
        state.running = r;
      },
    },
  });

  /**
   * One scheduled diagnosis: engine → alert machine → notifications → history → UI. Full, or on
   * a green light between full runs without the checks it carries forward; such a cycle that is
   * not green is followed at once by a full run, and only that one is shown and recorded
   * (monitor/cycle-scope.ts).
   */
  async function scheduledCycle(reason: RunReason): Promise<Cycle> {
    const windowMinutes = deps.config.appleLog.windowMinutes;
    let startedMono = clock.mono();
    let startedWall = clock.now();
    let plan = planCycle({
      reason,
      base: state.report,
      last: lastFull,
      nowMono: startedMono,
      nowWall: startedWall,
      intervalMs: intervalMs(),
      windowMinutes,
      measuredMono: (id) => slowMeasured.get(id),
    });
    let run = await runPlan(plan);
    if (!run.aborted && needsFollowUp(plan, run.report)) {
      startedMono = clock.mono();
      startedWall = clock.now();
      plan = fullPlan({ last: lastFull, nowMono: startedMono, windowMinutes });
      run = await runPlan(plan);
    }
    const { runId, report } = run;
    if (run.aborted) return { report: state.report ?? report, outcome: 'discarded' };
    noteMeasured(plan.only, startedMono);
    if (plan.full) {
      lastFull = { startedMono, startedWall, macosProbes: report.platform.macosProbes };
      remeasured.clear();
    }
    const v = report.verdict;
    const sample = { at: clock.mono(), light: v.light, cause: v.primaryCause, causes: v.primaryCause ? [v.primaryCause, ...v.otherCauses] : v.otherCauses };
    const step = advance(machine, sample);
    machine = step.state;
    state.report = report;
    state.alertState = machine.state;
    state.unstable = machine.unstable;
    for (const n of noticesFor(step.events, settingsStore.get(), translator())) guarded('notification', () => deps.notifier.notify(n));
    emit({ kind: 'finished', runId, report });
    emitState();
    // Not awaited: the store serialises its writes (and never rejects), and the schedule must
    // not depend on disk latency.
    void history.append(historyEntryOf(report, { state: machine.state, unstable: machine.unstable }));
    return { report, outcome: isFailure(sample) ? 'fail' : 'ok' };
  }

  /**
   * Run one plan. The report carries forward what the plan did not measure, from the report shown
   * now, not the one at the start: a Re-check that finished meanwhile has the newer results.
   * `aborted` when sleep or shutdown cut it short: not evidence about the network, kept out of alerts.
   */
  async function runPlan(plan: CyclePlan): Promise<{ runId: string; report: Report; aborted: boolean }> {
    const ctl = new AbortController();
    fullAbort = ctl;
    let run: { runId: string; report: Report };
    try {
      run = await runner.run({ signal: ctl.signal, configure: plan.configure, ...(plan.only ? { only: plan.only } : {}) });
    } finally {
      if (fullAbort === ctl) fullAbort = null;
    }
    if (ctl.signal.aborted) {
      emitState();
      return { ...run, aborted: true };
    }
    const shown = state.report;
    const report = plan.only && shown ? carryForward(shown, run.report, await verdictFn(), clock.now(), (id) => remeasured.get(id)) : run.report;
    return { runId: run.runId, report, aborted: false };
  }

  const scheduler = createScheduler<Cycle>({
    clock,
    timers: deps.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h) },
    intervalMs,
    run: (reason) => scheduledCycle(reason),
    classify: (c) => c.outcome,
    onScheduleChange: (due) => {
      state.nextCheckAt = due === null ? null : new Date(clock.now() + Math.max(0, due - clock.mono())).toISOString();
      emitState();
    },
    ...deps.schedule,
  });

  /** Sleep or shutdown: cut every run short (their results are not evidence) and pause. */
  function abortRuns(reason: string): void {
    fullAbort?.abort(new Error(reason));
    for (const c of partialCtls) c.abort(new Error(reason));
    scheduler.suspend();
  }

  /** A fix card's Re-check: run only these checks, merge into the last full report. */
  function partialRun(only: NonNullable<RequestOf<'app:diagnosis-run'>['only']>): Promise<Report> {
    // A full run in flight covers every check: join it rather than probing twice.
    if (scheduler.inFlight()) return scheduler.trigger('manual').then((c) => c.report);
    const key = [...new Set(only)].sort().join(',');
    const joined = partials.get(key);
    if (joined) return joined;
    const ctl = new AbortController();
    partialCtls.add(ctl);
    const p = (async () => {
      const startedMono = clock.mono();
      const { runId, report: partial } = await runner.run({ only, signal: ctl.signal });
      if (ctl.signal.aborted) {
        emitState();
        return state.report ?? partial; // cut short: not evidence, keep what we had
      }
      noteMeasured(only, startedMono);
      const merged = state.report ? mergeReports(state.report, partial, await verdictFn(), clock.now()) : partial;
      // Measured after the report they joined started: a cycle that carries them gives their own time.
      for (const c of partial.checks) remeasured.set(c.id, partial.startedAt);
      state.report = merged;
      emit({ kind: 'finished', runId, report: merged });
      emitState();
      return merged;
    })().finally(() => {
      partials.delete(key);
      partialCtls.delete(ctl);
    });
    partials.set(key, p);
    return p;
  }

  async function runAction(id: string): Promise<ActionResult> {
    const action = findAction(id, translator());
    if (!action) return { ok: false, message: 'This action is not available.' };
    if (action.kind === 'recheck') return { ok: true, message: 'Checking again…', recheck: [...action.checks] };
    let result: ActionResult;
    try {
      result = await deps.actions.run(action);
    } catch (err) {
      result = { ok: false, message: `Could not do that: ${(err as Error).message}` };
    }
    const rec = actionRecord(id, action, result.ok, stamp(), translator());
    if (rec) void steps.append(rec);
    return result;
  }

  /** Manual runs not finished yet, with their steps-log record: stop() waits for them. */
  const manualRuns = new Set<Promise<Report>>();
  /** Check now / Re-check from the UI, recorded with the light after it. */
  function manualRun(only: RequestOf<'app:diagnosis-run'>['only']): Promise<Report> {
    const p = (async () => {
      const report = only ? await partialRun(only) : (await scheduler.trigger('manual')).report;
      void steps.append(recheckRecord(only, report, stamp(), translator()));
      return report;
    })();
    manualRuns.add(p);
    void p.finally(() => manualRuns.delete(p)).catch(() => undefined);
    return p;
  }

  const repairs = createRepairRunner({
    runner: deps.engineDeps.runner,
    admin: deps.admin ?? ((args, o) => deps.engineDeps.runner.run('osascript', args, o)),
    dataDir: deps.dataDir,
    now: () => clock.now(),
    commandTimeoutMs: deps.config.timeouts.commandMs,
    report: () => state.report,
    recheck: (checks) => manualRun(checks),
    record: (r) => void steps.append(r),
  });

  function setSettings(patch: RequestOf<'app:settings-set'>['patch']): Settings {
    const before = settingsStore.get();
    const after = settingsStore.set(patch);
    if (after.intervalMinutes !== before.intervalMinutes) scheduler.reschedule();
    for (const cb of settingsListeners) guarded('settings listener', () => cb(after));
    return after;
  }

  const handlers: { [C in InvokeChannel]: (req: RequestOf<C>) => Promise<ResponseOf<C>> } = {
    [CHANNELS.runNow]: (req) => manualRun(req.only),
    [CHANNELS.getState]: async () => snapshot(),
    [CHANNELS.runAction]: (req) => runAction(req.id),
    [CHANNELS.getSettings]: async () => settingsStore.get(),
    [CHANNELS.setSettings]: async (req) => setSettings(req.patch),
    [CHANNELS.listHistory]: (req) => history.list(req.sinceMs),
    [CHANNELS.exportReport]: async (req) => {
      // Loaded on demand: export is rare and pulls in the redaction rules.
      const { buildSupportReport } = await import('../../shared/support-report');
      return buildSupportReport(
        {
          report: state.report,
          history: await history.list(HISTORY_FOR_EXPORT_MS),
          request: req.options,
          now: new Date(clock.now()),
          machineNames: machineNames(),
          steps: await steps.list(HISTORY_FOR_EXPORT_MS),
        },
        translator(),
      );
    },
    [CHANNELS.repairPlan]: (req) => repairs.plan(req.repair, req.cardId),
    [CHANNELS.repairRun]: (req) => repairs.run(req.planId),
    [CHANNELS.stepTick]: async (req) => {
      await steps.append(tickRecord(req.id, req.done, stamp(), translator()));
      return { ok: true as const };
    },
    [CHANNELS.listSteps]: (req) => steps.list(req.sinceMs),
  };

  return {
    invoke: (channel, request) => handlers[channel](request),
    onUpdate(cb) {
      updateListeners.add(cb);
      return () => void updateListeners.delete(cb);
    },
    signals: {
      wake: () => scheduler.wake(),
      suspend: () => abortRuns('system suspended'),
      lock: () => scheduler.lock(),
      unlock: () => scheduler.unlock(),
      networkChanged: () => scheduler.networkChanged(),
      popoverOpened: () => scheduler.popoverOpened(),
    },
    async start() {
      const issues = [...settingsStore.issues, ...(await history.open())];
      for (const issue of issues) {
        log(`${issue.kind} in ${issue.file}: ${issue.message}${issue.setAsidePath ? ` (kept as ${issue.setAsidePath})` : ''}`);
      }
      // Degraded mode: diagnosis, tray and IPC work as usual; the person is told once what is not kept.
      const trouble = issues.find((i) => i.kind === 'unwritable' || i.kind === 'unreadable');
      if (trouble) {
        guarded('notification', () =>
          deps.notifier.notify({
            kind: 'storage',
            cause: null,
            title: translator().t('tray.notice.storage', { app: 'appleid-doctor' }),
            body: translator().t('tray.notice.storageBody', { file: trouble.file, problem: trouble.message }),
          }),
        );
      }
      scheduler.start();
    },
    async stop() {
      abortRuns('stopping');
      await scheduler.stop();
      await Promise.allSettled([...partials.values(), ...manualRuns]);
      // Nothing may still be writing when stop() resolves: the app quits right after it.
      await Promise.all([history.close(), steps.idle()]);
    },
    settings: () => settingsStore.get(),
    onSettingsChange(cb) {
      settingsListeners.add(cb);
      return () => void settingsListeners.delete(cb);
    },
    firstRun: settingsStore.firstRun,
    storeIssues: () => [...settingsStore.issues, ...history.issues()],
  };
}

/**
 * This computer's name, to hide in support reports even when it does not end in ".local".
 * Redaction replaces it case-insensitively everywhere, so short or generic names are left out.
 */
function machineNames(): string[] {
  const name = hostname().replace(/\.local$/i, '');
  return name.length >= 5 && !/^(localhost|macbook|imac|mac-?mini)$/i.test(name) ? [name] : [];
}
