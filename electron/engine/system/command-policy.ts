/**
 * What the command runner is allowed to run: read-only invocations of the allow-listed macOS
 * tools, and never a `security` invocation that could print a secret. Pure (no I/O), so the rule
 * is tested without spawning anything.
 *
 * `security` flags that reveal secrets (SecurityTool/macOS man page and keychain_find.c in
 * apple-oss-distributions/Security): `-g` (print the password, on stderr), `-w` (print only the
 * password), `dump-keychain -d` (decrypt and print every item's data), `-r` (raw encrypted data),
 * `export` (write keys/certs out). `security` parses options with getopt, so flags may be combined
 * (`-ga acct`): every argument that starts with "-" is checked letter by letter.
 */
import { TOOL_DEFAULTS, type ToolName } from '../../../shared/config';
import { refuseLog } from './unified-log-query';
import { isRepairRead, refuseOsascript } from './repairs/repair-policy';

/** `security` subcommands this app needs; everything else is refused. */
const SECURITY_SUBCOMMANDS = new Set(['list-keychains', 'dump-keychain', 'find-generic-password', 'find-internet-password']);

/** Options (each taking one value) allowed for find-*-password; `-g`, `-w`, `-d` are never allowed. */
const FIND_OPTIONS: Record<string, ReadonlySet<string>> = {
  'find-generic-password': new Set(['a', 'c', 'C', 'D', 'G', 'j', 'l', 's']),
  // `-d` is a security-domain filter for internet passwords, but the rule is "no -d anywhere"
  // for find-*: refusing it costs nothing and keeps the check simple to audit.
  'find-internet-password': new Set(['a', 'c', 'C', 'D', 'j', 'l', 'p', 'P', 'r', 's', 't']),
};

const LIST_KEYCHAIN_DOMAINS = new Set(['user', 'system', 'common', 'dynamic']);
const SECRET_LETTERS = /[gwd]/;

const SOCKETFILTERFW_READS = new Set(['--getglobalstate', '--getblockall', '--getstealthmode', '--getallowsigned', '--getloggingmode', '--listapps']);
const SW_VERS_FLAGS = new Set(['-productName', '-productVersion', '-productVersionExtra', '-buildVersion']);

/** Is `tool` one of the allow-listed tool keys? */
export function isToolName(tool: string): tool is ToolName {
  return Object.hasOwn(TOOL_DEFAULTS, tool);
}

/**
 * Why this invocation is refused, or null when it may run. Only read-only uses of the
 * allow-listed tools pass.
 */
export function refuseInvocation(tool: string, args: readonly string[]): string | null {
  if (!isToolName(tool)) return `"${tool}" is not an allow-listed tool`;
  if (args.some((a) => typeof a !== 'string' || a.includes('\u0000'))) return 'arguments must be plain strings';
  // ---- Repairs (issue 12): the exact admin invocations and the planner's reads; see repairs/repair-policy.ts.
  if (tool === 'osascript') return refuseOsascript(args);
  if (tool === 'networksetup' && isRepairRead(args)) return null;
  // ---- end of repairs block.
  switch (tool) {
    case 'security':
      return refuseSecurity(args);
    case 'scutil':
      return refuseScutil(args);
    case 'sw_vers':
      return args.length === 0 || (args.length === 1 && SW_VERS_FLAGS.has(args[0]!)) ? null : 'sw_vers: unexpected arguments';
    case 'networksetup':
      // Read-only verbs only (-getwebproxy, -listallnetworkservices, …); never -set*/-remove*/-create*.
      return args.length >= 1 && args.length <= 2 && /^-(get|list)[a-z]+$/i.test(args[0]!) ? null : 'networksetup: only -get*/-list* are allowed';
    case 'socketfilterfw':
      return args.length === 1 && SOCKETFILTERFW_READS.has(args[0]!) ? null : 'socketfilterfw: only --get* reads are allowed';
    case 'systemsetup':
      return args.length === 1 && /^-get[a-z]+$/i.test(args[0]!) ? null : 'systemsetup: only -get* reads are allowed';
    case 'sysctl':
      // Only the hardware model identifier (e.g. "Mac14,2") for the support report.
      return args.length === 2 && args[0] === '-n' && args[1] === 'hw.model' ? null : 'sysctl: only "-n hw.model" is allowed';
    case 'route':
      // Only the default route's interface, for the VPN check (route(8) `get` reads; never add/delete/flush).
      return args.length === 3 && args[0] === '-n' && args[1] === 'get' && args[2] === 'default' ? null : 'route: only "-n get default" is allowed';
    case 'defaults':
      return args[0] === 'read' && (args.length === 2 || args.length === 3) && !args[1]!.startsWith('-')
        ? null
        : 'defaults: only "read DOMAIN [KEY]" is allowed';
    case 'log':
      // Only reading the persisted log with the built-in predicate: never config/erase/collect/stream, --info/--debug.
      return refuseLog(args);
  }
}

function refuseScutil(args: readonly string[]): string | null {
  const [first, second] = args;
  if ((first === '--proxy' || first === '--dns') && args.length === 1) return null;
  if (first === '--nc' && second === 'list' && args.length === 2) return null;
  // `--nc start/stop` would change the VPN: only status/show of a named service are reads.
  if (first === '--nc' && (second === 'status' || second === 'show') && args.length === 3) return null;
  return 'scutil: only --proxy, --dns, --nc list/status/show are allowed';
}

function refuseSecurity(args: readonly string[]): string | null {
  const [sub, ...rest] = args;
  if (sub === undefined || !SECURITY_SUBCOMMANDS.has(sub)) {
    return `security: "${sub ?? ''}" is not an allowed subcommand (export, -i and friends are refused)`;
  }
  if (sub === 'list-keychains') {
    if (rest.length === 0) return null;
    // `-d user` selects a preference domain (not "decrypt"); `-s` would modify the search list.
    if (rest.length === 2 && rest[0] === '-d' && LIST_KEYCHAIN_DOMAINS.has(rest[1]!)) return null;
    return 'security list-keychains: only "-d <domain>" is allowed';
  }
  if (sub === 'dump-keychain') {
    // No options at all: -d decrypts (prints secrets), -r prints raw data, -i is interactive.
    return rest.every((a) => !a.startsWith('-')) ? null : 'security dump-keychain: options are refused (-d would print secrets)';
  }
  return refuseFindPassword(sub, rest);
}

function refuseFindPassword(sub: string, rest: readonly string[]): string | null {
  const allowed = FIND_OPTIONS[sub]!;
  // Any argument that looks like an option and mentions g/w/d is refused, even where getopt would
  // read it as a value: an audit should not need to simulate getopt.
  for (const a of rest) {
    if (a.startsWith('-') && SECRET_LETTERS.test(a.slice(1))) return `security ${sub}: "${a}" could print a secret`;
  }
  let i = 0;
  while (i < rest.length) {
    const a = rest[i]!;
    if (!a.startsWith('-')) {
      // Trailing keychain paths.
      if (rest.slice(i).some((x) => x.startsWith('-'))) return `security ${sub}: options must come before keychain paths`;
      return null;
    }
    const letter = a.slice(1);
    if (letter.length !== 1 || !allowed.has(letter)) return `security ${sub}: option "${a}" is not allowed`;
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('-')) return `security ${sub}: option "${a}" needs a value`;
    i += 2;
  }
  return null;
}
