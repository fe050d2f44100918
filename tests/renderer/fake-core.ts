/**
 * A fake app core for the preview server: canned reports streamed check by check with small
 * delays, a settings store, canned history and the real support-report builder. Lets the UI be
 * developed and tested before (and independently of) the real core and engine.
 */
import type { PreviewCore } from '../../electron/preview/bridge-host';
import { previewAction } from '../../electron/preview/default-core';
import type { CheckId } from '../../shared/checks';
import { findAction } from '../../shared/fix-catalog';
import type { HistoryEntry } from '../../shared/history';
import { EN } from '../../shared/i18n';
import type { AppState, DiagnosisUpdate, InvokeChannel, RequestOf, ResponseOf } from '../../shared/ipc';
import type { Report } from '../../shared/report';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../shared/settings';
import { buildSupportReport } from '../../shared/support-report';
import { type CannedKind, cannedHistory, cannedReport } from './canned-reports';

export interface FakeCore extends PreviewCore {
  /** What the next run finds. */
  setScenario(kind: CannedKind): void;
  /** Calls received, for assertions. */
  calls: { channel: InvokeChannel; request: unknown }[];
}

export interface FakeCoreOptions {
  scenario?: CannedKind;
  stepDelayMs?: number;
  /** false: start without a report (first run still to come). */
  initialReport?: boolean;
  history?: HistoryEntry[];
  /** Rewrite every canned report (e.g. to plant hostile strings). */
  transform?: (r: Report) => Report;
}

export function createFakeCore(opts: FakeCoreOptions = {}): FakeCore {
  const canned = (kind: CannedKind) => (opts.transform ?? ((r: Report) => r))(cannedReport(kind, new Date()));
  let scenario: CannedKind = opts.scenario ?? 'green';
  const delay = opts.stepDelayMs ?? 60;
  const listeners = new Set<(u: DiagnosisUpdate) => void>();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let runSeq = 0;
  const state: AppState = {
    report: opts.initialReport === false ? null : canned(scenario),
    running: null,
    alertState: 'OK',
    unstable: false,
    nextCheckAt: new Date(Date.now() + 5 * 60_000).toISOString(),
  };
  const history: HistoryEntry[] = opts.history ?? cannedHistory(new Date(), 24 * 7);
  const emit = (u: DiagnosisUpdate) => {
    for (const cb of listeners) cb(u);
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function run(only?: CheckId[]): Promise<Report> {
    const runId = `fake-${++runSeq}`;
    const full = canned(scenario);
    const checks = only ? full.checks.filter((c) => only.includes(c.id)) : full.checks;
    state.running = { runId, pending: checks.map((c) => c.id), done: [] };
    emit({ kind: 'started', runId, checks: checks.map((c) => c.id) });
    for (const c of checks) {
      await sleep(delay);
      state.running = { runId, pending: state.running!.pending.filter((p) => p !== c.id), done: [...state.running!.done, c] };
      emit({ kind: 'check', runId, result: c });
    }
    // A partial run updates those checks in the last full report; the verdict is the scenario's.
    const merged: Report = only && state.report ? { ...full, checks: state.report.checks.map((c) => checks.find((n) => n.id === c.id) ?? c) } : full;
    state.report = merged;
    state.running = null;
    history.push({
      at: merged.startedAt,
      light: merged.verdict.light,
      primaryCause: merged.verdict.primaryCause,
      endpoints: {},
      durationMs: merged.durationMs,
    });
    emit({ kind: 'finished', runId, report: merged });
    emit({ kind: 'state', state: { ...state } });
    return only ? { ...full, checks } : merged;
  }

  const calls: FakeCore['calls'] = [];
  const handlers: { [C in InvokeChannel]: (req: RequestOf<C>) => Promise<ResponseOf<C>> } = {
    'app:diagnosis-run': (req) => run(req.only),
    'app:diagnosis-state': async () => ({ ...state }),
    'app:fix-run-action': async (req) => {
      const action = findAction(req.id, EN);
      return action ? previewAction(action) : { ok: false, message: 'Unknown action.' };
    },
    'app:settings-get': async () => settings,
    'app:settings-set': async (req) => {
      const next = settingsSchema.safeParse({ ...settings, ...req.patch });
      if (!next.success) throw new Error(next.error.issues.map((i) => i.message).join('; '));
      settings = next.data;
      return settings;
    },
    'app:history-list': async (req) => history.filter((h) => Date.parse(h.at) >= Date.now() - req.sinceMs),
    'app:report-export': async (req) =>
      buildSupportReport(
        {
          report: state.report,
          history: history.filter((h) => Date.parse(h.at) >= Date.now() - 86_400_000),
          request: req.options,
          now: new Date(),
        },
        EN,
      ),
    // The renderer tests do not exercise repairs: the real flow is tested in tests/service and e2e.
    'app:repair-plan': async (req) => ({
      repair: req.repair,
      planId: null,
      title: req.repair,
      words: '',
      command: null,
      admin: true,
      manual: 'Not in this fake.',
    }),
    'app:repair-run': async () => ({ repair: 'flush-dns', outcome: 'failed', message: 'Not in this fake.', lightAfter: null, undo: null }),
    'app:step-tick': async () => ({ ok: true }),
    'app:steps-list': async () => [],
  };

  return {
    calls,
    setScenario(kind) {
      scenario = kind;
    },
    invoke(channel, request) {
      calls.push({ channel, request });
      return (handlers[channel] as (r: unknown) => Promise<never>)(request);
    },
    onUpdate(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async start() {},
    async stop() {
      listeners.clear();
    },
  };
}
