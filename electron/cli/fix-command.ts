/**
 * `appleid-doctor fix` — the app's guided repairs in the terminal, through the SAME repair runner
 * as the menu-bar app (electron/service/repair-runner.ts): the same plans (the Mac's own service
 * names, the command policy), the same administrator prompt (osascript), the same re-check and
 * the same steps log in the app's data folder. Without an id it lists the repairs that apply to
 * what the check finds; with one it shows the words and the exact command, asks (a terminal is
 * needed, or --yes), runs it, re-checks and says whether it worked. Exit statuses: fix-text.ts.
 */

import { CHECK_META } from '../../shared/checks';
import type { Config } from '../../shared/config';
import type { Translator } from '../../shared/i18n';
import { repairTexts } from '../../shared/repair-text';
import { REPAIR_IDS, type RepairId, type RepairPlanView, type StepRecord } from '../../shared/repairs';
import type { Report } from '../../shared/report';
import { createRealDeps } from '../engine/deps';
import { macosProbesApply, runDiagnosis } from '../engine/run-diagnosis';
import type { EngineDeps } from '../engine/types';
import { computeVerdict } from '../engine/verdict';
import { loadConfigFile } from '../service/config-file';
import { mergeReports } from '../service/diagnosis-runner';
import { createRepairRunner, readSavedProxies } from '../service/repair-runner';
import { recheckRecord } from '../service/step-words';
import { createStepsLog } from '../service/store/steps-log';
import { askConsent } from './consent';
import { appDataDir, openAppDataDir } from './data-dir';
import { type EmitIo, withManagedConfig } from './emit';
import { type ApplicableRepair, applicableRepairs } from './fix-applies';
import { type FixOptions, parseFixArgs } from './fix-args';
import { FIX_EXIT, FIX_SCHEMA_ID, type FixListItem, type FixOutcome, type FixRunJson, listText, planText } from './fix-text';

/** The terminal, plus what consent needs: where answers come from and whether a person is there. */
export interface FixIo extends EmitIo {
  stdin?: NodeJS.ReadableStream;
  /** True when stdin is a terminal (a person can answer "Go ahead?"). */
  stdinIsTTY?: boolean;
}

const EXIT_USAGE = 64;
const EXIT_CONFIG = 78;
const LIGHT_EXIT = { green: 0, amber: 1, red: 2 } as const;

