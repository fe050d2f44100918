/** View state of the popover: current tab, open rows, ticked steps, re-check results, toast. */
import { createStore } from 'zustand/vanilla';
import type { CheckGroup, CheckId } from '../../shared/checks';
import type { RecheckOutcome } from '../lib/recheck';
import type { StepsDone } from '../lib/steps-done';

export type Tab = 'status' | 'symptoms' | 'history' | 'report' | 'settings';

export type RecheckState = { state: 'running' } | ({ state: 'done'; at: string } & RecheckOutcome);

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface UiStore {
  tab: Tab;
  /** Checks whose evidence is expanded. */
  expanded: Partial<Record<CheckId, boolean>>;
  /** Check groups opened to their rows (all start as one summary line each). */
  expandedGroups: Partial<Record<CheckGroup, boolean>>;
  /** Fix cards opened by the user (the primary one starts open). */
  openCards: Record<string, boolean>;
  stepsDone: StepsDone;
  /** Re-check state per card id (or `symptom.<id>`). */
  rechecks: Record<string, RecheckState>;
  toast: Toast | null;
  /** The symptom guide being walked, null = the picker list. */
  symptomId: string | null;
}

export const uiStore = createStore<UiStore>()(() => ({
  tab: 'status',
  expanded: {},
  expandedGroups: {},
  openCards: {},
  stepsDone: {},
  rechecks: {},
  toast: null,
  symptomId: null,
}));
