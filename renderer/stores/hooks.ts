/** React bindings of the vanilla stores (selectors keep re-renders small). */
import { useStore } from 'zustand';
import { type HistoryStore, historyStore, type ReportStore, reportStore, type SettingsStore, settingsStore } from './data-stores';
import { type DiagnosisStore, diagnosisStore } from './diagnosis-store';
import { type UiStore, uiStore } from './ui-store';

export const useDiagnosis = <T>(select: (s: DiagnosisStore) => T): T => useStore(diagnosisStore, select);
export const useUi = <T>(select: (s: UiStore) => T): T => useStore(uiStore, select);
export const useSettings = <T>(select: (s: SettingsStore) => T): T => useStore(settingsStore, select);
export const useHistory = <T>(select: (s: HistoryStore) => T): T => useStore(historyStore, select);
export const useReport = <T>(select: (s: ReportStore) => T): T => useStore(reportStore, select);
