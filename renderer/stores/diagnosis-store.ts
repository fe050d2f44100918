/**
 * Diagnosis state pushed from the main process (or the preview server). The store holds data
 * only; updates are applied from outside (actions-outside-the-store, see renderer/app-actions.ts)
 * through the pure `applyUpdate`.
 */
import { createStore } from 'zustand/vanilla';
import type { AppState, DiagnosisUpdate } from '../../shared/ipc';
import { applyUpdate, INITIAL_APP_STATE } from '../lib/apply-update';
import { uiStore } from './ui-store';

export interface DiagnosisStore {
  app: AppState;
  /** True once the first state arrived from the bridge. */
  loaded: boolean;
  /** Set when the bridge could not be reached (preview server gone, missing token). */
  bridgeError: string | null;
  /** A Check now started from this window is in flight. */
  checking: boolean;
}

export const diagnosisStore = createStore<DiagnosisStore>()(() => ({
  app: INITIAL_APP_STATE,
  loaded: false,
  bridgeError: null,
  checking: false,
}));

/** Fold one pushed update into the store. */
export function receiveUpdate(update: DiagnosisUpdate): void {
  if (update.kind === 'navigate') {
    uiStore.setState({ tab: update.view });
    return;
  }
  diagnosisStore.setState((s) => ({ app: applyUpdate(s.app, update), loaded: s.loaded || update.kind === 'state' || update.kind === 'finished' }));
}

/** Replace the whole state (answer of getState). */
export function receiveState(app: AppState): void {
  diagnosisStore.setState({ app, loaded: true, bridgeError: null });
}
