/** Settings and history as last read from the bridge (the main process owns the truth). */
import { createStore } from 'zustand/vanilla';
import type { HistoryEntry } from '../../shared/history';
import type { ExportResult } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';

export interface SettingsStore {
  settings: Settings | null;
  /** Error of the last save, in plain words. */
  error: string | null;
  savedAt: number | null;
}

export const settingsStore = createStore<SettingsStore>()(() => ({ settings: null, error: null, savedAt: null }));

export type HistoryWindow = '24h' | '7d';

export interface HistoryStore {
  entries: HistoryEntry[];
  window: HistoryWindow;
  loading: boolean;
  error: string | null;
}

export const historyStore = createStore<HistoryStore>()(() => ({ entries: [], window: '24h', loading: false, error: null }));

export interface ReportStore {
  format: 'markdown' | 'json';
  /** Include the Apple Account id, phone numbers, IP addresses, user and computer names. Off by default. */
  includePersonal: boolean;
  result: ExportResult | null;
  loading: boolean;
  error: string | null;
  /** The symptom guide that led here, for the report. */
  symptom: string | null;
}

export const reportStore = createStore<ReportStore>()(() => ({
  format: 'markdown',
  includePersonal: false,
  result: null,
  loading: false,
  error: null,
  symptom: null,
}));
