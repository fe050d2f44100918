/**
 * What `appleid-doctor fix` prints: the JSON shapes for fleets (schema appleid-doctor/fix@1, keys
 * and ids never translated) and the terminal text for people (in the translator's language). Pure.
 */
import type { Cause } from '../../shared/causes';
import type { Translator } from '../../shared/i18n';
import type { RepairId, RepairOutcome, RepairPlanView } from '../../shared/repairs';
import type { Light } from '../../shared/report';

export const FIX_SCHEMA_ID = 'appleid-doctor/fix@1';

/** Every way `fix ID` can end (the repair runner's outcomes plus the CLI's own). */
export type FixOutcome = RepairOutcome | 'would-run' | 'declined' | 'not-applicable' | 'manual' | 'no-consent' | 'unsupported';

/**
 * Exit status per outcome. 0–2 echo `check` (0 good, 1 still a problem, 2 it failed); 3–5 are
 * the repair's own ends; 64 and 69 are sysexits.h EX_USAGE and EX_UNAVAILABLE.
 */
export const FIX_EXIT: Record<FixOutcome, number> = {
  fixed: 0,
  'would-run': 0,
  'not-fixed': 1,
  failed: 2,
  cancelled: 3,
  declined: 3,
  unknown: 4,
  'not-applicable': 5,
  manual: 5,
  'no-consent': 64,
  unsupported: 69,
};

/** One listed repair. */
export interface FixListItem {
  id: RepairId;
  title: string;
  cardId: string | null;
  cardTitle: string | null;
  cause: Cause | null;
  words: string;
  command: string | null;
  admin: boolean;
  manual: string | null;
}

export interface FixListJson {
  schema: typeof FIX_SCHEMA_ID;
  mode: 'list';
  light: Light;
  primaryCause: Cause | null;
  headline: string;
  repairs: FixListItem[];
}

export interface FixRunJson {
  schema: typeof FIX_SCHEMA_ID;
  mode: 'run' | 'dry-run';
  repair: RepairId;
  outcome: FixOutcome;
  /** The result in plain words. */
  message: string;
  title: string | null;
  words: string | null;
  command: string | null;
  manual: string | null;
  /** The light after the re-check (null when nothing was re-checked). */
  lightAfter: Light | null;
  headlineAfter: string | null;
  /** The repair that puts it back, when there is one. */
  undo: RepairId | null;
  exitCode: number;
}

const INDENT = '    ';

/** The listing for people. */
export function listText(t: Translator, headline: string, items: readonly FixListItem[]): string {
  if (items.length === 0) return `${t.t('repair.cli.list.none', { headline })}\n`;
  const width = Math.max(...items.map((i) => i.id.length));
  const pad = ' '.repeat(width + 4);
  const lines = [t.t('repair.cli.list.heading', { n: items.length, headline }), ''];
  for (const i of items) {
    lines.push(`  ${i.id.padEnd(width)}  ${i.title}`);
    if (i.manual) lines.push(`${pad}${t.t('repair.cli.list.manual', { reason: i.manual })}`);
    else {
      lines.push(`${pad}${i.words}`);
      if (i.command) lines.push(`${pad}${i.command}`);
    }
    if (i.cardTitle) lines.push(`${pad}${t.t('repair.cli.list.card', { card: i.cardTitle })}`);
    else if (i.id === 'proxy-on') lines.push(`${pad}${t.t('repair.cli.list.undo', { title: t.t('repair.proxy-off.button') })}`);
    lines.push('');
  }
  lines.push(t.t('repair.cli.list.how'));
  return `${lines.join('\n')}\n`;
}

/** What will (or would) run: the words, then the exact command, indented so it stands out. */
export function planText(t: Translator, plan: RepairPlanView, dryRun: boolean): string {
  const intro = t.t(dryRun ? 'repair.cli.dry-run-intro' : 'repair.cli.command-intro');
  return `${plan.title}\n${plan.words}\n${intro}\n${INDENT}${plan.command ?? ''}\n`;
}
