/**
 * The exact invocations the command runner may make for repairs (imported by command-policy.ts):
 * `osascript` only with the admin script of admin-script.ts and commands of the closed set in
 * templates.ts, rebuilt and compared word for word; and the read-only `networksetup` reads the
 * repair planner makes. Pure.
 */
import { adminScriptLine, buildAdminArgs, type FixedCommand } from './admin-script';
import { isSafeServiceName } from './service-name';
import { isTemplateCommand, PROMPTS, TEMPLATE_PROGRAMS } from './templates';

const PROMPT_SET: ReadonlySet<string> = new Set(Object.values(PROMPTS));

/** Why this osascript argv is refused, or null when it is exactly one of the repairs. */
export function refuseOsascript(args: readonly string[]): string | null {
  const [e1, open, e2, line, e3, close, prompt, ...words] = args;
  if (e1 !== '-e' || open !== 'on run argv' || e2 !== '-e' || e3 !== '-e' || close !== 'end run' || line === undefined) {
    return 'osascript: only the repair script is allowed';
  }
  if (prompt === undefined || !PROMPT_SET.has(prompt)) return 'osascript: unknown prompt';
  const commands: FixedCommand[] = [];
  for (const w of words) {
    if (TEMPLATE_PROGRAMS.has(w)) commands.push({ program: w, args: [] });
    else if (commands.length === 0) return 'osascript: the first word must be a repair program';
    else commands[commands.length - 1]!.args.push(w);
  }
  if (commands.length === 0 || commands.length > 8) return 'osascript: no repair command';
  for (const c of commands) if (!isTemplateCommand(c.program, c.args)) return `osascript: "${c.program}" with these arguments is not a repair`;
  let expected: string;
  try {
    expected = adminScriptLine(commands.map((c) => c.args.length + 1));
  } catch {
    return 'osascript: bad command shape';
  }
  if (line !== expected) return 'osascript: the script does not match the repair';
  const rebuilt = buildAdminArgs(prompt, commands);
  return rebuilt.length === args.length && rebuilt.every((a, i) => a === args[i]) ? null : 'osascript: arguments do not match the repair';
}

const PROXY_READS = new Set(['-getwebproxy', '-getsecurewebproxy', '-getsocksfirewallproxy', '-getautoproxyurl']);

/** The networksetup reads of the repair planner (true = allowed). */
export function isRepairRead(args: readonly string[]): boolean {
  if (args.length === 1 && args[0] === '-listallnetworkservices') return true;
  return args.length === 2 && PROXY_READS.has(args[0]!) && isSafeServiceName(args[1]!);
}