/** Run `appleid-doctor fix …` (argv after `fix`); resolves with the exit status. */
export async function runFixCommand(argv: readonly string[], io: FixIo, t: Translator): Promise<number> {
  const parsed = parseFixArgs(argv, t);
  if (parsed.kind === 'help') {
    io.stdout.write(`${t.t('repair.cli.usage', { ids: REPAIR_IDS.join(', '), dataDir: appDataDir() })}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr.write(`${t.t('repair.cli.usage-error', { message: parsed.message })}\n`);
    return EXIT_USAGE;
  }
  const o = parsed.options;
  const { resolveConfig } = await import('../../shared/config');
  const loaded = o.configPath ? await loadConfigFile(o.configPath) : resolveConfig({});
  if (!loaded.ok) {
    io.stderr.write(`${t.t('repair.cli.bad-config', { error: loaded.errors[0] ?? '', more: loaded.errors.length - 1 })}\n`);
    return EXIT_CONFIG;
  }
  const config = await withManagedConfig(loaded.config, io, async () => t);
  // Text for people on stdout; with --json, stdout carries only the JSON and questions go to stderr.
  const say = (line: string) => void (o.json ? undefined : io.stdout.write(`${line}\n`));
  const ask = o.json ? io.stderr : io.stdout;
  const finish = (json: unknown, code: number): number => {
    if (o.json) io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return code;
  };
  const runJson = (outcome: FixOutcome, message: string, extra: Partial<FixRunJson> = {}): FixRunJson => ({
    schema: FIX_SCHEMA_ID,
    mode: o.dryRun ? 'dry-run' : 'run',
    repair: o.repair!,
    outcome,
    message,
    title: null,
    words: null,
    command: null,
    manual: null,
    lightAfter: null,
    headlineAfter: null,
    undo: null,
    exitCode: FIX_EXIT[outcome],
    ...extra,
  });

  if (!macosProbesApply(config)) {
    const message = t.t('repair.cli.needs-macos', { os: osName(config) });
    if (o.json) return finish(o.repair ? runJson('unsupported', message) : { schema: FIX_SCHEMA_ID, mode: 'list', outcome: 'unsupported', message }, 69);
    io.stderr.write(`${message}\n`);
    return FIX_EXIT.unsupported;
  }
  // Refuse before anything runs: a repair without a person to ask needs consent given in advance.
  if (o.repair && !o.dryRun && !o.yes && !io.stdinIsTTY) {
    const message = t.t('repair.cli.no-tty');
    io.stderr.write(`appleid-doctor: ${message}\n`);
    return finish(runJson('no-consent', message), FIX_EXIT['no-consent']);
  }

  const deps = createRealDeps(config);
  const dataDir = o.dataDir ?? openAppDataDir();
  const session = await startSession(config, deps, dataDir, t, (line) => io.stderr.write(`appleid-doctor: ${line}\n`), say);
  try {
    const applies = applicableRepairs(session.report(), (await readSavedProxies(dataDir)).length > 0, t);
    if (!o.repair) return await list(session, applies, o, io, t, finish);
    return await runOne(session, applies, o, io, t, { say, ask, finish, runJson });
  } finally {
    await session.flush();
  }
}

type Session = Awaited<ReturnType<typeof startSession>>;

/** One diagnosis, the repair runner on it, and the steps log the app uses. */
async function startSession(config: Config, deps: EngineDeps, dataDir: string, t: Translator, warn: (line: string) => void, say: (line: string) => void) {
  let report: Report = await runDiagnosis({ config, deps, signal: new AbortController().signal });
  const steps = createStepsLog({ dir: dataDir, now: () => deps.clock.now(), log: warn });
  const pending: Promise<void>[] = [];
  const record = (r: StepRecord) => void pending.push(steps.append(r));
  const stamp = () => new Date(deps.clock.now()).toISOString();
  const runner = createRepairRunner({
    runner: deps.runner,
    admin: (args, opts) => deps.runner.run('osascript', args, opts),
    dataDir,
    now: () => deps.clock.now(),
    commandTimeoutMs: config.timeouts.commandMs,
    report: () => report,
    // As the card's Re-check in the app: only the repair's checks, merged into the last report, logged.
    recheck: async (checks) => {
      say(t.t('repair.cli.checking', { checks: t.list(checks.map((c) => CHECK_META[c]?.title ?? c)) }));
      const partial = await runDiagnosis({ config, deps, only: checks, signal: new AbortController().signal });
      report = mergeReports(report, partial, computeVerdict, deps.clock.now());
      record(recheckRecord(checks, report, stamp(), t));
      return report;
    },
    record,
    t,
    face: 'cli',
  });
  return { runner, report: () => report, flush: () => Promise.all(pending).then(() => {}) };
}

type Finish = (json: unknown, code: number) => number;

async function list(session: Session, applies: ApplicableRepair[], o: FixOptions, io: FixIo, t: Translator, finish: Finish): Promise<number> {
  const report = session.report();
  const items: FixListItem[] = [];
  for (const a of applies) {
    const plan = await session.runner.plan(a.repair, a.cardId);
    items.push({
      id: a.repair,
      title: plan.title,
      cardId: a.cardId,
      cardTitle: a.cardTitle,
      cause: a.cause,
      words: plan.words,
      command: plan.command,
      admin: plan.admin,
      manual: plan.manual,
    });
  }
  const { light, primaryCause, headline } = report.verdict;
  if (!o.json) io.stdout.write(listText(t, headline, items));
  return finish({ schema: FIX_SCHEMA_ID, mode: 'list', light, primaryCause, headline, repairs: items }, LIGHT_EXIT[light]);
}

interface RunIo {
  say: (line: string) => void;
  ask: NodeJS.WritableStream;
  finish: Finish;
  runJson: (outcome: FixOutcome, message: string, extra?: Partial<FixRunJson>) => FixRunJson;
}

async function runOne(session: Session, applies: ApplicableRepair[], o: FixOptions, io: FixIo, t: Translator, r: RunIo): Promise<number> {
  const id = o.repair as RepairId;
  const report = session.report();
  const title = repairTexts(t)[id].button;
  const offered = applies.find((a) => a.repair === id);
  if (!offered) {
    const message = t.t('repair.cli.not-applicable', { title, headline: report.verdict.headline });
    const others = applies.length ? t.t('repair.cli.applicable', { ids: applies.map((a) => a.repair).join(', ') }) : t.t('repair.cli.applicable-none');
    r.say(message);
    r.say(others);
    return r.finish(r.runJson('not-applicable', `${message} ${others}`, { title }), FIX_EXIT['not-applicable']);
  }
  const plan: RepairPlanView = await session.runner.plan(id, offered.cardId);
  const shown = { title: plan.title, words: plan.words, command: plan.command, manual: plan.manual };
  if (!plan.planId || !plan.command) {
    const message = t.t('repair.cli.cannot', { title: plan.title });
    r.say(message);
    if (plan.manual) r.say(plan.manual);
    return r.finish(r.runJson('manual', plan.manual ?? message, shown), FIX_EXIT.manual);
  }
  if (!o.json) io.stdout.write(planText(t, plan, o.dryRun));
  if (o.dryRun) return r.finish(r.runJson('would-run', t.t('repair.cli.dry-run-intro'), shown), FIX_EXIT['would-run']);
  if (!o.yes) {
    const agreed = io.stdin ? await askConsent(io.stdin, r.ask, t) : false;
    if (!agreed) {
      const message = t.t('repair.cli.declined');
      r.say(message);
      return r.finish(r.runJson('declined', message, shown), FIX_EXIT.declined);
    }
  }
  r.say(t.t('repair.cli.waiting'));
  const result = await session.runner.run(plan.planId);
  r.say(result.message);
  const after = result.lightAfter ? session.report().verdict.headline : null;
  if (after) r.say(t.t('repair.cli.now', { headline: after }));
  if (result.undo) r.say(t.t('repair.cli.undo', { id: result.undo }));
  return r.finish(
    r.runJson(result.outcome, result.message, { ...shown, lightAfter: result.lightAfter, headlineAfter: after, undo: result.undo }),
    FIX_EXIT[result.outcome],
  );
}

/** The OS in words for "This computer runs …". */
function osName(config: Config): string {
  const p = config.platform === 'auto' ? process.platform : config.platform;
  return ({ linux: 'Linux', win32: 'Windows', darwin: 'macOS' } as Record<string, string>)[p] ?? p;
}
