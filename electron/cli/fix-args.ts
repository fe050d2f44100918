/** Parsing `appleid-doctor fix [ID] [--dry-run] [--yes] [--json] [--config FILE] [--data-dir DIR]`. Pure. */
import type { Translator } from '../../shared/i18n';
import { oneLine } from '../../shared/one-line';
import { REPAIR_IDS, type RepairId } from '../../shared/repairs';

export interface FixOptions {
  /** The repair to run; null lists the repairs that apply. */
  repair: RepairId | null;
  dryRun: boolean;
  /** Consent given in advance (no question asked). */
  yes: boolean;
  json: boolean;
  configPath: string | null;
  /** Where the steps log and the saved proxy values live; null = the app's own folder. */
  dataDir: string | null;
}

export type FixParse = { kind: 'run'; options: FixOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

/** Parse the words after `fix`. Usage errors are one line in the translator's language. */
export function parseFixArgs(argv: readonly string[], t: Translator): FixParse {
  const o: FixOptions = { repair: null, dryRun: false, yes: false, json: false, configPath: null, dataDir: null };
  const args = [...argv];
  const bad = (message: string): FixParse => ({ kind: 'usage-error', message });
  while (args.length > 0) {
    const raw = args.shift()!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | null => inline ?? (args[0] !== undefined && !args[0].startsWith('-') ? args.shift()! : null);
    // Switches take no value: `--yes=false` must never read as consent.
    if (inline !== undefined && ['--dry-run', '--yes', '--json', '--help'].includes(flag)) return bad(t.t('repair.cli.arg.no-value', { flag }));
    switch (flag) {
      case '--dry-run':
        o.dryRun = true;
        break;
      case '-y':
      case '--yes':
        o.yes = true;
        break;
      case '--json':
        o.json = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--config': {
        const v = value();
        if (!v) return bad(t.t('repair.cli.arg.needs-value', { flag, what: 'file' }));
        o.configPath = v;
        break;
      }
      case '--data-dir': {
        const v = value();
        if (!v) return bad(t.t('repair.cli.arg.needs-value', { flag, what: 'folder' }));
        o.dataDir = v;
        break;
      }
      default: {
        if (raw.startsWith('-')) return bad(t.t('repair.cli.arg.unknown', { option: oneLine(raw, 60) }));
        if (o.repair !== null) return bad(t.t('repair.cli.arg.one-at-a-time', { first: o.repair, second: oneLine(raw, 60) }));
        if (!(REPAIR_IDS as readonly string[]).includes(raw)) return bad(t.t('repair.cli.unknown-id', { id: oneLine(raw, 60), ids: REPAIR_IDS.join(', ') }));
        o.repair = raw as RepairId;
      }
    }
  }
  if (o.repair === null && (o.dryRun || o.yes)) return bad(t.t('repair.cli.arg.needs-id', { flag: o.dryRun ? '--dry-run' : '--yes' }));
  if (o.dryRun && o.yes) return bad(t.t('repair.cli.arg.dry-run-yes'));
  return { kind: 'run', options: o };
}
