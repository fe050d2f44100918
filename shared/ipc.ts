/**
 * The single contract of the bridge between the main process (or the preview server) and the
 * renderer: channel names, request schemas (validated at the boundary on every call) and
 * response types. Nothing else defines IPC. See gitify `src/shared/events.ts` for the pattern.
 */
import { z } from 'zod';
import { CHECK_IDS, type CheckId } from './checks';
import type { HistoryEntry } from './history';
import { CHANNELS } from './ipc-channels';
import type { ManagedInfo } from './managed-settings';
import {
  type RepairId,
  type RepairPlanView,
  type RepairRunResult,
  repairPlanRequestSchema,
  repairRunRequestSchema,
  type StepRecord,
  stepTickRequestSchema,
} from './repairs';
import type { CheckResult, Report } from './report';
import { type Settings, settingsPatchSchema } from './settings';

/** Alert state of the monitor (see electron/service/monitor/alert-machine.ts). */
export type AlertState = 'OK' | 'SUSPECT' | 'DOWN' | 'RECOVERING';

/** What the UI shows between and during diagnoses. */
export interface AppState {
  /** Last complete report, null before the first one finishes. */
  report: Report | null;
  /** Results of the run in progress, streamed as each check finishes. */
  running: { runId: string; pending: CheckId[]; done: CheckResult[] } | null;
  alertState: AlertState;
  /** Flapping detected in the recent window: show "unstable" instead of a stream of alerts. */
  unstable: boolean;
  /** ISO 8601 of the next scheduled check, null when paused. */
  nextCheckAt: string | null;
  /** What the organisation's MDM manages (locked settings, support contact); absent/null when nothing. */
  managed?: ManagedInfo | null;
}

/** Pushed from main to the renderer. */
export type DiagnosisUpdate =
  | { kind: 'started'; runId: string; checks: CheckId[] }
  | { kind: 'check'; runId: string; result: CheckResult }
  | { kind: 'finished'; runId: string; report: Report }
  | { kind: 'state'; state: AppState }
  /** Show a view of the popover (the tray menu's Settings… item). No state change. */
  | { kind: 'navigate'; view: 'settings' | 'history' | 'report' };

export interface ActionResult {
  ok: boolean;
  /** Plain words for a toast, e.g. "Command copied to the clipboard". */
  message: string;
  /**
   * Text the renderer should put on the clipboard itself (browser preview only; in Electron the
   * main process writes the clipboard and leaves this unset).
   */
  clipboardText?: string;
  /** For `recheck` actions: the checks the renderer should re-run with `diagnosis.runNow(only)`. */
  recheck?: CheckId[];
}

export const exportRequestSchema = z
  .object({
    format: z.enum(['markdown', 'json']),
    includePersonal: z.boolean(),
    /** Steps the user ticked, with the time they did it. */
    stepsDone: z.array(z.object({ cardId: z.string().max(100), step: z.number().int().min(0).max(50), at: z.string().max(40) })).max(500),
    /** Symptom flow answers, if the user used the symptom picker. */
    symptom: z.string().max(100).nullable().optional(),
  })
  .strict();

export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ExportResult {
  filename: string;
  mime: 'text/markdown' | 'application/json';
  text: string;
}

export { CHANNELS };

export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], typeof CHANNELS.update>;

const actionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,80}#\d{1,2}$/, 'not an action id');

/** Request schema and response type per invoke channel. */
export const CONTRACT = {
  [CHANNELS.runNow]: { request: z.object({ only: z.array(z.enum(CHECK_IDS)).max(CHECK_IDS.length).optional() }).strict() },
  [CHANNELS.getState]: { request: z.object({}).strict() },
  [CHANNELS.runAction]: { request: z.object({ id: actionIdSchema }).strict() },
  [CHANNELS.getSettings]: { request: z.object({}).strict() },
  [CHANNELS.setSettings]: { request: z.object({ patch: settingsPatchSchema }).strict() },
  [CHANNELS.listHistory]: {
    request: z
      .object({
        sinceMs: z
          .number()
          .int()
          .min(0)
          .max(31 * 86_400_000),
      })
      .strict(),
  },
  [CHANNELS.exportReport]: { request: z.object({ options: exportRequestSchema }).strict() },
  [CHANNELS.repairPlan]: { request: repairPlanRequestSchema },
  [CHANNELS.repairRun]: { request: repairRunRequestSchema },
  [CHANNELS.stepTick]: { request: stepTickRequestSchema },
  [CHANNELS.listSteps]: {
    request: z
      .object({
        sinceMs: z
          .number()
          .int()
          .min(0)
          .max(31 * 86_400_000),
      })
      .strict(),
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType }>;

/** Response of each channel. */
export interface ResponseMap {
  'app:diagnosis-run': Report;
  'app:diagnosis-state': AppState;
  'app:fix-run-action': ActionResult;
  'app:settings-get': Settings;
  'app:settings-set': Settings;
  'app:history-list': HistoryEntry[];
  'app:report-export': ExportResult;
  'app:repair-plan': RepairPlanView;
  'app:repair-run': RepairRunResult;
  'app:step-tick': { ok: true };
  'app:steps-list': StepRecord[];
}

export type RequestOf<C extends InvokeChannel> = z.infer<(typeof CONTRACT)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = ResponseMap[C];

/**
 * The capability API exposed to the renderer (`window.appleidDoctor`). Implemented by the
 * Electron preload and by the browser preview client; the renderer cannot tell which.
 */
export interface BridgeApi {
  diagnosis: {
    /** Run all checks (or only some, for a fix card's Re-check); resolves with the report. */
    runNow(only?: CheckId[]): Promise<Report>;
    getState(): Promise<AppState>;
    /** Subscribe to pushed updates; returns an unsubscribe function. */
    onUpdate(cb: (update: DiagnosisUpdate) => void): () => void;
  };
  fixes: { runAction(id: string): Promise<ActionResult> };
  settings: { get(): Promise<Settings>; set(patch: z.infer<typeof settingsPatchSchema>): Promise<Settings> };
  history: { list(sinceMs: number): Promise<HistoryEntry[]> };
  report: { export(options: ExportRequest): Promise<ExportResult> };
  /** Repairs: ask for the plan (words + exact command), then run exactly that plan. */
  repairs: { plan(repair: RepairId, cardId: string): Promise<RepairPlanView>; run(planId: string): Promise<RepairRunResult> };
  /** The steps-tried log: ticks go in from here; everything else main records itself. */
  steps: { tick(id: string, done: boolean): Promise<{ ok: true }>; list(sinceMs: number): Promise<StepRecord[]> };
}
