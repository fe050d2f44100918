/**
 * Everything the UI does that has a side effect: calls through the bridge, and the store updates
 * that follow. Components call these; stores stay plain data (zustand "actions outside the store").
 */
import type { CheckId } from '../shared/checks';
import type { BridgeApi, DiagnosisUpdate } from '../shared/ipc';
import type { RepairId, RepairPlanView, RepairRunResult, StepRecord } from '../shared/repairs';
import type { SettingsPatch } from '../shared/settings';
import { recheckOutcome } from './lib/recheck';
import { sanitizeStepsDone, stepsForExport } from './lib/steps-done';
import { type HistoryWindow, historyStore, reportStore, settingsStore } from './stores/data-stores';
import { diagnosisStore, receiveState, receiveUpdate } from './stores/diagnosis-store';
import { followSetting, tr } from './stores/i18n-store';
import { type Tab, uiStore } from './stores/ui-store';

const STEPS_KEY = 'appleid-doctor.steps-done';
const DAY_MS = 86_400_000;
let bridge: BridgeApi | null = null;
let toastSeq = 0;
let reportSeq = 0;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

function need(): BridgeApi {
  if (!bridge) throw new Error('not connected');
  return bridge;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Connect the stores to a bridge: subscribe to pushes, then load the current state. */
export function attachBridge(b: BridgeApi): () => void {
  bridge = b;
  try {
    uiStore.setState({ stepsDone: sanitizeStepsDone(JSON.parse(localStorage.getItem(STEPS_KEY) ?? '{}')) });
  } catch {
    // Storage unavailable or corrupt: start with no ticks.
  }
  const off = b.diagnosis.onUpdate((u: DiagnosisUpdate) => {
    receiveUpdate(u);
    if (u.kind === 'finished' && uiStore.getState().tab === 'history') void loadHistory();
  });
  b.diagnosis
    .getState()
    .then(receiveState)
    .catch((err) => diagnosisStore.setState({ bridgeError: message(err) }));
  return off;
}

/** Report that no bridge could be set up at all. */
export function bridgeFailed(err: unknown): void {
  diagnosisStore.setState({ bridgeError: message(err) });
}

/** Show a short message at the bottom of the popover. */
export function showToast(text: string, tone: 'info' | 'error' = 'info'): void {
  clearTimeout(toastTimer);
  uiStore.setState({ toast: { id: ++toastSeq, text, tone } });
  toastTimer = setTimeout(() => uiStore.setState({ toast: null }), 4000);
}

/** Switch tab, loading what that tab needs. */
export function openTab(tab: Tab): void {
  uiStore.setState({ tab });
  if (tab === 'history') void loadHistory();
  if (tab === 'settings' && !settingsStore.getState().settings) void loadSettings();
  if (tab === 'report') void buildReport();
}

/** Run every check now. */
export async function checkNow(): Promise<void> {
  if (diagnosisStore.getState().checking) return;
  diagnosisStore.setState({ checking: true });
  try {
    await need().diagnosis.runNow();
  } catch (err) {
    showToast(tr().t('ui.toast.runFailed', { error: message(err) }), 'error');
  } finally {
    diagnosisStore.setState({ checking: false });
  }
}

/**
 * Re-run only `checks` for a fix card (or symptom guide) and record whether the problem of the
 * `watched` checks is gone.
 */
export async function recheck(key: string, checks: CheckId[], watched: CheckId[]): Promise<void> {
  uiStore.setState((s) => ({ rechecks: { ...s.rechecks, [key]: { state: 'running' } } }));
  try {
    const report = await need().diagnosis.runNow(checks);
    // A symptom guide diagnoses; a fix card confirms a fix.
    const outcome = recheckOutcome(report, checks, watched, key.startsWith('symptom.') ? 'diagnose' : 'fix', tr());
    uiStore.setState((s) => ({ rechecks: { ...s.rechecks, [key]: { state: 'done', at: new Date().toISOString(), ...outcome } } }));
  } catch (err) {
    uiStore.setState((s) => ({
      rechecks: {
        ...s.rechecks,
        [key]: { state: 'done', at: new Date().toISOString(), worked: null, text: tr().t('ui.recheck.failed', { error: message(err) }) },
      },
    }));
  }
}

/** Put text on the clipboard; true on success. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Run a catalog action by id (`<owner>#<step>`); a recheck result re-runs the named checks. */
export async function runAction(owner: string, step: number, watched: CheckId[]): Promise<void> {
  try {
    const result = await need().fixes.runAction(`${owner}#${step}`);
    if (result.clipboardText !== undefined) {
      const copied = await copyText(result.clipboardText);
      if (!copied) return showToast(tr().t('ui.toast.clipboardCommand'), 'error');
    }
    if (result.recheck?.length) {
      await recheck(owner, result.recheck, watched);
      return;
    }
    showToast(result.message || (result.ok ? tr().t('ui.toast.done') : tr().t('ui.toast.didNotWork')), result.ok ? 'info' : 'error');
  } catch (err) {
    showToast(tr().t('ui.toast.failed', { error: message(err) }), 'error');
  }
}

/** Tick or untick a step; ticks carry the time for the support report. */
export function toggleStep(owner: string, step: number): void {
  const key = `${owner}#${step}`;
  const next = { ...uiStore.getState().stepsDone };
  if (next[key]) delete next[key];
  else next[key] = new Date().toISOString();
  uiStore.setState({ stepsDone: next });
  // Also into the steps-tried log in main (with the time it records); a failure there is not the user's.
  void bridge?.steps.tick(key, !!next[key]).catch(() => {});
  try {
    localStorage.setItem(STEPS_KEY, JSON.stringify(next));
  } catch {
    // Not persisted; still kept for this session.
  }
}

/** Open a symptom guide and run its checks first. */
export function openSymptom(id: string | null, checks: CheckId[] = []): void {
  uiStore.setState({ symptomId: id });
  if (id) reportStore.setState({ symptom: id });
  if (id && checks.length) void recheck(`symptom.${id}`, checks, checks);
}

export async function loadSettings(): Promise<void> {
  try {
    const settings = await need().settings.get();
    settingsStore.setState({ settings, error: null });
    void followSetting(settings.language);
  } catch (err) {
    settingsStore.setState({ error: message(err) });
  }
}

/**
 * Save a settings change. The control moves at once (optimistic); the main process validates the
 * change and answers with the settings in force, which replace ours — or we go back on refusal.
 */
export async function saveSettings(patch: SettingsPatch): Promise<void> {
  const before = settingsStore.getState().settings;
  if (before) settingsStore.setState({ settings: { ...before, ...patch } });
  try {
    const settings = await need().settings.set(patch);
    settingsStore.setState({ settings, error: null, savedAt: Date.now() });
    // The language setting takes effect at once, in this window (main re-words the tray itself).
    if (patch.language !== undefined) void followSetting(settings.language);
  } catch {
    // The main process's wording is for logs (it names fields and schema rules); a person reads this.
    settingsStore.setState({ settings: before, error: tr().t('ui.settings.refused') });
  }
}

export async function loadHistory(window?: HistoryWindow): Promise<void> {
  const w = window ?? historyStore.getState().window;
  historyStore.setState({ window: w, loading: true });
  try {
    historyStore.setState({ entries: await need().history.list(w === '24h' ? DAY_MS : 7 * DAY_MS), loading: false, error: null });
  } catch (err) {
    historyStore.setState({ loading: false, error: message(err) });
  }
}

/** (Re)build the support report preview with the current options. */
export async function buildReport(patch: Partial<{ format: 'markdown' | 'json'; includePersonal: boolean }> = {}): Promise<void> {
  reportStore.setState({ ...patch, loading: true });
  const { format, includePersonal, symptom } = reportStore.getState();
  // Options can change faster than answers arrive: only the latest request may land.
  const seq = ++reportSeq;
  try {
    const result = await need().report.export({
      format,
      includePersonal,
      stepsDone: stepsForExport(uiStore.getState().stepsDone),
      symptom,
    });
    if (seq === reportSeq) reportStore.setState({ result, loading: false, error: null });
  } catch (err) {
    if (seq === reportSeq) reportStore.setState({ loading: false, error: message(err) });
  }
}

/** Prepare a repair: the words and the exact command to show before anything runs. */
export function planRepair(repair: RepairId, owner: string): Promise<RepairPlanView> {
  return need().repairs.plan(repair, owner);
}

/** Run exactly the plan the person agreed to; the main process re-checks and records it. */
export async function runRepair(owner: string, planId: string): Promise<RepairRunResult> {
  const r = await need().repairs.run(planId);
  // The card's own re-check result: when the repair fixed it, the card leaves the plan and its
  // "Fixed" line stays visible (FixCards' FixedCard) with these words.
  if (r.outcome !== 'cancelled' && r.outcome !== 'failed') {
    const worked = r.outcome === 'fixed' ? true : r.outcome === 'not-fixed' ? false : null;
    uiStore.setState((s) => ({ rechecks: { ...s.rechecks, [owner]: { state: 'done', at: new Date().toISOString(), worked, text: r.message } } }));
  }
  return r;
}

/** The steps-tried log of the last `sinceMs` (main records every step; the report page lists them). */
export function listSteps(sinceMs: number): Promise<StepRecord[]> {
  return need().steps.list(sinceMs);
}
