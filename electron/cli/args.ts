/** Parsing `appleid-doctor [check] [--json] [--config FILE] [--only id,id]`. Pure. */
import { CHECK_IDS, type CheckId } from '../../shared/checks';

export interface CliOptions {
  json: boolean;
  configPath: string | null;
  only: CheckId[] | null;
  color: boolean | null;
  includePersonal: boolean;
  /** Print every fix card, not only the first ones. */
  allCards: boolean;
}

export type CliParse = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: appleid-doctor [check] [options]

Checks whether this Mac can sign in to its Apple Account right now, and if not, why.

Options:
  --json               Print the full report as JSON (schema appleid-doctor/report@1)
  --config FILE        Use a JSON config file (endpoints, timeouts, resolvers, tool paths, …)
  --only ID[,ID…]      Run only these checks (repeatable; the verdict covers only them):
                       ${CHECK_IDS.join(', ')}
  --all                Print every fix card (the terminal shows the first two)
  --include-personal   Keep the Apple Account id in --json output (redacted by default)
  --no-color           Never colour the output (also: NO_COLOR=1)
  -h, --help           Show this help
  -v, --version        Show the version

Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 78 bad config.`;

/** Parse argv (without node and script). */
export function parseArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = { json: false, configPath: null, only: null, color: null, includePersonal: false, allCards: false };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args[0] && !args[0].startsWith('-')) return { kind: 'usage-error', message: `unknown command "${args[0]}" (the only command is "check")` };
  while (args.length > 0) {
    const raw = args.shift()!;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | null => inline ?? (args[0] !== undefined && !args[0].startsWith('--') ? args.shift()! : null);
    switch (flag) {
      case '--json':
        options.json = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--color':
        options.color = true;
        break;
      case '--all':
        options.allCards = true;
        break;
      case '--include-personal':
        options.includePersonal = true;
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
      case '--only': {
        const v = value();
        if (!v) return { kind: 'usage-error', message: '--only needs check ids, e.g. --only signin-endpoints,clock' };
        const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
        const bad = ids.filter((id) => !(CHECK_IDS as readonly string[]).includes(id));
        if (bad.length > 0) return { kind: 'usage-error', message: `unknown check id "${bad[0]}" (known: ${CHECK_IDS.join(', ')})` };
        // Repeated --only flags add up (--only clock --only dns runs both).
        options.only = [...new Set([...(options.only ?? []), ...ids])] as CheckId[];
        break;
      }
      default:
        return { kind: 'usage-error', message: `unknown option "${raw}"` };
    }
  }
  return { kind: 'run', options };
}
