/**
 * Parsing `appleid-doctor [check] [--json] [--config FILE] [--only id,id] [--lang L]`. Pure. Usage
 * errors are `cli.usage.*` message descriptors: the caller words them in the person's language
 * (`usageMessage`), flags and check ids stay as typed.
 */
import { CHECK_IDS, type CheckId } from '../../shared/checks';
import type { MessageKey } from '../../shared/i18n/catalogs/en';
import { isUiLocale, LOCALES, type UiLocale } from '../../shared/i18n/locales';
import type { Translator } from '../../shared/i18n/translator';
import { oneLine } from '../../shared/one-line';
import { OUTPUT_FORMATS, type OutputFormat } from './formats/names';

export interface CliOptions {
  json: boolean;
  configPath: string | null;
  only: CheckId[] | null;
  color: boolean | null;
  includePersonal: boolean;
  /** `--format`; null = text, or json with `--json` (its short form). */
  format?: OutputFormat | null;
  /** `--output FILE`: write there atomically instead of stdout. */
  output?: string | null;
  /** `--from-report FILE`: render a saved JSON report instead of running the checks. */
  fromReport?: string | null;
  /** Print every fix card, not only the first ones. */
  allCards: boolean;
  /** `--lang`: the language of the human output (else LC_ALL / LC_MESSAGES / LANG). */
  lang?: UiLocale | null;
}

/** A usage error: a `cli.usage.*` key and its values (flags, ids and typed text, never translated). */
export interface UsageError {
  key: MessageKey & `cli.usage.${string}`;
  values?: Record<string, string>;
}

export type CliParse =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; lang: UiLocale | null }
  | { kind: 'version' }
  | ({ kind: 'usage-error'; lang: UiLocale | null } & UsageError);

/** The help text in `t`'s language (flags, formats and check ids as they are typed). */
export function usage(t: Translator): string {
  return t.t('cli.help', { ids: CHECK_IDS.join(', '), langs: LOCALES.join(', ') });
}

/** A usage error in `t`'s language. */
export function usageMessage(t: Translator, error: UsageError): string {
  return t.t(error.key, error.values);
}

const usageError = (key: UsageError['key'], values?: Record<string, string>, lang: UiLocale | null = null): CliParse => ({
  kind: 'usage-error',
  key,
  ...(values ? { values } : {}),
  lang,
});

/** `--lang` given anywhere in argv, so help and usage errors speak it too. */
function langIn(argv: readonly string[]): UiLocale | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v !== undefined && isUiLocale(v)) return v;
  }
  return null;
}

/** Flags that are on/off switches, and the inline values they accept. */
const SWITCHES = new Set(['--json', '--no-color', '--color', '--include-personal']);
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };

/** Parse argv (without node and script). */
export function parseArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = { json: false, configPath: null, only: null, color: null, includePersonal: false, allCards: false };
  const lang = langIn(argv);
  const fail = (key: UsageError['key'], values?: Record<string, string>) => usageError(key, values, lang);
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args[0] && !args[0].startsWith('-')) return fail('cli.usage.unknown_command', { command: oneLine(args[0], 60) });
  while (args.length > 0) {
    const raw = args.shift()!;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | null => inline ?? (args[0] !== undefined && !args[0].startsWith('--') ? args.shift()! : null);
    // `--json=false` must not turn JSON on: a switch takes true/false inline, or nothing.
    const word = (inline ?? 'true').toLowerCase();
    const on = Object.hasOwn(BOOLEAN_WORDS, word) ? BOOLEAN_WORDS[word] : undefined;
    if (on === undefined && SWITCHES.has(flag)) return fail('cli.usage.switch_value', { flag, value: oneLine(inline ?? '', 60) });
    switch (flag) {
      case '--json':
        options.json = on === true;
        break;
      case '--no-color':
        options.color = on !== true;
        break;
      case '--color':
        options.color = on === true;
        break;
      case '--all':
        options.allCards = true;
        break;
      case '--include-personal':
        options.includePersonal = on === true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help', lang };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--config': {
        const v = value();
        if (!v) return fail('cli.usage.needs_file', { flag: '--config' });
        options.configPath = v;
        break;
      }
      case '--format': {
        const v = value();
        if (!v || !(OUTPUT_FORMATS as readonly string[]).includes(v)) return fail('cli.usage.format', { formats: OUTPUT_FORMATS.join(', ') });
        if (options.format && options.format !== v) return fail('cli.usage.format_twice');
        options.format = v as OutputFormat;
        break;
      }
      case '--output': {
        const v = value();
        if (!v) return fail('cli.usage.needs_file', { flag: '--output' });
        options.output = v;
        break;
      }
      case '--from-report': {
        const v = value();
        if (!v) return fail('cli.usage.needs_file', { flag: '--from-report' });
        options.fromReport = v;
        break;
      }
      case '--only': {
        const v = value();
        if (!v) return fail('cli.usage.only_empty');
        const ids = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (ids.length === 0) return fail('cli.usage.only_none');
        const bad = ids.filter((id) => !(CHECK_IDS as readonly string[]).includes(id));
        if (bad.length > 0) return fail('cli.usage.unknown_check', { id: oneLine(bad[0]!, 60), known: CHECK_IDS.join(', ') });
        // Repeated --only flags add up (--only clock --only dns runs both).
        options.only = [...new Set([...(options.only ?? []), ...ids])] as CheckId[];
        break;
      }
      case '--lang': {
        const v = value();
        if (!v || !isUiLocale(v)) return fail('cli.usage.lang', { value: oneLine(v ?? '', 60), langs: LOCALES.join(', ') });
        options.lang = v;
        break;
      }
      default:
        return fail('cli.usage.unknown_option', { option: oneLine(raw, 60) });
    }
  }
  if (options.json && options.format && options.format !== 'json') return fail('cli.usage.json_format', { format: options.format });
  return { kind: 'run', options };
}
