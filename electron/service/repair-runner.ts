/**
 * Consent → run → proof for the app's repairs, shared by the menu-bar app, the preview and the CLI.
 * `plan` reads the Mac and returns the words and the exact command (kept under a random plan id
 * for a few minutes); `run` runs exactly that plan through the admin runner (the command runner's
 * `osascript`, whose policy re-checks every word), then re-runs the repair's checks and says
 * plainly whether it worked. Every outcome — cancelled prompt included — goes to the steps log.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { EN, type Translator } from '../../shared/i18n';
import { repairTexts } from '../../shared/repair-text';
import type { RepairFace, RepairId, RepairPlanView, RepairRunResult, StepRecord } from '../../shared/repairs';
import type { Report } from '../../shared/report';
import { readAdminResult } from '../engine/system/repairs/admin-script';
import { planRepair, type ReadyPlan } from '../engine/system/repairs/plan';
import type { SavedProxy } from '../engine/system/repairs/templates';
import type { CommandResult, CommandRunner } from '../engine/types';

/** Runs `/usr/bin/osascript` with these exact arguments (production: the command runner). */
export type AdminRunner = (args: readonly string[], opts: { timeoutMs: number; signal?: AbortSignal }) => Promise<CommandResult>;

export interface RepairRunnerDeps {
  runner: CommandRunner;
  admin: AdminRunner;
  dataDir: string;
  now: () => number;
  commandTimeoutMs: number;
  /** The last complete report. */
  report: () => Report | null;
  /** Re-run these checks and merge them into the report (the card's Re-check). */
  recheck: (checks: Report['checks'][number]['id'][]) => Promise<Report>;
  record: (r: StepRecord) => void;
  /** The language of every word it returns or records (default English). */
  t?: Translator;
  /** The menu-bar app's card (default) or the terminal: where the person goes next. */
  face?: RepairFace;
}

export interface RepairRunner {
  plan(repair: RepairId, cardId: string | null): Promise<RepairPlanView>;
  run(planId: string): Promise<RepairRunResult>;
}

/** How long a person may look at a plan before it has to be prepared again. */
const PLAN_TTL_MS = 10 * 60_000;
/** The password dialog waits for a person: give it minutes, not the usual command deadline. */
const ADMIN_TIMEOUT_MS = 5 * 60_000;
const UNDO_FILE = 'repair-undo.json';

const savedSchema = z
  .array(
    z
      .object({
        service: z.string().max(64),
        kind: z.enum(['web', 'secure-web', 'socks', 'auto']),
        host: z.string().max(253).nullable(),
        port: z.number().int().nullable(),
      })
      .strict(),
  )
  .max(16);

/** The proxy settings a proxy-off saved in `dataDir` (for "Turn it back on"); [] when none or unreadable. */
export async function readSavedProxies(dataDir: string): Promise<SavedProxy[]> {
  try {
    const r = savedSchema.safeParse(JSON.parse(await readFile(join(dataDir, UNDO_FILE), 'utf8')));
    return r.success ? r.data : [];
  } catch {
    return [];
  }
}

