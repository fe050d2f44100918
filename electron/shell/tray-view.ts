/**
 * What the tray shows for an app state: icon, tooltip (the verdict headline), optional title text
 * and the "last result" line of the context menu. Pure, so "tray state per verdict" is tested
 * without Electron.
 */
import type { SigninEndpointsData } from '../../shared/checks';
import { verdictText } from '../../shared/headlines';
import type { Translator } from '../../shared/i18n';
import type { AppState } from '../../shared/ipc';
import { lightWords } from '../../shared/presentation';
import { findCheck, type Light } from '../../shared/report';
import type { Settings } from '../../shared/settings';

/** `checking` until the first report exists; then the verdict's light. */
export type TrayIconState = 'checking' | Light;

export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
  title: string;
  /** One line for the context menu, e.g. "Last check 14:05 — You can sign in". */
  lastLine: string;
}

/** Median total latency (ms) of the sign-in endpoints that worked, null when none did. */
export function medianLatencyMs(state: AppState): number | null {
  if (!state.report) return null;
  const data = findCheck(state.report, 'signin-endpoints')?.data as Partial<SigninEndpointsData> | undefined;
  const ok = (Array.isArray(data?.endpoints) ? data.endpoints : [])
    .filter((e) => e && e.failure === null && Number.isFinite(e.totalMs))
    .map((e) => e.totalMs)
    .sort((a, b) => a - b);
  if (ok.length === 0) return null;
  const mid = Math.floor(ok.length / 2);
  return Math.round(ok.length % 2 ? ok[mid]! : (ok[mid - 1]! + ok[mid]!) / 2);
}

function clockTime(iso: string, t: Translator): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : t.dateTime(d, { hour: '2-digit', minute: '2-digit' });
}

/** The tray for `state` in the words of `t` (the app's language). */
export function trayView(state: AppState, titleText: Settings['titleText'], t: Translator): TrayView {
  const report = state.report;
  const icon: TrayIconState = report ? report.verdict.light : 'checking';
  const headline = report ? verdictText(report.verdict, report.checks, t).headline : t.t('tray.checkingTooltip');
  const tooltip = state.unstable ? t.t('tray.tooltipUnstable', { headline }) : headline;
  let title = '';
  if (titleText === 'status') title = state.unstable ? t.t('tray.titleUnstable') : icon === 'checking' ? '…' : lightWords(t)[icon];
  else if (titleText === 'latency' && report) {
    const ms = medianLatencyMs(state);
    title = ms === null ? '—' : `${ms} ms`;
  }
  const lastLine = report ? t.t('tray.lastLine', { time: clockTime(report.startedAt, t), headline }) : t.t('tray.noCheckYet');
  return { icon, tooltip, title, lastLine };
}
