/**
 * Folding pushed DiagnosisUpdates into the AppState the UI shows. Pure, so the streaming
 * behaviour (running → result as each check lands, nothing lost or duplicated) is unit-tested.
 */
import type { AppState, DiagnosisUpdate } from '../../shared/ipc';

/** An empty state for before the first answer from the bridge. */
export const INITIAL_APP_STATE: AppState = { report: null, running: null, alertState: 'OK', unstable: false, nextCheckAt: null };

/** Apply one update. Updates for a run other than the current one are ignored (except `finished`). */
export function applyUpdate(state: AppState | null, update: DiagnosisUpdate): AppState {
  const s = state ?? INITIAL_APP_STATE;
  switch (update.kind) {
    case 'state':
      return update.state;
    case 'started':
      return { ...s, running: { runId: update.runId, pending: [...update.checks], done: [] } };
    case 'check': {
      const run = s.running;
      if (!run || run.runId !== update.runId) return s;
      const id = update.result.id;
      return {
        ...s,
        running: {
          runId: run.runId,
          pending: run.pending.filter((p) => p !== id),
          done: [...run.done.filter((d) => d.id !== id), update.result],
        },
      };
    }
    case 'finished':
      return { ...s, report: update.report, running: s.running?.runId === update.runId ? null : s.running };
    case 'navigate':
      return s;
  }
}
