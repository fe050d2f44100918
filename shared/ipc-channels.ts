/**
 * IPC channel names, with no runtime dependencies: the sandboxed preload imports only this (and
 * types), so its bundle stays a few KB instead of carrying zod. The contract lives in ./ipc.ts.
 */
/** Channel names. Prefixed `app:`, verb-noun. */
export const CHANNELS = {
  runNow: 'app:diagnosis-run',
  getState: 'app:diagnosis-state',
  update: 'app:diagnosis-update',
  runAction: 'app:fix-run-action',
  getSettings: 'app:settings-get',
  setSettings: 'app:settings-set',
  listHistory: 'app:history-list',
  exportReport: 'app:report-export',
  // Repairs and the steps log (issue 12).
  repairPlan: 'app:repair-plan',
  repairRun: 'app:repair-run',
  stepTick: 'app:step-tick',
  listSteps: 'app:steps-list',
} as const;
