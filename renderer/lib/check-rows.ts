/**
 * The checks list as the UI shows it: grouped, in display order, each row with the freshest
 * status (a check of the run in progress shows `running` until its result lands). Pure.
 */
import { CHECK_IDS, CHECK_META, type CheckGroup, type CheckId, type CheckStatus, GROUP_TITLES } from '../../shared/checks';
import type { AppState } from '../../shared/ipc';
import type { CheckResult } from '../../shared/report';

export type RowStatus = CheckStatus | 'running';

export interface CheckRow {
  id: CheckId;
  title: string;
  status: RowStatus;
  /** Latest result for this check (from the run in progress or the last report). */
  result: CheckResult | null;
}

export interface GroupView {
  group: CheckGroup;
  title: string;
  rows: CheckRow[];
}

const GROUP_ORDER: CheckGroup[] = ['signin', 'network', 'mac', 'apple'];
const DISPLAY_ORDER: readonly CheckId[] = CHECK_IDS;

/** Latest result per check: the run in progress wins over the last report. */
export function latestResults(app: AppState): Map<CheckId, CheckResult> {
  const map = new Map<CheckId, CheckResult>();
  for (const c of app.report?.checks ?? []) map.set(c.id, c);
  for (const c of app.running?.done ?? []) map.set(c.id, c);
  return map;
}

/** Grouped rows for the checks list. Groups without rows are left out. */
export function buildGroups(app: AppState): GroupView[] {
  const latest = latestResults(app);
  const pending = new Set(app.running?.pending ?? []);
  const shown = DISPLAY_ORDER.filter((id) => latest.has(id) || pending.has(id));
  return GROUP_ORDER.map((group) => ({
    group,
    title: GROUP_TITLES[group],
    rows: shown
      .filter((id) => CHECK_META[id].group === group)
      .map((id): CheckRow => {
        const result = latest.get(id) ?? null;
        return { id, title: CHECK_META[id].title, status: pending.has(id) ? 'running' : (result?.status ?? 'running'), result };
      }),
  })).filter((g) => g.rows.length > 0);
}

/** Progress of the run in progress, null when idle. */
export function runProgress(app: AppState): { done: number; total: number } | null {
  if (!app.running) return null;
  const done = app.running.done.length;
  return { done, total: done + app.running.pending.length };
}

/** Checks that fail or warn in the latest results, most severe first, display order within. */
export function problemChecks(app: AppState): CheckResult[] {
  const latest = latestResults(app);
  const pending = new Set(app.running?.pending ?? []);
  const rank = (s: CheckStatus) => (s === 'fail' ? 0 : 1);
  return DISPLAY_ORDER.map((id) => latest.get(id))
    .filter((c): c is CheckResult => !!c && !pending.has(c.id) && (c.status === 'fail' || c.status === 'warn'))
    .sort((a, b) => rank(a.status) - rank(b.status));
}
