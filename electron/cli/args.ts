/** Parsing `appleid-doctor [check] [--json] [--config FILE] [--only id,id]`. Pure. */
import { CHECK_IDS, type CheckId } from '../../shared/checks';
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
}

export type CliParse = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: appleid-doctor [check] [options]
       appleid-doctor fix [ID] [--dry-run] [--yes]   (repairs; see appleid-doctor fix --help)

Checks whether this Mac can sign in to its Apple Account right now, and if not, why.

Options:
  --json               Print the full report as JSON (schema appleid-doctor/report@1)
  --format FMT         json, text (default), jamf, prometheus or plist (fleet formats: see README)
  --output FILE        Write the output to FILE atomically (temp file, fsync, rename) instead of stdout
  --from-report FILE   Render a saved --format json report in another format (no checks run)
  --config FILE        Use a JSON config file (endpoints, timeouts, resolvers, tool paths, …)
  --only ID[,ID…]      Run only these checks (repeatable; the verdict covers only them):
                       ${CHECK_IDS.join(', ')}
  --all                Print every fix card (the terminal shows the first two)
  --include-personal   Show your Apple Account, names, paths and addresses (hidden by default, in every format)
  --no-color           Never colour the output (also: NO_COLOR=1)
  -h, --help           Show this help
  -v, --version        Show the version

Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 78 bad config;
66 unreadable --from-report, 73 cannot write --output.`;

/** Flags that are on/off switches, and the inline values they accept. */
const SWITCHES = new Set(['--json', '--no-color', '--color', '--include-personal']);
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };

/** Parse argv (without node and script). */
export function parseArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = { json: false, configPath: null, only: null, color: null, includePersonal: false, allCards: false };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args[0] && !args[0].startsWith('-'))
    return { kind: 'usage-error', message: `unknown command "${oneLine(args[0], 60)}" (the commands are "check" and "fix")` };
  while (args.length > 0) {
    const raw = args.shift()!;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | null => inline ?? (args[0] !== undefined && !args[0].startsWith('--') ? args.shift()! : null);
    // `--json=false` must not turn JSON on: a switch takes true/false inline, or nothing.
    const word = (inline ?? 'true').toLowerCase();
    const on = Object.hasOwn(BOOLEAN_WORDS, word) ? BOOLEAN_WORDS[word] : undefined;
    if (on === undefined && SWITCHES.has(flag))
      return { kind: 'usage-error', message: `${flag} takes no value (or =true / =false), got "${oneLine(inline ?? '', 60)}"` };
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
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--config': {
        const v = value();
        if (!v) return { kind: 'usage-error', message: '--config needs a file path' };
        options.configPath = v;
        break;
      }
      case '--format': {
        const v = value();
        if (!v || !(OUTPUT_FORMATS as readonly string[]).includes(v))
          return { kind: 'usage-error', message: `--format needs one of ${OUTPUT_FORMATS.join(', ')}` };
        if (options.format && options.format !== v) return { kind: 'usage-error', message: '--format given twice with different values' };
        options.format = v as OutputFormat;
        break;
      }
      case '--output': {
        const v = value();
        if (!v) return { kind: 'usage-error', message: '--output needs a file path' };
        options.output = v;
        break;
      }
      case '--from-report': {
        const v = value();
        if (!v) return { kind: 'usage-error', message: '--from-report needs a file path' };
        options.fromReport = v;
        break;
      }
      case '--only': {
        const v = value();
        if (!v) return { kind: 'usage-error', message: '--only needs check ids, e.g. --only signin-endpoints,clock' };
        const ids = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (ids.length === 0) return { kind: 'usage-error', message: '--only needs at least one check id, e.g. --only signin-endpoints,clock' };
        const bad = ids.filter((id) => !(CHECK_IDS as readonly string[]).includes(id));
        if (bad.length > 0) return { kind: 'usage-error', message: `unknown check id "${oneLine(bad[0]!, 60)}" (known: ${CHECK_IDS.join(', ')})` };
        // Repeated --only flags add up (--only clock --only dns runs both).
        options.only = [...new Set([...(options.only ?? []), ...ids])] as CheckId[];
        break;
      }
      default:
        return { kind: 'usage-error', message: `unknown option "${oneLine(raw, 60)}"` };
    }
  }
  if (options.json && options.format && options.format !== 'json')
    return { kind: 'usage-error', message: `--json and --format ${options.format} contradict each other` };
  return { kind: 'run', options };
}
