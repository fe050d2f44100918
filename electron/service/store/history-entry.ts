/** The summary of one diagnosis that history keeps (pure). */
import type { SigninEndpointsData } from '../../../shared/checks';
import type { HistoryEntry } from '../../../shared/history';
import type { AlertState } from '../../../shared/ipc';
import { findCheck, type Report } from '../../../shared/report';

/** Time, light, primary cause, alert state, and per sign-in endpoint latency (null = failed). */
export function historyEntryOf(report: Report, alert: { state: AlertState; unstable: boolean }): HistoryEntry {
  const endpoints: Record<string, number | null> = {};
  const data = findCheck(report, 'signin-endpoints')?.data as Partial<SigninEndpointsData> | undefined;
  for (const e of Array.isArray(data?.endpoints) ? data.endpoints : []) {
    if (e && typeof e.id === 'string') endpoints[e.id] = e.failure === null && Number.isFinite(e.totalMs) ? Math.round(e.totalMs) : null;
  }
  return {
    at: report.startedAt,
    light: report.verdict.light,
    primaryCause: report.verdict.primaryCause,
    alertState: alert.state,
    unstable: alert.unstable,
    endpoints,
    durationMs: Math.max(0, Math.round(report.durationMs)),
  };
}
