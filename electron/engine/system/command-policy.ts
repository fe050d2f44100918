/**
 * What the command runner is allowed to run: read-only invocations of the allow-listed macOS
 * tools, and never a `security` invocation that could print a secret. Pure (no I/O), so the rule
 * is tested without spawning anything.
 *
 * `security` flags that reveal secrets (SecurityTool/macOS man page and keychain_find.c in
 * apple-oss-distributions/Security): `-g` (print the password, on stderr), `-w` (print only the
 * password), `dump-keychain -d` (decrypt and print every item's data), `-r` (raw encrypted data),
 * `export` (write keys/certs out). `security` parses options with getopt, so flags may be combined
 * (`-ga acct`): every argument that starts with "-" is checked letter by letter. The app itself
 * only runs `security dump-keychain` (attributes, never data).
 */
import { TOOL_DEFAULTS, type ToolName } from '../../../shared/config';
import { isRepairRead, refuseOsascript } from './repairs/repair-policy';
import { refuseLog } from './unified-log-query';

/**
 * Exactly the invocations the checks run (electron/engine/checks/*), argv for argv. Anything else
 * — another `defaults` domain, another `-get*` verb, extra arguments — is refused, so the list
 * reads as an audit of what the app can do on a Mac.
 */
const ALLOWED: Partial<Record<ToolName, readonly (readonly string[])[]>> = {
  // keychain: attributes only; without -d, dump-keychain never decrypts an item's data.
  security: [['dump-keychain']],
  // account
  defaults: [['read', 'MobileMeAccounts']],
  // firewall
  socketfilterfw: [['--getglobalstate'], ['--getblockall'], ['--getstealthmode']],
  // time-settings
  systemsetup: [['-getusingnetworktime'], ['-gettimezone'], ['-getnetworktimeserver']],
  // dns-config, proxy, vpn
  scutil: [['--dns'], ['--proxy'], ['--nc', 'list']],
  // macos
  sw_vers: [[]],
  sysctl: [['-n', 'hw.model']],
  // vpn: the default route's interface (route(8) `get` only; never add/delete/flush)
  route: [
    ['-n', 'get', 'default'],
    ['-n', 'get', '0.0.0.1'],
    ['-n', 'get', '128.0.0.1'],
  ],
};

/** Option letters that make `security` print secrets (-g, -w; -d decrypts in dump-keychain). */
const SECRET_LETTERS = /[gwd]/;

/** Is `tool` one of the allow-listed tool keys? */
export function isToolName(tool: string): tool is ToolName {
  return Object.hasOwn(TOOL_DEFAULTS, tool);
}

/**
 * Why this invocation is refused, or null when it may run: only the exact argv lists in
 * `ALLOWED` pass, plus three families with a value inside a fixed shape, each checked by its own
 * rule: `log show` with the built-in predicate and a bounded window (apple-log), the repairs'
 * administrator prompt (`osascript`, rebuilt and compared word for word) and the repair
 * planner's `networksetup` reads of a service the Mac itself listed.
 */
export function refuseInvocation(tool: string, args: readonly string[]): string | null {
  if (!isToolName(tool)) return `"${tool}" is not an allow-listed tool`;
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string' || a.includes('\u0000'))) return 'arguments must be plain strings';
  if (tool === 'log') return refuseLog(args);
  if (tool === 'osascript') return refuseOsascript(args);
  if (tool === 'networksetup' && isRepairRead(args)) return null;
  const allowed = ALLOWED[tool] ?? [];
  if (allowed.some((argv) => argv.length === args.length && argv.every((a, i) => a === args[i]))) return null;
  if (tool === 'security' && args.some((a) => a.startsWith('-') && SECRET_LETTERS.test(a.slice(1))))
    return `security: "${args.join(' ')}" could print a secret`;
  const list = allowed.map((argv) => [tool, ...argv].join(' ')).join('", "');
  return allowed.length ? `${tool}: only "${list}" ${allowed.length === 1 ? 'is' : 'are'} allowed` : `${tool}: no invocation is allowed`;
}