export function createRepairRunner(d: RepairRunnerDeps): RepairRunner {
  const plans = new Map<string, { plan: ReadyPlan; cardId: string | null; at: number }>();
  const undoPath = join(d.dataDir, UNDO_FILE);
  const tr = d.t ?? EN;
  const face = d.face ?? 'app';
  const words = repairTexts(tr);

  const loadSaved = () => readSavedProxies(d.dataDir);
  async function storeSaved(saved: SavedProxy[]): Promise<void> {
    const tmp = `${undoPath}.tmp`;
    await writeFile(tmp, JSON.stringify(saved));
    await rename(tmp, undoPath);
  }
  const stamp = () => new Date(d.now()).toISOString();
  const title = (r: RepairId) => words[r].button;

  return {
    async plan(repair, cardId) {
      for (const [id, p] of plans) if (d.now() - p.at > PLAN_TTL_MS) plans.delete(id);
      const plan = await planRepair(repair, {
        runner: d.runner,
        timeoutMs: d.commandTimeoutMs,
        report: d.report(),
        saved: repair === 'proxy-on' ? await loadSaved() : [],
        t: tr,
        face,
      });
      if (!plan.ok) return { repair, planId: null, title: title(repair), words: words[repair].does, command: null, admin: true, manual: plan.manual };
      const planId = randomBytes(16).toString('hex');
      plans.set(planId, { plan, cardId, at: d.now() });
      return { repair, planId, title: title(repair), words: plan.words, command: plan.display, admin: true, manual: null };
    },

    async run(planId) {
      const entry = plans.get(planId);
      plans.delete(planId); // one plan, one run: a second click asks again
      if (!entry || d.now() - entry.at > PLAN_TTL_MS) {
        return {
          repair: 'flush-dns',
          outcome: 'failed',
          message: tr.t('repair.run.expired', { face }),
          lightAfter: null,
          undo: null,
        };
      }
      const { plan, cardId } = entry;
      const { repair } = plan;
      const log = (text: string, light: RepairRunResult['lightAfter']) => d.record({ at: stamp(), kind: 'repair', cardId, text, light });
      let result: CommandResult;
      try {
        result = await d.admin(plan.osascriptArgs, { timeoutMs: ADMIN_TIMEOUT_MS });
      } catch (err) {
        result = {
          stdout: '',
          stderr: '',
          exitCode: null,
          signal: null,
          timedOut: false,
          truncated: false,
          durationMs: 0,
          spawnError: err instanceof Error ? err.message : String(err),
        };
      }
      const ran = readAdminResult(result, tr);
      if (ran.kind === 'cancelled') {
        log(tr.t('repair.step.cancelled', { title: title(repair) }), d.report()?.verdict.light ?? null);
        return { repair, outcome: 'cancelled', message: tr.t('repair.run.cancelled'), lightAfter: null, undo: null };
      }
      if (ran.kind === 'failed') {
        log(tr.t('repair.step.failed', { title: title(repair), reason: ran.reason }), d.report()?.verdict.light ?? null);
        return { repair, outcome: 'failed', message: tr.t('repair.run.failed', { reason: ran.reason, face }), lightAfter: null, undo: null };
      }
      if (repair === 'proxy-off') await storeSaved(plan.saved).catch(() => {});
      if (repair === 'proxy-on') await storeSaved([]).catch(() => {});
      const undo: RepairId | null = repair === 'proxy-off' ? 'proxy-on' : null;
      const checks = words[repair].recheck;
      let report: Report;
      try {
        report = await d.recheck([...checks]);
      } catch (err) {
        log(tr.t('repair.step.recheck-failed', { title: title(repair) }), null);
        return {
          repair,
          outcome: 'unknown',
          message: tr.t('repair.run.recheck-failed', { error: err instanceof Error ? err.message : String(err), face }),
          lightAfter: null,
          undo,
        };
      }
      const judged = judge(report, checks, repair, tr);
      log(tr.t('repair.step.ran', { title: title(repair), result: judged.message }), report.verdict.light);
      return { repair, outcome: judged.outcome, message: judged.message, lightAfter: report.verdict.light, undo };
    },
  };
}

/** Did the re-check show it worked? Plain words either way. Pure. */
export function judge(
  report: Report,
  checks: readonly string[],
  repair: RepairId,
  t: Translator = EN,
): { outcome: RepairRunResult['outcome']; message: string } {
  const results = report.checks.filter((c) => checks.includes(c.id));
  const bad = results.filter((c) => c.status === 'fail' || c.status === 'warn');
  if (bad.length) return { outcome: 'not-fixed', message: t.t('repair.run.still-wrong', { check: bad[0]!.title, summary: bad[0]!.summary }) };
  if (!results.length || results.some((c) => c.status === 'error')) return { outcome: 'unknown', message: t.t('repair.run.unknown') };
  return { outcome: 'fixed', message: repairTexts(t)[repair].fixed };
}
