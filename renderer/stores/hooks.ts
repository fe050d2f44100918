/** React bindings of the vanilla stores (selectors keep re-renders small). */
import { useStore } from 'zustand';
import type { Translator } from '../../shared/i18n';
import { type HistoryStore, historyStore, type ReportStore, reportStore, type SettingsStore, settingsStore } from './data-stores';
import { type DiagnosisStore, diagnosisStore } from './diagnosis-store';
import { i18nStore } from './i18n-store';
import { type UiStore, uiStore } from './ui-store';

export const useDiagnosis = <T>(select: (s: DiagnosisStore) => T): T => useStore(diagnosisStore, select);
export const useUi = <T>(select: (s: UiStore) => T): T => useStore(uiStore, select);
export const useSettings = <T>(select: (s: SettingsStore) => T): T => useStore(settingsStore, select);
export const useHistory = <T>(select: (s: HistoryStore) => T): T => useStore(historyStore, select);
export const useReport = <T>(select: (s: ReportStore) => T): T => useStore(reportStore, select);

/** The popover's translator: `const t = useT(); t.t('ui.…')`. Re-renders when the language changes. */
export const useT = (): Translator => useStore(i18nStore, (s) => s.t);
